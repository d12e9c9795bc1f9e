package dev.masker.adapters.persistence.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.AgentEventLog;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentEvent;
import dev.masker.domain.agent.AgentField;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.user.UserId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresAgentEventLogTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");

  @Inject AgentEventLog events;
  @Inject TransactionRunner tx;
  @Inject AgroalDataSource dataSource;

  private final AccountId account = AccountId.next(IDS);
  private final AgentId agent = AgentId.next(IDS);
  private final UserId admin = UserId.next(IDS);

  private AgentEvent event(AgentEvent.Kind kind, Set<AgentField> changed) {
    return new AgentEvent("evt_" + IDS.newUlid(), account, agent, admin, kind, changed, T0);
  }

  private String row(String id) throws SQLException {
    try (var connection = dataSource.getConnection();
        var select =
            connection.prepareStatement(
                "select kind, session_id, turn, actor_id, array_to_string(changed_fields, ',')"
                    + " from session_events where id = ? and account_id = ? and agent_id = ?")) {
      select.setString(1, id);
      select.setString(2, account.value());
      select.setString(3, agent.value());
      try (var rows = select.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1)
            + "|"
            + rows.getString(2)
            + "|"
            + rows.getString(3)
            + "|"
            + rows.getString(4)
            + "|"
            + rows.getString(5);
      }
    }
  }

  @Test
  void an_update_is_kept_as_an_account_event_naming_the_changed_fields() throws SQLException {
    var updated = event(AgentEvent.Kind.UPDATED, EnumSet.of(AgentField.POLICY, AgentField.NAME));

    tx.inTransaction(() -> events.append(updated));

    assertThat(row(updated.id()))
        .isEqualTo("agent_updated|null|null|" + admin.value() + "|name,policy");
  }

  @Test
  void creation_and_deletion_name_no_fields() throws SQLException {
    var created = event(AgentEvent.Kind.CREATED, Set.of());
    var deleted = event(AgentEvent.Kind.DELETED, Set.of());

    tx.inTransaction(
        () -> {
          events.append(created);
          events.append(deleted);
        });

    assertThat(row(created.id())).isEqualTo("agent_created|null|null|" + admin.value() + "|null");
    assertThat(row(deleted.id())).isEqualTo("agent_deleted|null|null|" + admin.value() + "|null");
  }

  @Test
  void the_table_refuses_free_text_as_a_changed_field_and_call_events_without_a_session() {
    assertThatThrownBy(
            () ->
                insert(
                    "insert into session_events (id, account_id, agent_id, kind, ts, actor_id,"
                        + " changed_fields) values (?, ?, ?, 'agent_updated', now(), ?,"
                        + " array['Jane Roe'])"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(
            () ->
                insert(
                    "insert into session_events (id, account_id, agent_id, kind, ts, actor_id,"
                        + " entity_kind) values (?, ?, ?, 'redaction', now(), ?, 'PHONE')"))
        .isInstanceOf(SQLException.class);
  }

  private void insert(String sql) throws SQLException {
    try (var connection = dataSource.getConnection();
        var insert = connection.prepareStatement(sql)) {
      insert.setString(1, "evt_" + IDS.newUlid());
      insert.setString(2, account.value());
      insert.setString(3, agent.value());
      insert.setString(4, admin.value());
      insert.executeUpdate();
    }
  }
}
