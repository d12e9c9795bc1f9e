package dev.masker.server;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code masker.rate-limit.*}: the request budgets of SPEC §2.3, off unless {@code enabled} (on in
 * the {@code hosted} profile). docs/configuration.md, "Operating rate limits", explains each.
 */
@ConfigMapping(prefix = "masker.rate-limit")
public interface RateLimitSettings {
  /** {@code MASKER_RATE_LIMIT_ENABLED}. */
  @WithDefault("false")
  boolean enabled();

  /** {@code /proxy/*} and {@code /vapi/webhook/*}. */
  Proxy proxy();

  /** Every other {@code /api/v1/*} request of a signed-in caller. */
  Api api();

  /** How long a replica may keep leased tokens before it gives them up unused. */
  @WithDefault("1s")
  Duration leaseLife();

  /**
   * After the shared buckets could not be reached, how long each replica counts on its own before
   * it tries them again.
   */
  @WithDefault("10s")
  Duration fallbackFor();

  /** One group's bucket per account. */
  interface Group {
    /** Requests a second, sustained; a fraction for slower limits. */
    double perSecond();

    /** Requests at once, above the sustained rate. */
    int burst();

    /** Tokens a replica takes from the shared bucket at a time (at most the burst is taken). */
    int lease();
  }

  /** {@code masker.rate-limit.proxy.*}: 100 a second, bursts of 200 (SPEC §2.3). */
  interface Proxy extends Group {
    @Override
    @WithDefault("100")
    double perSecond();

    @Override
    @WithDefault("200")
    int burst();

    @Override
    @WithDefault("10")
    int lease();
  }

  /** {@code masker.rate-limit.api.*}: 30 a second, bursts of 60 (SPEC §2.3). */
  interface Api extends Group {
    @Override
    @WithDefault("30")
    double perSecond();

    @Override
    @WithDefault("60")
    int burst();

    @Override
    @WithDefault("3")
    int lease();
  }
}
