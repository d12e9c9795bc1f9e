package dev.masker.adapters.persistence.session;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.SessionCounts;
import dev.masker.application.port.out.SessionCountsContract;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.MonotonicUlids;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresSessionCountsTest extends SessionCountsContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  @Inject SessionCounts counts;
  @Inject TransactionRunner tx;
  @Inject AgroalDataSource dataSource;

  @Override
  protected SessionCounts counts() {
    return counts;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }

  /** A session row as the turn log writes one: one turn, nothing redacted. */
  @Override
  protected void sessionStarted(AccountId account, AgentId agent, Instant at) {
    try (var connection = dataSource.getConnection();
        var insert =
            connection.prepareStatement(
                "insert into sessions (id, agent_id, account_id, agent_name, started_at, ended_at,"
                    + " status, turn_count, failed_turn_count, redaction_count, redactions_by_kind,"
                    + " policy_name, policy_version, detection_ns, tokenize_ns, upstream_ns,"
                    + " rehydrate_ns) values (?, ?, ?, 'Front desk', ?, ?, 'ok', 1, 0, 0, '{}',"
                    + " 'healthcare-default', 1, 0, 0, 0, 0)")) {
      insert.setString(1, "sess_" + IDS.newUlid());
      insert.setString(2, agent.value());
      insert.setString(3, account.value());
      insert.setTimestamp(4, Timestamp.from(at));
      insert.setTimestamp(5, Timestamp.from(at.plusSeconds(30)));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record a session", e);
    }
  }
}
