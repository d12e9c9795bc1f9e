package dev.masker.adapters.persistence.session;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.SessionRepository;
import dev.masker.application.port.out.SessionRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.RecordedTurn;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresSessionRepositoryTest extends SessionRepositoryContract {
  @Inject SessionRepository sessions;
  @Inject TransactionRunner tx;
  @Inject AgroalDataSource dataSource;

  @Override
  protected SessionRepository sessions() {
    return sessions;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }

  /** The rows the turn log writes for the session, its turns and its events. */
  @Override
  protected void recorded(
      AccountId account,
      RecordedSession session,
      List<RecordedTurn> turns,
      List<RecordedEvent> events) {
    try (var connection = dataSource.getConnection()) {
      insertSession(connection, account, session);
      for (var turn : turns) {
        insertTurn(connection, session, turn);
      }
      for (var event : events) {
        insertEvent(connection, account, session, event);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record a session", e);
    }
  }

  private static void insertSession(
      Connection connection, AccountId account, RecordedSession session) throws SQLException {
    try (var insert =
        connection.prepareStatement(
            "insert into sessions (id, agent_id, account_id, agent_name, external_id, started_at,"
                + " ended_at, status, turn_count, failed_turn_count, redaction_count,"
                + " redactions_by_kind, upstream_model, policy_name, policy_version, detection_ns,"
                + " tokenize_ns, upstream_ns, rehydrate_ns)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, session.id().value());
      insert.setString(2, session.agentId().value());
      insert.setString(3, account.value());
      insert.setString(4, session.agentName());
      insert.setString(5, session.externalId().orElse(null));
      insert.setTimestamp(6, Timestamp.from(session.startedAt()));
      insert.setTimestamp(7, Timestamp.from(session.endedAt()));
      insert.setString(8, session.status().wireName());
      insert.setInt(9, session.turnCount());
      insert.setInt(10, session.redactionCount());
      insert.setString(
          11,
          session.redactionsByKind().entrySet().stream()
              .map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
              .collect(Collectors.joining(", ", "{", "}")));
      insert.setString(12, session.upstreamModel().orElse(null));
      insert.setString(13, session.policyName());
      insert.setInt(14, session.policyVersion());
      insert.setLong(15, session.durations().detection());
      insert.setLong(16, session.durations().tokenize());
      insert.setLong(17, session.durations().upstream());
      insert.setLong(18, session.durations().rehydrate());
      insert.executeUpdate();
    }
  }

  private static void insertTurn(Connection connection, RecordedSession session, RecordedTurn turn)
      throws SQLException {
    try (var insert =
        connection.prepareStatement(
            "insert into turns (session_id, turn, started_at, ended_at, outcome, status,"
                + " redaction_count, detection_ns, tokenize_ns, upstream_ns, rehydrate_ns,"
                + " model_pass_skipped) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, session.id().value());
      insert.setInt(2, turn.number());
      insert.setTimestamp(3, Timestamp.from(turn.startedAt()));
      insert.setTimestamp(4, Timestamp.from(turn.endedAt()));
      insert.setString(5, turn.outcome().name().toLowerCase(Locale.ROOT));
      insert.setInt(6, turn.status());
      insert.setInt(7, turn.redactionCount());
      insert.setLong(8, turn.durations().detection());
      insert.setLong(9, turn.durations().tokenize());
      insert.setLong(10, turn.durations().upstream());
      insert.setLong(11, turn.durations().rehydrate());
      insert.setString(12, turn.modelPassSkipped().orElse(null));
      insert.executeUpdate();
    }
  }

  private static void insertEvent(
      Connection connection, AccountId account, RecordedSession session, RecordedEvent event)
      throws SQLException {
    try (var insert =
        connection.prepareStatement(
            "insert into session_events (id, session_id, account_id, agent_id, kind, ts, turn,"
                + " message_index, field, pass, span_start, span_end, confidence, action,"
                + " entity_kind, token_kind, kid, reason, count)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, event.id());
      insert.setString(2, session.id().value());
      insert.setString(3, account.value());
      insert.setString(4, session.agentId().value());
      insert.setString(5, event.kind());
      insert.setTimestamp(6, Timestamp.from(event.ts()));
      insert.setInt(7, event.turn());
      insert.setObject(8, event.messageIndex(), Types.INTEGER);
      insert.setString(9, event.field());
      insert.setString(10, event.pass());
      insert.setObject(11, event.spanStart(), Types.INTEGER);
      insert.setObject(12, event.spanEnd(), Types.INTEGER);
      insert.setObject(13, event.confidence(), Types.DOUBLE);
      insert.setString(14, event.action());
      insert.setString(15, event.entityKind());
      insert.setString(16, event.tokenKind());
      insert.setString(17, event.kid());
      insert.setString(18, event.reason());
      insert.setInt(19, event.count());
      insert.executeUpdate();
    }
  }
}
