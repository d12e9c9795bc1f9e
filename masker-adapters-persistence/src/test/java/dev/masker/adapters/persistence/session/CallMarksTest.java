package dev.masker.adapters.persistence.session;

import static dev.masker.domain.masking.EntityKind.PHONE;
import static dev.masker.domain.session.TurnOutcome.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.session.CallMark;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The marks of a call (SPEC §7) go through the turn log into the call's session as {@code
 * call_started} and {@code call_ended} events that belong to no turn (V19).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CallMarksTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject PostgresTurnLog turnLog;
  @Inject AgroalDataSource dataSource;
  private Rows rows;

  @BeforeEach
  void setUp() {
    rows = new Rows(dataSource);
  }

  @Test
  void a_call_opened_then_used_then_closed_has_its_events_in_order_and_ends_at_its_end() {
    var call = Call.named();
    var started = call.mark(CallMark.Kind.STARTED, 0);
    turnLog.mark(started);
    assertThat(turnLog.flush(WAIT)).isTrue();
    assertThat(rows.session(call))
        .containsEntry("id", started.session().value())
        .containsEntry("turn_count", 0)
        .containsEntry("status", "ok")
        .containsEntry("started_at", Call.T0);

    turnLog.append(call.turn(2, OK, PHONE));
    turnLog.mark(call.mark(CallMark.Kind.ENDED, 40));
    assertThat(turnLog.flush(WAIT)).isTrue();

    var session = rows.session(call);
    assertThat(session)
        .containsEntry("id", started.session().value())
        .containsEntry("turn_count", 1)
        .containsEntry("redaction_count", 1)
        .containsEntry("started_at", Call.T0)
        .containsEntry("ended_at", Call.T0.plusSeconds(40));
    assertThat(rows.events(session.get("id")))
        .extracting(
            event -> event.get("kind"),
            event -> event.get("turn"),
            event -> event.get("ts"),
            event -> event.get("entity_kind"),
            event -> event.get("count"))
        .containsExactly(
            tuple("call_started", null, Call.T0, null, 1),
            tuple("redaction", 1, Call.T0.plusSeconds(2), "PHONE", 1),
            tuple("call_ended", null, Call.T0.plusSeconds(40), null, 1));
  }

  @Test
  void marks_of_one_call_in_one_batch_open_one_session() {
    var call = Call.named();
    var started = call.mark(CallMark.Kind.STARTED, 0);
    turnLog.mark(started);
    turnLog.mark(call.mark(CallMark.Kind.ENDED, 5));
    assertThat(turnLog.flush(WAIT)).isTrue();

    assertThat(rows.sessions(call)).hasSize(1);
    assertThat(rows.session(call))
        .containsEntry("id", started.session().value())
        .containsEntry("turn_count", 0)
        .containsEntry("ended_at", Call.T0.plusSeconds(5));
  }

  @Test
  void the_database_refuses_a_call_mark_with_a_turn_or_an_entity_kind() {
    var call = Call.named();
    var started = call.mark(CallMark.Kind.STARTED, 0);
    turnLog.mark(started);
    assertThat(turnLog.flush(WAIT)).isTrue();

    for (var columns : new String[] {"turn", "entity_kind"}) {
      var value = columns.equals("turn") ? "1" : "'PHONE'";
      assertThatThrownBy(
              () -> {
                try (var connection = dataSource.getConnection();
                    var insert = connection.createStatement()) {
                  insert.executeUpdate(
                      "insert into session_events (id, session_id, account_id, agent_id, kind,"
                          + " ts, "
                          + columns
                          + ") values ('evt_"
                          + Call.IDS.newUlid()
                          + "', '"
                          + started.session().value()
                          + "', '"
                          + call.account().value()
                          + "', '"
                          + call.agent().value()
                          + "', 'call_started', now(), "
                          + value
                          + ")");
                }
              })
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("session_events_scope");
    }
  }
}
