package dev.masker.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final String ALICE = "alice@clinic.example";
  private static final String HOME = "198.51.100.7";
  private static final String ATTACKER = "203.0.113.66";

  private final LoginThrottle throttle = new LoginThrottle(1_000);

  private void fail(String key, int times, Instant at) {
    fail(HOME, key, times, at);
  }

  private void fail(String address, String key, int times, Instant at) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(address, key, at);
    }
  }

  private LoginThrottle.Verdict check(String key, Instant at) {
    return throttle.check(HOME, key, at);
  }

  private Duration retryAfter(String key, Instant at) {
    return retryAfter(HOME, key, at);
  }

  private Duration retryAfter(String address, String key, Instant at) {
    var verdict = throttle.check(address, key, at);
    assertThat(verdict).isInstanceOf(LoginThrottle.Verdict.Throttled.class);
    return ((LoginThrottle.Verdict.Throttled) verdict).retryAfter();
  }

  @Test
  void an_address_never_seen_may_sign_in() {
    assertThat(check(ALICE, T0)).isInstanceOf(LoginThrottle.Verdict.Allowed.class);
  }

  @Test
  void five_failures_are_free() {
    fail(ALICE, 5, T0);

    assertThat(check(ALICE, T0)).isInstanceOf(LoginThrottle.Verdict.Allowed.class);
  }

  @Test
  void the_sixth_failure_makes_the_next_attempt_wait_one_second() {
    fail(ALICE, 6, T0);

    assertThat(retryAfter(ALICE, T0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(retryAfter(ALICE, T0.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
    assertThat(check(ALICE, T0.plusSeconds(1))).isInstanceOf(LoginThrottle.Verdict.Allowed.class);
  }

  @Test
  void every_further_failure_doubles_the_wait() {
    var now = T0;
    fail(ALICE, 5, now);
    for (long expected : new long[] {1, 2, 4, 8, 16}) {
      throttle.recordFailure(HOME, ALICE, now);
      assertThat(retryAfter(ALICE, now)).isEqualTo(Duration.ofSeconds(expected));
      now = now.plusSeconds(expected);
    }
  }

  @Test
  void the_wait_never_exceeds_fifteen_minutes() {
    fail(ALICE, 15, T0);
    assertThat(retryAfter(ALICE, T0)).isEqualTo(Duration.ofSeconds(512));

    throttle.recordFailure(HOME, ALICE, T0);
    assertThat(retryAfter(ALICE, T0)).isEqualTo(Duration.ofMinutes(15));

    fail(ALICE, 100, T0);
    assertThat(retryAfter(ALICE, T0)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void a_success_clears_the_failures() {
    fail(ALICE, 8, T0);

    throttle.recordSuccess(HOME, ALICE);

    assertThat(check(ALICE, T0)).isInstanceOf(LoginThrottle.Verdict.Allowed.class);
    fail(ALICE, 5, T0);
    assertThat(check(ALICE, T0)).isInstanceOf(LoginThrottle.Verdict.Allowed.class);
  }

  @Test
  void failures_are_forgotten_thirty_minutes_after_the_last_one() {
    fail(ALICE, 5, T0);
    var later = T0.plus(Duration.ofMinutes(30));

    throttle.recordFailure(HOME, ALICE, later);

    assertThat(check(ALICE, later)).isInstanceOf(LoginThrottle.Verdict.Allowed.class);
  }

  @Test
  void failures_within_thirty_minutes_still_count() {
    fail(ALICE, 5, T0);
    var later = T0.plus(Duration.ofMinutes(30)).minusMillis(1);

    throttle.recordFailure(HOME, ALICE, later);

    assertThat(retryAfter(ALICE, later)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void a_forgotten_address_may_sign_in_again_at_once() {
    fail(ALICE, 30, T0);

    assertThat(check(ALICE, T0.plus(Duration.ofMinutes(30))))
        .isInstanceOf(LoginThrottle.Verdict.Allowed.class);
  }

  @Test
  void one_address_being_throttled_does_not_slow_down_another() {
    fail(ALICE, 10, T0);

    assertThat(check("bob@clinic.example", T0)).isInstanceOf(LoginThrottle.Verdict.Allowed.class);
  }

  @Test
  void a_flood_of_made_up_addresses_keeps_at_most_capacity_addresses_in_memory() {
    var small = new LoginThrottle(3);
    for (int i = 0; i < 50; i++) {
      for (int f = 0; f < 6; f++) {
        small.recordFailure("192.0.2." + i, "made-up-" + i + "@example.com", T0);
      }
    }

    long throttled =
        IntStream.range(0, 50)
            .filter(
                i ->
                    small.check("192.0.2." + i, "made-up-" + i + "@example.com", T0)
                        instanceof LoginThrottle.Verdict.Throttled)
            .count();
    assertThat(throttled).isEqualTo(3);
    assertThat(small.check("192.0.2.49", "made-up-49@example.com", T0))
        .isInstanceOf(LoginThrottle.Verdict.Throttled.class);
  }

  @Test
  void when_full_forgotten_addresses_make_room_before_throttled_ones() {
    var small = new LoginThrottle(20);
    for (int i = 0; i < 10; i++) {
      small.recordFailure("192.0.2." + i, "stale-" + i + "@example.com", T0);
    }
    var later = T0.plus(Duration.ofMinutes(31));
    for (int i = 0; i < 20; i++) {
      for (int f = 0; f < 6; f++) {
        small.recordFailure("198.51.100." + i, "guesser-" + i + "@example.com", later);
      }
    }

    for (int i = 0; i < 20; i++) {
      assertThat(small.check("198.51.100." + i, "guesser-" + i + "@example.com", later))
          .as("guesser %d", i)
          .isInstanceOf(LoginThrottle.Verdict.Throttled.class);
    }
  }

  @Test
  void failures_from_elsewhere_never_lock_the_user_out_at_home() {
    fail(ATTACKER, ALICE, 40, T0);

    assertThat(retryAfter(ATTACKER, ALICE, T0)).isEqualTo(LoginThrottle.MAX_DELAY);
    assertThat(check(ALICE, T0)).isInstanceOf(LoginThrottle.Verdict.Allowed.class);
  }

  @Test
  void one_address_guessing_across_many_emails_is_slowed_after_fifty_failures() {
    for (int i = 0; i < 50; i++) {
      throttle.recordFailure(ATTACKER, "user-" + i + "@clinic.example", T0);
    }
    assertThat(throttle.check(ATTACKER, "someone-else@clinic.example", T0))
        .isInstanceOf(LoginThrottle.Verdict.Allowed.class);

    throttle.recordFailure(ATTACKER, "user-50@clinic.example", T0);

    assertThat(retryAfter(ATTACKER, "someone-else@clinic.example", T0))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(check(ALICE, T0)).isInstanceOf(LoginThrottle.Verdict.Allowed.class);
  }

  @Test
  void a_success_does_not_clear_what_the_address_failed_for_other_emails() {
    for (int i = 0; i < 52; i++) {
      throttle.recordFailure(ATTACKER, "user-" + i + "@clinic.example", T0);
    }

    throttle.recordSuccess(ATTACKER, "attackers-own@clinic.example");

    assertThat(retryAfter(ATTACKER, "attackers-own@clinic.example", T0))
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void the_address_wait_ends_too() {
    for (int i = 0; i < 200; i++) {
      throttle.recordFailure(ATTACKER, "user-" + i + "@clinic.example", T0);
    }

    assertThat(retryAfter(ATTACKER, ALICE, T0)).isEqualTo(LoginThrottle.MAX_DELAY);
    assertThat(throttle.check(ATTACKER, ALICE, T0.plus(LoginThrottle.FORGET_AFTER)))
        .isInstanceOf(LoginThrottle.Verdict.Allowed.class);
  }

  @Test
  void a_throttle_must_remember_at_least_one_address() {
    assertThatThrownBy(() -> new LoginThrottle(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
