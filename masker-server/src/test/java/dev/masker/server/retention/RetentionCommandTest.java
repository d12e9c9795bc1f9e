package dev.masker.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.MonotonicUlids;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code retention}, run inside the test server as an operator would run it beside one: old rows
 * go, young ones stay, and the console and the log say how many, with no id and no value.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class RetentionCommandTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Pattern LOGGED =
      Pattern.compile(
          "retention run deleted (\\d+) sessions, (\\d+) turns, (\\d+) vault rows, (\\d+) events,"
              + " (\\d+) payloads in \\d+ ms");

  @Inject RunRetention command;
  @Inject AgroalDataSource dataSource;

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

  @Test
  void a_run_now_deletes_sessions_past_ninety_days_with_their_vault_rows_and_says_how_many()
      throws Exception {
    var agent = "agt_" + IDS.newUlid();
    var now = Instant.now();
    var old = session(agent, now.minus(Duration.ofDays(91)));
    var young = session(agent, now.minus(Duration.ofDays(89)));
    vaultRow(agent + "/" + old);
    vaultRow(agent + "/" + young);
    var log = Path.of("target/masker-test.log");
    var logBefore = Files.readString(log);

    int exit =
        command.run(
            new PrintStream(console, true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));

    assertThat(exit).isZero();
    assertThat(count("sessions where id = ?", old)).isZero();
    assertThat(count("turns where session_id = ?", old)).isZero();
    assertThat(count("token_vault where scope = ?", agent + "/" + old)).isZero();
    assertThat(count("sessions where id = ?", young)).isOne();
    assertThat(count("token_vault where scope = ?", agent + "/" + young)).isOne();
    assertThat(console.toString(StandardCharsets.UTF_8))
        .containsPattern(
            "Retention deleted [1-9]\\d* sessions, [1-9]\\d* turns, [1-9]\\d* vault rows");
    var logged = Files.readString(log).substring(logBefore.length());
    var line = LOGGED.matcher(logged);
    assertThat(line.find()).as(logged).isTrue();
    assertThat(Long.parseLong(line.group(1))).isPositive();
    assertThat(Long.parseLong(line.group(3))).isPositive();
    assertThat(logged).doesNotContain(agent).doesNotContain(old).doesNotContain(young);
  }

  private String session(String agent, Instant endedAt) throws SQLException {
    var id = "sess_" + IDS.newUlid();
    var ended = endedAt.atOffset(ZoneOffset.UTC);
    update(
        "insert into sessions (id, agent_id, account_id, agent_name, started_at, ended_at,"
            + " status, turn_count, failed_turn_count, redaction_count, redactions_by_kind,"
            + " policy_name, policy_version, detection_ns, tokenize_ns, upstream_ns, rehydrate_ns)"
            + " values (?, ?, ?, 'agent', ?, ?, 'ok', 1, 0, 0, '{}'::jsonb, 'healthcare-default',"
            + " 1, 0, 0, 0, 0)",
        id,
        agent,
        "acc_" + IDS.newUlid(),
        ended,
        ended);
    update(
        "insert into turns (session_id, turn, started_at, ended_at, outcome, status,"
            + " redaction_count, detection_ns, tokenize_ns, upstream_ns, rehydrate_ns)"
            + " values (?, 1, ?, ?, 'ok', 200, 0, 0, 0, 0, 0)",
        id,
        ended,
        ended);
    return id;
  }

  private void vaultRow(String scope) throws SQLException {
    update(
        "insert into token_vault (scope, token, sealed) values (?, 'MSKV1.NAME.K_X.AAAA', ?)",
        scope,
        new byte[] {1});
  }

  private long count(String from, String value) throws SQLException {
    try (var connection = dataSource.getConnection();
        var select = connection.prepareStatement("select count(*) from " + from)) {
      select.setString(1, value);
      try (var rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
