package dev.masker.adapters.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.MonotonicUlids;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The database's own last line of defence for the value-free event table: ids, entity kinds and key
 * ids have fixed shapes, so no free text (a name, a phone number) can be stored in them even by a
 * bug in the writer.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SessionEventChecksTest {
  private static final MonotonicUlids ULIDS = new MonotonicUlids();

  @Inject AgroalDataSource dataSource;

  @Test
  void a_well_formed_event_is_stored() throws SQLException {
    assertThat(insert(event())).isEqualTo(1);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "content",
        "name",
        "tool_arguments",
        "user",
        "tools",
        "parameters",
        "tool_call_id"
      })
  void an_event_of_every_request_field_is_stored(String field) throws SQLException {
    var row = event();
    row.put("field", field);

    assertThat(insert(row)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @CsvSource({
    "id, evt_01KB3Z7ZJ4D9V6X0Q1N2M3P4R",
    "id, evt_01KB3Z7ZJ4D9V6X0Q1N2M3P4Rs",
    "id, ses_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS",
    "id, evt_01KB3Z7ZJ4D9V6X0Q1N2 John",
    "session_id, ses_John Smith 555 0100 call",
    "account_id, acc_01KB3Z7ZJ4D9V6X0Q1N2M3P4R-",
    "agent_id, agt_01kb3z7zj4d9v6x0q1n2m3p4rs",
    "entity_kind, John Smith",
    "entity_kind, _NAME",
    "entity_kind, NAME2",
    "entity_kind, ''",
    "kid, K_HEALTHCARE 555-0100",
    "kid, 1KEY",
    "field, Maria Lopez",
  })
  void free_text_in_a_shaped_column_is_refused(String column, String value) {
    var row = event();
    row.put(column, value);

    assertThatThrownBy(() -> insert(row))
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
  }

  @Test
  void an_event_stands_for_at_least_one_value() throws SQLException {
    var sql =
        "insert into session_events (id, session_id, account_id, agent_id, kind, ts, turn,"
            + " entity_kind, count) values (?, ?, ?, ?, 'redaction', now(), 1, 'NAME', ?)";
    var row = event();
    try (var connection = dataSource.getConnection();
        var insert = connection.prepareStatement(sql)) {
      insert.setString(1, (String) row.get("id"));
      insert.setString(2, (String) row.get("session_id"));
      insert.setString(3, (String) row.get("account_id"));
      insert.setString(4, (String) row.get("agent_id"));
      insert.setInt(5, 0);
      assertThatThrownBy(insert::executeUpdate)
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
    }
    assertThat(insert(event())).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "model_pass_skipped, , timeout, 1",
    "model_pass_skipped, , unreachable, 1",
    "model_pass_skipped, , malformed, 1",
    "model_pass_skipped, , Maria Lopez, 0",
    "redaction, , , 0",
    "model_pass_skipped_by, , timeout, 0",
  })
  void an_event_without_an_entity_kind_is_a_skipped_model_pass_with_a_known_reason(
      String kind, String entityKind, String reason, int stored) throws SQLException {
    var sql =
        "insert into session_events (id, session_id, account_id, agent_id, kind, ts, turn,"
            + " entity_kind, reason, pass) values (?, ?, ?, ?, ?, now(), 1, ?, ?, 'ner')";
    var row = event();
    try (var connection = dataSource.getConnection();
        var insert = connection.prepareStatement(sql)) {
      insert.setString(1, (String) row.get("id"));
      insert.setString(2, (String) row.get("session_id"));
      insert.setString(3, (String) row.get("account_id"));
      insert.setString(4, (String) row.get("agent_id"));
      insert.setString(5, kind);
      insert.setString(6, entityKind);
      insert.setString(7, reason);
      if (stored == 1) {
        assertThat(insert.executeUpdate()).isEqualTo(1);
      } else {
        assertThatThrownBy(insert::executeUpdate)
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
      }
    }
  }

  private static Map<String, Object> event() {
    var row = new LinkedHashMap<String, Object>();
    row.put("id", "evt_" + ULIDS.newUlid());
    row.put("session_id", "sess_" + ULIDS.newUlid());
    row.put("account_id", "acc_" + ULIDS.newUlid());
    row.put("agent_id", "agt_" + ULIDS.newUlid());
    row.put("entity_kind", "MEDICAL_RECORD");
    row.put("kid", "K_HEALTHCARE_2");
    row.put("field", "content");
    return row;
  }

  private int insert(Map<String, Object> row) throws SQLException {
    var sql =
        "insert into session_events (id, session_id, account_id, agent_id, kind, ts, turn,"
            + " entity_kind, kid, field) values (?, ?, ?, ?, 'redaction', now(), 1, ?, ?, ?)";
    try (var connection = dataSource.getConnection();
        var insert = connection.prepareStatement(sql)) {
      int i = 1;
      for (var value : row.values()) {
        insert.setObject(i++, value);
      }
      return insert.executeUpdate();
    }
  }
}
