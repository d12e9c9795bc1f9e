package dev.masker.server.wiring;

import dev.masker.application.port.in.AdmitRequestUseCase;
import dev.masker.application.port.in.AdmitRequestUseCase.RequestGroup;
import dev.masker.application.port.out.BucketNameHash;
import dev.masker.application.port.out.RateLimitBuckets;
import dev.masker.application.service.ratelimit.GroupLimit;
import dev.masker.application.service.ratelimit.ProcessBuckets;
import dev.masker.application.service.ratelimit.RequestBudgets;
import dev.masker.application.service.ratelimit.SignInLimits;
import dev.masker.domain.ratelimit.RateLimit;
import dev.masker.server.RateLimitSettings;
import dev.masker.server.security.HmacBucketNameHash;
import dev.masker.server.startup.ServerKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;

/**
 * Builds the rate limits (ADR 0044) from {@code masker.rate-limit.*}: the accounts' request
 * budgets, or none when they are off, and the sign-in limits, which are always on. Both count in
 * the buckets the replicas share in the database.
 */
@ApplicationScoped
public class RateLimits {
  /** Buckets a replica keeps in memory while the database cannot be reached. */
  static final int FALLBACK_BUCKETS = 100_000;

  private static final AdmitRequestUseCase.Admission ADMITTED =
      new AdmitRequestUseCase.Admission.Admitted();

  @Produces
  @Singleton
  AdmitRequestUseCase requestBudgets(
      RateLimitSettings settings, RateLimitBuckets shared, Clock clock) {
    if (!settings.enabled()) {
      return (account, group) -> ADMITTED;
    }
    return new RequestBudgets(
        shared,
        new ProcessBuckets(FALLBACK_BUCKETS, clock),
        Map.of(
            RequestGroup.PROXY, limit(settings.proxy()),
            RequestGroup.API, limit(settings.api())),
        settings.leaseLife(),
        settings.fallbackFor(),
        System::nanoTime);
  }

  @Produces
  @Singleton
  BucketNameHash bucketNameHash(ServerKeys keys) {
    return new HmacBucketNameHash(() -> keys.key(ServerKeys.EXTERNAL_ID_KEY));
  }

  @Produces
  @Singleton
  SignInLimits signInLimits(RateLimitBuckets buckets, BucketNameHash names) {
    return new SignInLimits(buckets, names);
  }

  private static GroupLimit limit(RateLimitSettings.Group group) {
    var limit = new RateLimit(group.burst(), group.perSecond());
    return new GroupLimit(limit, Math.max(1, Math.min(group.lease(), group.burst())));
  }
}
