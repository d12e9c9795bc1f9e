package dev.masker.adapters.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.adapters.persistence.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V12 on a database written by the version before it: every session id moves from {@code
 * ses_} to {@code sess_} with the same ULID, its turns and events with it; the vault rows of
 * requests that named no session go; and only {@code sess_} ids are accepted afterwards.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SessionIdPrefixMigrationTest {
  private static final String AGENT = "agt_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS";
  private static final String ACCOUNT = "acc_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS";
  private static final String HASH = "xid_ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String ULID_1 = "01KB3Z7ZJ4D9V6X0Q1N2M3P4R1";
  private static final String ULID_2 = "01KB3Z7ZJ4D9V6X0Q1N2M3P4R2";

  @Inject AgroalDataSource dataSource;

  @Test
  void session_ids_take_the_api_prefix_with_their_turns_and_events() throws SQLException {
    var schema = "v12_" + System.nanoTime();
    flyway(schema, "11").migrate();
    inSchema(
        schema,
        statement -> {
          insertSession(statement, "ses_" + ULID_1, "'" + HASH + "'");
          insertSession(statement, "ses_" + ULID_2, "null");
          statement.execute(
              "insert into turns (session_id, turn, started_at, ended_at, outcome, status,"
                  + " redaction_count, detection_ns, tokenize_ns, upstream_ns, rehydrate_ns)"
                  + " values ('ses_"
                  + ULID_1
                  + "', 1, now(), now(), 'ok', 200, 1, 0, 0, 0, 0)");
          statement.execute(
              "insert into session_events (id, session_id, account_id, agent_id, kind, ts, turn,"
                  + " entity_kind) values ('evt_"
                  + ULID_1
                  + "', 'ses_"
                  + ULID_1
                  + "', '"
                  + ACCOUNT
                  + "', '"
                  + AGENT
                  + "', 'redaction', now(), 1, 'NAME')");
          for (var scope : List.of(HASH, "ses_" + ULID_2)) {
            statement.execute(
                "insert into token_vault (scope, token, sealed) values ('"
                    + AGENT
                    + "/"
                    + scope
                    + "', 'T', '\\x00')");
          }
        });

    flyway(schema, "12").migrate();

    inSchema(
        schema,
        statement -> {
          assertThat(column(statement, "select id from sessions order by id"))
              .containsExactly("sess_" + ULID_1, "sess_" + ULID_2);
          assertThat(column(statement, "select session_id from turns"))
              .containsExactly("sess_" + ULID_1);
          assertThat(column(statement, "select session_id from session_events"))
              .containsExactly("sess_" + ULID_1);
          assertThat(column(statement, "select scope from token_vault"))
              .containsExactly(AGENT + "/" + HASH);
          assertThatThrownBy(
                  () -> insertSession(statement, "ses_01KB3Z7ZJ4D9V6X0Q1N2M3P4R4", "null"))
              .isInstanceOf(SQLException.class)
              .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
          // Turns still go with their session.
          statement.execute("delete from sessions where id = 'sess_" + ULID_1 + "'");
          assertThat(column(statement, "select session_id from turns")).isEmpty();
        });
    inSchema("public", statement -> statement.execute("drop schema " + schema + " cascade"));
  }

  /** What a test does with one statement. */
  private interface Work {
    void run(Statement statement) throws SQLException;
  }

  /** Runs {@code work} with {@code schema} first on the search path, then resets the path. */
  private void inSchema(String schema, Work work) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("set search_path to " + schema);
      try {
        work.run(statement);
      } finally {
        statement.execute("reset search_path");
      }
    }
  }

  private static List<String> column(Statement statement, String sql) throws SQLException {
    var values = new ArrayList<String>();
    try (var rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private Flyway flyway(String schema, String target) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .target(target)
        .locations("classpath:db/migration")
        .load();
  }

  private static void insertSession(Statement statement, String id, String externalId)
      throws SQLException {
    statement.execute(
        "insert into sessions (id, account_id, agent_id, agent_name, external_id, started_at,"
            + " ended_at, status, turn_count, failed_turn_count, redaction_count,"
            + " redactions_by_kind, upstream_model, policy_name, policy_version, detection_ns,"
            + " tokenize_ns, upstream_ns, rehydrate_ns) values ('"
            + id
            + "', '"
            + ACCOUNT
            + "', '"
            + AGENT
            + "', 'Front desk', "
            + externalId
            + ", now(), now(), 'ok', 1, 0, 0, '{}', 'gpt-4o-mini', 'healthcare-default', 1, 0, 0, 0, 0)");
  }
}
