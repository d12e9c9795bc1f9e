package dev.masker.server.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged servers on one database, as two replicas behind a load balancer: an account's turns
 * spend one budget, whichever replica serves them (SPEC §2.3, ADR 0044). The proxy's bucket holds
 * four turns and refills one every 1000 s, so no token comes back while the test runs; replicas
 * lease two tokens at a time and keep a lease for five minutes, so none is given up unused either.
 */
class RateLimitReplicasIT {
  private static final int BURST = 4;
  private static final double PER_SECOND = 0.001;
  private static final String TURN =
      "{\"model\":\"any\",\"messages\":[{\"role\":\"user\",\"content\":\"Good morning\"}]}";

  @Test
  void two_replicas_on_one_database_enforce_one_budget_per_account(@TempDir Path work)
      throws Exception {
    try (var database = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).start()) {
      var env = environment(database.getPort());
      try (var first = ServerProcess.start(work.resolve("first.log"), env);
          var second = ServerProcess.start(work.resolve("second.log"), env)) {
        var cookie = first.signIn("ops@clinic.example", "a long operator password");
        var created =
            first.send(
                "POST",
                "/api/v1/agents",
                "{\"name\":\"Front desk\",\"upstream\":\"stub\"}",
                cookie);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var agent = created.body().replaceAll(".*\"id\":\"(agt_[0-9A-Z]{26})\".*", "$1");
        var path = "/proxy/" + agent + "/v1/chat/completions";
        var started = Instant.now();

        var served = new HashMap<ServerProcess, Integer>();
        var refusedBy = new HashMap<ServerProcess, String>();
        for (int i = 0; i < 12; i++) {
          var replica = i % 2 == 0 ? first : second;
          var answer = replica.send("POST", path, TURN, null);
          assertThat(answer.statusCode()).as(answer.body()).isIn(200, 429);
          if (answer.statusCode() == 200) {
            served.merge(replica, 1, Integer::sum);
          } else {
            refusedBy.put(replica, answer.headers().firstValue("Retry-After").orElseThrow());
            assertThat(answer.body()).contains("\"code\":\"rate_limited\"");
          }
        }

        long elapsed = Duration.between(started, Instant.now()).toSeconds() + 1;
        int total = served.values().stream().mapToInt(Integer::intValue).sum();
        // Alone, each replica would have served four; together they served the one budget.
        assertThat(total).isBetween(BURST, BURST + (int) (elapsed * PER_SECOND));
        assertThat(served.keySet()).as("both replicas served turns").hasSize(2);
        assertThat(refusedBy.keySet()).as("both replicas refused turns").hasSize(2);
        for (var retryAfter : refusedBy.values()) {
          assertThat(Long.parseLong(retryAfter)).isBetween(1L, 1000L);
        }
        // The API has a budget of its own: the account's turns did not spend it.
        assertThat(second.send("GET", "/api/v1/me", null, cookie).statusCode()).isEqualTo(200);
      }
    }
  }

  private static Map<String, String> environment(int databasePort) {
    var env = new HashMap<String, String>();
    env.put(
        "MASKER_DATABASE_URL", "postgresql://postgres:@127.0.0.1:" + databasePort + "/postgres");
    env.put("MASKER_BOOTSTRAP_ADMIN_EMAIL", "ops@clinic.example");
    env.put("MASKER_BOOTSTRAP_ADMIN_PASSWORD", "a long operator password");
    // The same keys on both replicas, as in production.
    var random = new SecureRandom();
    for (var name :
        List.of(
            "MASKER_KEY_K_HEALTHCARE",
            "MASKER_AUDIT_HMAC_KEY",
            "MASKER_REPORT_SIGNING_KEY",
            "MASKER_EXTERNAL_ID_KEY")) {
      var key = new byte[32];
      random.nextBytes(key);
      env.put(name, Base64.getEncoder().encodeToString(key));
    }
    env.put("MASKER_RATE_LIMIT_ENABLED", "true");
    env.put("MASKER_RATE_LIMIT_PROXY_BURST", Integer.toString(BURST));
    env.put("MASKER_RATE_LIMIT_PROXY_PER_SECOND", Double.toString(PER_SECOND));
    env.put("MASKER_RATE_LIMIT_PROXY_LEASE", "2");
    env.put("MASKER_RATE_LIMIT_LEASE_LIFE", "5m");
    return Map.copyOf(env);
  }
}
