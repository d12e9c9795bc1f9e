package dev.masker.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.service.ratelimit.SignInLimits;
import dev.masker.server.security.BcryptPasswordHasher;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A flood of bad sign-ins from one address is answered 429 {@code rate_limited} (one password check
 * at a time per address, then the address's failure limit), costs at most the bounded number of
 * bcrypt computations at once, and does not keep a real user at another address out.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SignInFloodTest {
  /** Each loopback address is a client of its own; 127.0.0.1 is left to the other tests. */
  private static final String ATTACKER = "127.0.0.2";

  private static final String USER_AT_HOME = "127.0.0.3";

  @Test
  void a_flood_of_bad_sign_ins_gets_429s_while_a_real_user_elsewhere_signs_in() throws Exception {
    var tenant = Tenant.open();
    var victim = tenant.adminEmail();
    var hasher = Arc.container().instance(BcryptPasswordHasher.class).get();
    var pool = Executors.newFixedThreadPool(16);
    var firstAnswered = new CountDownLatch(1);
    var flood = new ArrayList<Future<LoopbackHttp.Answer>>();
    try {
      for (int i = 0; i < 120; i++) {
        var email = i % 2 == 0 ? victim : "nobody-" + i + "@clinic.example";
        var guess = "{\"email\":\"" + email + "\",\"password\":\"guess number " + i + "\"}";
        Callable<LoopbackHttp.Answer> attempt =
            () -> {
              var answer = LoopbackHttp.postJson(ATTACKER, "/api/v1/auth/login", guess);
              firstAnswered.countDown();
              return answer;
            };
        flood.add(pool.submit(attempt));
      }
      assertThat(firstAnswered.await(30, TimeUnit.SECONDS)).isTrue();

      var during = signInAtHome(victim);

      int limited = 0;
      for (var attempt : flood) {
        var answer = attempt.get(60, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.body()).isIn(401, 429);
        if (answer.status() == 429) {
          limited++;
          assertThat(answer.body()).contains("\"code\":\"rate_limited\"");
          assertThat(Integer.parseInt(answer.headers().get("retry-after")))
              .isGreaterThanOrEqualTo(1);
          assertThat(answer.headers().get("x-request-id")).startsWith("req_");
        }
      }
      assertThat(during.status()).as(during.body()).isEqualTo(204);
      assertThat(limited).as("flood attempts answered 429").isGreaterThan(0);
      // How many of the flood's guesses were checked (not refused as busy) depends on timing; one
      // at a time, the flooding address is soon made to wait for the victim's email.
      LoopbackHttp.Answer guess;
      int guesses = 0;
      do {
        guess =
            LoopbackHttp.postJson(
                ATTACKER,
                "/api/v1/auth/login",
                "{\"email\":\"" + victim + "\",\"password\":\"one more guess\"}");
        guesses++;
      } while (guess.status() == 401 && guesses < 2 * SignInLimits.FREE_FAILURES + 2);
      assertThat(guess.status()).as(guess.body()).isEqualTo(429);
      assertThat(guess.body()).contains("\"code\":\"rate_limited\"");
      assertThat(signInAtHome(victim).status()).as("at home, after the flood").isEqualTo(204);
      assertThat(hasher.peakConcurrency()).isBetween(1, hasher.maxConcurrent());
    } finally {
      pool.shutdownNow();
    }
  }

  private static LoopbackHttp.Answer signInAtHome(String email) {
    return LoopbackHttp.postJson(
        USER_AT_HOME,
        "/api/v1/auth/login",
        "{\"email\":\"" + email + "\",\"password\":\"" + Tenant.PASSWORD + "\"}");
  }
}
