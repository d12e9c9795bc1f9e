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
 * Migration V9 on a database written by the version before it: caller keys stored in clear (a phone
 * number as a session's external id, inside a vault scope) are erased, hashed ones and generated
 * sessions stay, and the column takes nothing but a hash from then on.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ClearCallerKeysMigrationTest {
  private static final String HASH = "xid_ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String AGENT = "agt_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS";

  @Inject AgroalDataSource dataSource;

  @Test
  void keys_stored_in_clear_are_erased_and_only_hashes_are_accepted_afterwards()
      throws SQLException {
    var schema = "v9_" + System.nanoTime();
    flyway(schema, "8").migrate();
    inSchema(
        schema,
        statement -> {
          insertSession(statement, "ses_01KB3Z7ZJ4D9V6X0Q1N2M3P4R1", "'+14155552671'");
          insertSession(statement, "ses_01KB3Z7ZJ4D9V6X0Q1N2M3P4R2", "'" + HASH + "'");
          insertSession(statement, "ses_01KB3Z7ZJ4D9V6X0Q1N2M3P4R3", "null");
          for (var scope : List.of("+14155552671", HASH, "ses_01KB3Z7ZJ4D9V6X0Q1N2M3P4R3")) {
            statement.execute(
                "insert into token_vault (scope, token, sealed) values ('"
                    + AGENT
                    + "/"
                    + scope
                    + "', 'T', '\\x00')");
          }
        });

    flyway(schema, "9").migrate();

    inSchema(
        schema,
        statement -> {
          var ids = new ArrayList<String>();
          try (var rows = statement.executeQuery("select external_id from sessions order by id")) {
            while (rows.next()) {
              ids.add(rows.getString(1));
            }
          }
          assertThat(ids).containsExactly(null, HASH, null);
          var scopes = new ArrayList<String>();
          try (var rows = statement.executeQuery("select scope from token_vault order by scope")) {
            while (rows.next()) {
              scopes.add(rows.getString(1));
            }
          }
          assertThat(scopes)
              .containsExactly(AGENT + "/ses_01KB3Z7ZJ4D9V6X0Q1N2M3P4R3", AGENT + "/" + HASH);
          assertThatThrownBy(
                  () -> insertSession(statement, "ses_01KB3Z7ZJ4D9V6X0Q1N2M3P4R4", "'call-42'"))
              .isInstanceOf(SQLException.class)
              .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
        });
    inSchema("public", statement -> statement.execute("drop schema " + schema + " cascade"));
  }

  /** What a test does with one statement. */
  private interface Work {
    void run(Statement statement) throws SQLException;
  }

  /**
   * Runs {@code work} with {@code schema} first on the search path, then resets the path: the
   * connection goes back to the pool that the other tests of this run share.
   */
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
            + "', 'acc_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS', '"
            + AGENT
            + "', 'Front desk', "
            + externalId
            + ", now(), now(), 'ok', 1, 0, 0, '{}', 'gpt-4o-mini', 'healthcare-default', 1, 0, 0, 0, 0)");
  }
}
