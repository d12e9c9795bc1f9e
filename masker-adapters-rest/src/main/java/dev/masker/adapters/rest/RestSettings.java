package dev.masker.adapters.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The settings of the REST adapter, each with its one default (docs/configuration.md lists them).
 * Defaults written here are seen by the whole configuration, so {@code application.properties} may
 * refer to them ({@code ${masker.max-request-bytes}}) without repeating them.
 */
@ConfigMapping(prefix = "masker")
public interface RestSettings {
  /**
   * Where clients reach this server: URLs in answers, cookie flags, the Origin check. Unset, {@code
   * http://localhost:<the port the server listens on>}.
   */
  Optional<String> publicUrl();

  /** Larger bodies get 413 before they are read. */
  @WithDefault("2097152")
  long maxRequestBytes();

  Proxy proxy();

  /** {@code masker.proxy.*} of the proxy endpoint. */
  interface Proxy {
    /** Turns in progress at once; beyond it 429. */
    @WithDefault("512")
    int maxConcurrentTurns();
  }
}
