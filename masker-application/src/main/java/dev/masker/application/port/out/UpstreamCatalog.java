package dev.masker.application.port.out;

import dev.masker.domain.agent.Upstream;
import java.util.Set;

/** The upstream providers this server is configured with. */
public interface UpstreamCatalog {
  /** Names of the configured providers, {@code stub} included. */
  Set<String> providers();

  default boolean offers(Upstream upstream) {
    return providers().contains(upstream.provider());
  }
}
