package dev.masker.adapters.llm;

import dev.masker.application.port.out.UpstreamCatalog;
import dev.masker.domain.agent.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;

/**
 * The upstream providers of this server: the built-in {@code stub}, {@code openai}, and every
 * OpenAI-compatible provider of {@link UpstreamSettings}.
 */
@ApplicationScoped
public class ConfiguredUpstreams implements UpstreamCatalog {
  public static final String OPENAI = "openai";

  private final Set<String> providers;

  public ConfiguredUpstreams(UpstreamSettings settings) {
    var names = new TreeSet<String>();
    names.add(Upstream.STUB);
    names.add(OPENAI);
    names.addAll(settings.providers().keySet());
    this.providers = Set.copyOf(names);
  }

  @Override
  public Set<String> providers() {
    return providers;
  }
}
