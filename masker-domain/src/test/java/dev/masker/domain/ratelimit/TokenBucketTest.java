package dev.masker.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final RateLimit THREE_EVERY_SIX_SECONDS = new RateLimit(3, 0.5);

  @Test
  void a_new_bucket_gives_its_burst_then_says_how_long_until_the_next_token() {
    var bucket = new TokenBucket(THREE_EVERY_SIX_SECONDS, T0);

    assertThat(bucket.take(2, T0).granted()).isEqualTo(2);
    assertThat(bucket.take(5, T0).granted()).isEqualTo(1);
    var refused = bucket.take(1, T0);

    assertThat(refused.granted()).isZero();
    assertThat(refused.untilNext()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void waiting_as_told_gives_the_next_token_and_no_more() {
    var bucket = new TokenBucket(THREE_EVERY_SIX_SECONDS, T0);
    bucket.take(3, T0);
    var wait = bucket.take(1, T0.plusMillis(500)).untilNext();

    var later = T0.plusMillis(500).plus(wait);

    assertThat(bucket.take(1, later).granted()).isEqualTo(1);
    assertThat(bucket.take(1, later).granted()).isZero();
  }

  @Test
  void a_bucket_never_holds_more_than_its_burst() {
    var bucket = new TokenBucket(THREE_EVERY_SIX_SECONDS, T0);
    bucket.take(1, T0);

    assertThat(bucket.isFull(T0.plusSeconds(3600))).isTrue();
    assertThat(bucket.take(10, T0.plusSeconds(3600)).granted()).isEqualTo(3);
  }

  @Test
  void looking_takes_nothing() {
    var bucket = new TokenBucket(new RateLimit(1, 0.1), T0);

    assertThat(bucket.untilToken(T0)).isZero();
    assertThat(bucket.untilToken(T0)).isZero();
    bucket.take(1, T0);
    assertThat(bucket.untilToken(T0.plusSeconds(4))).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void a_clock_that_steps_back_neither_adds_nor_removes_tokens() {
    var bucket = new TokenBucket(THREE_EVERY_SIX_SECONDS, T0);
    bucket.take(3, T0);

    assertThat(bucket.take(1, T0.minusSeconds(60)).granted()).isZero();
    assertThat(bucket.take(1, T0.plusSeconds(2)).granted()).isEqualTo(1);
  }

  @Test
  void limits_refuse_sizes_that_mean_nothing() {
    assertThatThrownBy(() -> new RateLimit(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimit(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimit(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RateLimit.refilledIn(6, Duration.ofMinutes(30)).timeFor(1))
        .isCloseTo(Duration.ofMinutes(5), Duration.ofMillis(1));
  }
}
