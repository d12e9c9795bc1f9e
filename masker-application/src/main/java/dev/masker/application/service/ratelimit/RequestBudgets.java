package dev.masker.application.service.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.masker.application.port.in.AdmitRequestUseCase;
import dev.masker.application.port.out.RateLimitBuckets;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.ratelimit.TokenBucket.Grant;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The accounts' request budgets (SPEC §2.3), one token bucket per account and group, shared by the
 * replicas through {@link RateLimitBuckets}. A replica does not ask the shared bucket for every
 * request: it takes a lease of a few tokens at once ({@link GroupLimit#lease()}) and serves from it
 * in memory until it is spent or {@code leaseLife} old, so that one round trip serves a lease's
 * worth of requests. A refusal is remembered for as long as the bucket said, so that a flood over
 * the limit costs no round trips.
 *
 * <p>Leased tokens come out of the shared bucket, so the replicas together never serve more than
 * the bucket gave; a lease only moves its tokens in time, by at most {@code leaseLife}. In any
 * window the replicas serve at most {@code burst + rate × window + replicas × (lease − 1)} requests
 * of an account and group (ADR 0044).
 *
 * <p>When the shared buckets cannot be reached, each replica counts in buckets of its own of the
 * same size for {@code fallbackFor}, then tries the shared ones again: limits stay in force per
 * replica, and requests are never refused for the database's sake (fail open, to local buckets).
 */
public final class RequestBudgets implements AdmitRequestUseCase {
  private static final System.Logger LOG = System.getLogger(RequestBudgets.class.getName());
  private static final Admission ADMITTED = new Admission.Admitted();

  private final RateLimitBuckets shared;
  private final RateLimitBuckets fallback;
  private final Map<RequestGroup, GroupLimit> limits;
  private final long leaseLifeNanos;
  private final long fallbackNanos;
  private final LongSupplier nanos;
  private final Cache<String, Lease> leases;
  private volatile long sharedAgainAt;
  private volatile boolean fallingBack;

  public RequestBudgets(
      RateLimitBuckets shared,
      RateLimitBuckets fallback,
      Map<RequestGroup, GroupLimit> limits,
      Duration leaseLife,
      Duration fallbackFor,
      LongSupplier nanos) {
    this.shared = shared;
    this.fallback = fallback;
    this.limits = new EnumMap<>(limits);
    for (var group : RequestGroup.values()) {
      if (!this.limits.containsKey(group)) {
        throw new IllegalArgumentException("no limit for the group " + group.word());
      }
    }
    this.leaseLifeNanos = leaseLife.toNanos();
    this.fallbackNanos = fallbackFor.toNanos();
    this.nanos = nanos;
    // One lease per account and group that sent requests lately; only known accounts get here.
    this.leases =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(10, TimeUnit.MINUTES)
            .executor(Runnable::run)
            .build();
  }

  @Override
  public Admission admit(AccountId account, RequestGroup group) {
    var name = group.word() + ":" + account.value();
    var lease = leases.get(name, key -> new Lease(nanos.getAsLong()));
    synchronized (lease) {
      long now = nanos.getAsLong();
      if (lease.refusedUntil - now > 0) {
        return new Admission.Limited(Duration.ofNanos(lease.refusedUntil - now));
      }
      if (lease.tokens > 0 && now - lease.takenAt < leaseLifeNanos) {
        lease.tokens--;
        return ADMITTED;
      }
      var limit = limits.get(group);
      var grant = take(name, limit, now);
      if (grant.granted() > 0) {
        lease.tokens = grant.granted() - 1;
        lease.takenAt = now;
        return ADMITTED;
      }
      lease.tokens = 0;
      lease.refusedUntil = now + grant.untilNext().toNanos();
      return new Admission.Limited(grant.untilNext());
    }
  }

  private Grant take(String name, GroupLimit limit, long now) {
    if (fallingBack && sharedAgainAt - now > 0) {
      return fallback.take(name, limit.limit(), limit.lease());
    }
    try {
      var grant = shared.take(name, limit.limit(), limit.lease());
      if (fallingBack) {
        fallingBack = false;
        LOG.log(Level.INFO, "Rate limits are shared through the database again");
      }
      return grant;
    } catch (RuntimeException unreachable) {
      sharedAgainAt = now + fallbackNanos;
      if (!fallingBack) {
        fallingBack = true;
        // Only the type: a driver's message may quote data.
        LOG.log(
            Level.WARNING,
            "Rate limits cannot reach the database ("
                + unreachable.getClass().getSimpleName()
                + "): each replica counts on its own until it can");
      }
      return fallback.take(name, limit.limit(), limit.lease());
    }
  }

  /** Tokens this replica took from an account's shared bucket and has not used yet. */
  private static final class Lease {
    private int tokens;
    private long takenAt;
    private long refusedUntil;

    Lease(long now) {
      this.takenAt = now;
      this.refusedUntil = now;
    }
  }
}
