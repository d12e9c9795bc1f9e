package dev.masker.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.port.out.PasswordHasher;
import dev.masker.domain.user.Password;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
  private static final Password PASSWORD = new Password("correct horse battery");

  @Test
  void the_right_password_matches_and_a_wrong_or_overlong_one_does_not() {
    var hasher = new BcryptPasswordHasher(4, 1, Duration.ofSeconds(1));
    var hash = hasher.hash(PASSWORD);

    assertThat(hash.value()).startsWith("$2b$04$");
    assertThat(hasher.matches(PASSWORD.value(), hash)).isTrue();
    assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
    assertThat(hasher.matches(PASSWORD.value() + "x".repeat(60), hash)).isFalse();
  }

  @Test
  void a_flood_of_comparisons_never_runs_more_than_the_bound_at_once_and_the_rest_are_busy()
      throws Exception {
    var hasher = new BcryptPasswordHasher(8, 2, Duration.ZERO);
    var hash = hasher.hash(PASSWORD);
    var pool = Executors.newFixedThreadPool(12);
    var start = new CountDownLatch(1);
    var outcomes = new ArrayList<Future<String>>();
    try {
      for (int i = 0; i < 48; i++) {
        Callable<String> guess =
            () -> {
              start.await();
              try {
                return hasher.matches("a wrong guess", hash) ? "matched" : "refused";
              } catch (PasswordHasher.Busy busy) {
                return "busy";
              }
            };
        outcomes.add(pool.submit(guess));
      }
      start.countDown();
      var counts = new java.util.HashMap<String, Integer>();
      for (var outcome : outcomes) {
        counts.merge(outcome.get(60, TimeUnit.SECONDS), 1, Integer::sum);
      }

      assertThat(counts).doesNotContainKey("matched").containsKeys("refused", "busy");
      assertThat(hasher.peakConcurrency()).isBetween(1, 2);
      assertThat(hasher.maxConcurrent()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void hashing_a_new_password_waits_its_turn_instead_of_failing() throws Exception {
    var hasher = new BcryptPasswordHasher(6, 1, Duration.ZERO);
    var pool = Executors.newFixedThreadPool(4);
    try {
      var hashes = new ArrayList<Future<?>>();
      for (int i = 0; i < 8; i++) {
        hashes.add(pool.submit(() -> hasher.hash(PASSWORD)));
      }
      for (var hash : hashes) {
        assertThat(hash.get(60, TimeUnit.SECONDS)).isNotNull();
      }
      assertThat(hasher.peakConcurrency()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_default_bound_is_half_the_processors_and_at_least_one() {
    assertThat(BcryptPasswordHasher.defaultConcurrency())
        .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
  }

  @Test
  void a_bound_below_one_or_a_negative_wait_is_refused() {
    assertThatThrownBy(() -> new BcryptPasswordHasher(4, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BcryptPasswordHasher(4, 1, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
