package dev.masker.application.port.out;

/**
 * Whether the upstream providers answered lately, as far as the proxy's own calls tell: what {@code
 * GET /health} reports as {@code components.upstream}. Information only: a provider that cannot be
 * reached fails the turns of its agents, never the readiness of the server, whose other agents keep
 * working. Never calls a provider itself (that could cost a paid LLM call).
 */
public interface UpstreamReachability {
  /**
   * False when the last calls to some provider could not reach it and no provider answered since.
   */
  boolean reachable();
}
