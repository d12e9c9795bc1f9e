package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.ratelimit.RateLimit;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimitBuckets} does. The refills are slow (a token an hour), so that time
 * passing during a test changes nothing it asserts, however slow the machine.
 */
public abstract class RateLimitBucketsContract {
  protected static final RateLimit THREE_AN_HOUR = RateLimit.refilledIn(3, Duration.ofHours(3));

  protected abstract RateLimitBuckets buckets();

  /** A bucket name no other test uses. */
  protected static String fresh() {
    return "test:" + UUID.randomUUID();
  }

  @Test
  void a_new_bucket_gives_its_burst_and_then_says_how_long_until_the_next_token() {
    var name = fresh();

    assertThat(buckets().take(name, THREE_AN_HOUR, 2).granted()).isEqualTo(2);
    assertThat(buckets().take(name, THREE_AN_HOUR, 5).granted()).isEqualTo(1);
    var refused = buckets().take(name, THREE_AN_HOUR, 1);

    assertThat(refused.granted()).isZero();
    assertThat(refused.untilNext()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
  }

  @Test
  void looking_at_a_bucket_takes_nothing() {
    var name = fresh();

    assertThat(buckets().untilToken(name, THREE_AN_HOUR)).isZero();
    buckets().take(name, THREE_AN_HOUR, 2);
    assertThat(buckets().untilToken(name, THREE_AN_HOUR)).isZero();
    assertThat(buckets().untilToken(name, THREE_AN_HOUR)).isZero();
    buckets().take(name, THREE_AN_HOUR, 1);

    assertThat(buckets().untilToken(name, THREE_AN_HOUR))
        .isPositive()
        .isLessThanOrEqualTo(Duration.ofHours(1));
  }

  @Test
  void a_forgotten_bucket_is_full_again() {
    var name = fresh();
    buckets().take(name, THREE_AN_HOUR, 3);

    buckets().forget(name);

    assertThat(buckets().untilToken(name, THREE_AN_HOUR)).isZero();
    assertThat(buckets().take(name, THREE_AN_HOUR, 3).granted()).isEqualTo(3);
  }

  @Test
  void buckets_of_other_names_are_untouched() {
    var emptied = fresh();
    var other = fresh();
    buckets().take(emptied, THREE_AN_HOUR, 3);

    assertThat(buckets().take(other, THREE_AN_HOUR, 3).granted()).isEqualTo(3);
    assertThat(buckets().take(emptied, THREE_AN_HOUR, 1).granted()).isZero();
  }
}
