package dev.masker.application.service.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.masker.application.port.out.AgentCopies;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.MeasuredCaches;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.CacheStatistics;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The agents the proxy served in the last moment ({@code ttl}, a second by default), so a busy call
 * does not read its agent from the database every turn. A changed or deleted agent is seen once its
 * copy is that old. Only agents that exist are kept: an unknown id is looked up every time, so an
 * agent created a moment after a probe of its id is found at once. At most 10,000 agents (a
 * Caffeine cache, expiring each copy {@code ttl} after it was read). A change made through this
 * process ({@link #forget}) is served from the next turn; other processes see it within {@code
 * ttl}. Thread-safe.
 */
public final class RecentAgents implements MeasuredCaches, AgentCopies {
  /** The name of its metrics. */
  public static final String CACHE_NAME = "recent_agents";

  private static final int MAX_AGENTS = 10_000;

  private final AgentRepository agents;
  private final TransactionRunner tx;
  private final boolean off;
  private final Cache<AgentId, Agent> seen;

  /**
   * @param ttl how long a copy is served; zero reads the agent every time
   * @param nanoTime the clock copies age by ({@code System::nanoTime})
   */
  public RecentAgents(
      AgentRepository agents, TransactionRunner tx, Duration ttl, LongSupplier nanoTime) {
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("the agent cache's time must not be negative");
    }
    this.agents = agents;
    this.tx = tx;
    this.off = ttl.isZero();
    this.seen =
        Caffeine.newBuilder()
            .maximumSize(MAX_AGENTS)
            .expireAfterWrite(ttl)
            .ticker(nanoTime::getAsLong)
            // Upkeep on the calling thread, a little at a time: no pool, and a test sees the bound.
            .executor(Runnable::run)
            .recordStats()
            .build();
  }

  public Optional<Agent> find(AgentId id) {
    if (!off) {
      var known = seen.getIfPresent(id);
      if (known != null) {
        return Optional.of(known);
      }
    }
    Optional<Agent> found = tx.inTransaction(() -> agents.find(id));
    if (found.isPresent() && !off) {
      seen.put(id, found.get());
    } else {
      seen.invalidate(id);
    }
    return found;
  }

  /** Drops the copy of {@code agent}, so its next turn reads it again. */
  @Override
  public void forget(AgentId agent) {
    seen.invalidate(agent);
  }

  @Override
  public Map<String, CacheStatistics> cacheStatistics() {
    return Map.of(CACHE_NAME, CacheStatistics.of(seen));
  }
}
