package dev.masker.adapters.rest.proxy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code masker_requests_total{agent,status}}: every proxied request by agent id (not PHI; {@code
 * unknown} when the id names no agent, so a caller cannot grow the label set) and HTTP status.
 */
@ApplicationScoped
public class ProxyRequests {
  private final MeterRegistry registry;

  public ProxyRequests(MeterRegistry registry) {
    this.registry = registry;
  }

  void count(String agent, int status) {
    Counter.builder("masker.requests")
        .description("Proxied chat completion requests")
        .tag("agent", agent)
        .tag("status", Integer.toString(status))
        .register(registry)
        .increment();
  }
}
