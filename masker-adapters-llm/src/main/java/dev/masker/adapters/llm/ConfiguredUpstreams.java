package dev.masker.adapters.llm;

import dev.masker.application.port.out.UpstreamCatalog;
import dev.masker.domain.agent.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The upstream providers of this server: the built-in {@code stub}, {@code openai}, and every
 * OpenAI-compatible provider configured as {@code masker.upstreams.<name>.base-url}.
 */
@ApplicationScoped
public class ConfiguredUpstreams implements UpstreamCatalog {
  private static final Pattern PROVIDER_KEY =
      Pattern.compile("masker\\.upstreams\\.([a-z][a-z0-9_-]*)\\.base-url");
  public static final String OPENAI = "openai";

  private final Set<String> providers;

  public ConfiguredUpstreams(Config config) {
    var names = new TreeSet<String>();
    names.add(Upstream.STUB);
    names.add(OPENAI);
    for (var property : config.getPropertyNames()) {
      var match = PROVIDER_KEY.matcher(property);
      if (match.matches()) {
        names.add(match.group(1));
      }
    }
    this.providers = Set.copyOf(names);
  }

  @Override
  public Set<String> providers() {
    return providers;
  }
}
