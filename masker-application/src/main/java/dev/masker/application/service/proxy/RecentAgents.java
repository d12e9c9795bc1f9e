package dev.masker.application.service.proxy;

import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The agents the proxy served in the last moment ({@code ttl}, a second by default), so a busy call
 * does not read its agent from the database every turn. A changed or deleted agent is seen once its
 * copy is that old. Only agents that exist are kept: an unknown id is looked up every time, so an
 * agent created a moment after a probe of its id is found at once. Thread-safe.
 */
public final class RecentAgents {
  private static final int MAX_AGENTS = 10_000;

  private final AgentRepository agents;
  private final TransactionRunner tx;
  private final long ttlNanos;
  private final LongSupplier nanoTime;
  private final Map<AgentId, Seen> seen = new ConcurrentHashMap<>();

  public RecentAgents(
      AgentRepository agents, TransactionRunner tx, Duration ttl, LongSupplier nanoTime) {
    this.agents = agents;
    this.tx = tx;
    this.ttlNanos = ttl.toNanos();
    this.nanoTime = nanoTime;
  }

  public Optional<Agent> find(AgentId id) {
    long now = nanoTime.getAsLong();
    var known = seen.get(id);
    if (known != null && now - known.at() <= ttlNanos) {
      return Optional.of(known.agent());
    }
    Optional<Agent> found = tx.inTransaction(() -> agents.find(id));
    if (found.isPresent() && ttlNanos > 0) {
      if (seen.size() >= MAX_AGENTS) {
        seen.clear();
      }
      seen.put(id, new Seen(found.get(), now));
    } else {
      seen.remove(id);
    }
    return found;
  }

  private record Seen(Agent agent, long at) {}
}
