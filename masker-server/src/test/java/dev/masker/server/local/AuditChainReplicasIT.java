package dev.masker.server.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged servers on one database take one account's proxy traffic and agent changes at the
 * same time (SPEC §8, ADR 0047): afterwards the account's audit chain verifies on both, without a
 * fork or a gap, and holds exactly the events the servers wrote — one per kind of value each turn
 * masked (the upstream's echo of what it received shows them), plus the agent's creation and each
 * change.
 */
class AuditChainReplicasIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOKEN_KIND = Pattern.compile("(?:MSKV1|MSK1|SYN1)\\.([A-Z_]+)\\.");
  private static final int CLIENTS_PER_SERVER = 3;
  private static final int TURNS_PER_CLIENT = 20;
  private static final int RENAMES = 10;

  @Test
  void two_servers_appending_to_one_account_leave_one_whole_chain_of_every_event(@TempDir Path work)
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
        var agent = JSON.readTree(created.body()).at("/agent/id").asText();
        var path = "/proxy/" + agent + "/v1/chat/completions";

        var pool = Executors.newFixedThreadPool(2 * CLIENTS_PER_SERVER + 1);
        long written;
        try {
          var work1 = new ArrayList<Callable<Long>>();
          for (var server : List.of(first, second)) {
            for (int client = 0; client < CLIENTS_PER_SERVER; client++) {
              int id = client;
              work1.add(() -> turns(server, path, id));
            }
          }
          work1.add(() -> renames(first, second, agent, cookie));
          written = 1; // the agent's creation
          for (var done : pool.invokeAll(work1)) {
            written += done.get();
          }
        } finally {
          shutdown(pool);
        }
        assertThat(written).isGreaterThan(2L * CLIENTS_PER_SERVER * TURNS_PER_CLIENT);

        // The turn logs write in the background: wait until the chain holds every event.
        var check = awaitCount(first, cookie, written);
        assertThat(check.get("ok").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.get("event_count").asLong()).isEqualTo(written);
        assertThat(check.get("message").asText())
            .isEqualTo(written + " events verified, seq 1 to " + written);
        var again = verify(second, second.signIn("ops@clinic.example", "a long operator password"));
        assertThat(again).isEqualTo(check);

        try (var connection = database.getPostgresDatabase().getConnection();
            var select =
                connection.prepareStatement(
                    "select count(*), count(distinct seq), min(seq), max(seq),"
                        + " count(*) filter (where seq is null) from session_events")) {
          try (var rows = select.executeQuery()) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).as("event rows").isEqualTo(written);
            assertThat(rows.getLong(2)).as("distinct places").isEqualTo(written);
            assertThat(rows.getLong(3)).isEqualTo(1);
            assertThat(rows.getLong(4)).isEqualTo(written);
            assertThat(rows.getLong(5)).as("unchained rows").isZero();
          }
        }
        for (var server : List.of(first, second)) {
          var health = JSON.readTree(server.send("GET", "/health", null, null).body());
          assertThat(health.at("/components/audit_log").asText()).isEqualTo("ok");
        }
      }
    }
  }

  /** Turns of one client, each its own call; the events they wrote (a row per masked kind). */
  private static long turns(ServerProcess server, String path, int client) throws Exception {
    long events = 0;
    for (int i = 0; i < TURNS_PER_CLIENT; i++) {
      var text =
          String.format(
              "Write to pat.lee.%d.%d@example.com or call (415) 555-%04d, thanks.",
              client, i, 1000 + 37 * client + i);
      var body =
          JSON.writeValueAsString(
              Map.of("model", "any", "messages", List.of(Map.of("role", "user", "content", text))));
      var answer = server.send("POST", path, body, null);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      var received = JSON.readTree(answer.body()).get("stub_received").asText();
      var kinds = TOKEN_KIND.matcher(received).results().map(m -> m.group(1)).distinct().count();
      assertThat(kinds).as("kinds masked in %s", received).isGreaterThanOrEqualTo(2);
      events += kinds;
    }
    return events;
  }

  /** Renames the agent, each time through the other server; one event each. */
  private static long renames(
      ServerProcess first, ServerProcess second, String agent, String cookie) throws Exception {
    for (int i = 0; i < RENAMES; i++) {
      var server = i % 2 == 0 ? first : second;
      var answer =
          server.send(
              "PATCH", "/api/v1/agents/" + agent, "{\"name\":\"Front desk " + i + "\"}", cookie);
      assertThat(answer.statusCode()).as("%s%n%s", answer.body(), tail(server)).isEqualTo(200);
    }
    return RENAMES;
  }

  private static String tail(ServerProcess server) throws java.io.IOException {
    var output = server.output();
    return output.substring(Math.max(0, output.length() - 6000));
  }

  private static JsonNode awaitCount(ServerProcess server, String cookie, long expected)
      throws Exception {
    var deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      var check = verify(server, cookie);
      if (check.get("event_count").asLong() >= expected
          || !check.get("ok").asBoolean()
          || Instant.now().isAfter(deadline)) {
        return check;
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  private static JsonNode verify(ServerProcess server, String cookie) throws Exception {
    var answer = server.send("GET", "/api/v1/audit/verify", null, cookie);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static void shutdown(ExecutorService pool) throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(30, TimeUnit.SECONDS);
  }

  private static Map<String, String> environment(int databasePort) {
    var env = new HashMap<String, String>();
    env.put(
        "MASKER_DATABASE_URL", "postgresql://postgres:@127.0.0.1:" + databasePort + "/postgres");
    env.put("MASKER_BOOTSTRAP_ADMIN_EMAIL", "ops@clinic.example");
    env.put("MASKER_BOOTSTRAP_ADMIN_PASSWORD", "a long operator password");
    // As the test profile: a generous deadline, for a busy machine running two servers, their
    // database and this test's clients at once (an agent change waits its turn at the chain's
    // head).
    env.put("MASKER_DATABASE_DEADLINE_MS", "10000");
    // The same keys on both servers, as in production.
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
    return Map.copyOf(env);
  }
}
