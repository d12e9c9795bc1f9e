package dev.masker.application.service.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.MutableClock;
import dev.masker.application.port.out.RateLimitBuckets;
import dev.masker.application.port.out.RateLimitBucketsContract;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProcessBucketsTest extends RateLimitBucketsContract {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-03T21:14:32.481Z"));
  private final ProcessBuckets buckets = new ProcessBuckets(1_000, clock);

  @Override
  protected RateLimitBuckets buckets() {
    return buckets;
  }

  @Test
  void an_emptied_bucket_refills_with_time_one_token_at_a_time() {
    var name = fresh();
    buckets.take(name, THREE_AN_HOUR, 3);
    var wait = buckets.untilToken(name, THREE_AN_HOUR);

    clock.advance(wait);

    assertThat(buckets.take(name, THREE_AN_HOUR, 3).granted()).isEqualTo(1);
  }
}
