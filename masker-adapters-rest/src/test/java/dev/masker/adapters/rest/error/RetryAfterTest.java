package dev.masker.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  @Test
  void a_wait_is_told_in_whole_seconds_rounded_up_and_never_less_than_one() {
    assertThat(RetryAfter.seconds(Duration.ZERO)).isEqualTo(1);
    assertThat(RetryAfter.seconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(RetryAfter.seconds(Duration.ofSeconds(2))).isEqualTo(2);
    assertThat(RetryAfter.seconds(Duration.ofSeconds(2).plusNanos(1))).isEqualTo(3);
    assertThat(RetryAfter.seconds(Duration.ofMinutes(5))).isEqualTo(300);
  }
}
