package dev.masker.adapters.persistence.session;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.TurnStatistics;
import dev.masker.application.port.out.TurnStatisticsContract;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.MonotonicUlids;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresTurnStatisticsTest extends TurnStatisticsContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  @Inject TurnStatistics statistics;
  @Inject TransactionRunner tx;
  @Inject AgroalDataSource dataSource;

  @Override
  protected TurnStatistics statistics() {
    return statistics;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }

  /** A session of one turn, as the turn log writes them. */
  @Override
  protected void turnServed(
      AccountId account,
      AgentId agent,
      Instant at,
      Duration total,
      Duration upstream,
      int redactions) {
    var session = "sess_" + IDS.newUlid();
    var end = at.plus(total);
    try (var connection = dataSource.getConnection();
        var sessions =
            connection.prepareStatement(
                "insert into sessions (id, agent_id, account_id, agent_name, started_at, ended_at,"
                    + " status, turn_count, failed_turn_count, redaction_count, redactions_by_kind,"
                    + " policy_name, policy_version, detection_ns, tokenize_ns, upstream_ns,"
                    + " rehydrate_ns) values (?, ?, ?, 'Front desk', ?, ?, 'ok', 1, 0, ?, '{}',"
                    + " 'healthcare-default', 1, 0, 0, ?, 0)");
        var turns =
            connection.prepareStatement(
                "insert into turns (session_id, turn, started_at, ended_at, outcome, status,"
                    + " redaction_count, detection_ns, tokenize_ns, upstream_ns, rehydrate_ns)"
                    + " values (?, 1, ?, ?, 'ok', 200, ?, 0, 0, ?, 0)")) {
      sessions.setString(1, session);
      sessions.setString(2, agent.value());
      sessions.setString(3, account.value());
      sessions.setTimestamp(4, Timestamp.from(at));
      sessions.setTimestamp(5, Timestamp.from(end));
      sessions.setInt(6, redactions);
      sessions.setLong(7, upstream.toNanos());
      sessions.executeUpdate();
      turns.setString(1, session);
      turns.setTimestamp(2, Timestamp.from(at));
      turns.setTimestamp(3, Timestamp.from(end));
      turns.setInt(4, redactions);
      turns.setLong(5, upstream.toNanos());
      turns.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record a turn", e);
    }
  }
}
