package dev.masker.adapters.persistence.session;

import static dev.masker.domain.masking.EntityKind.EMAIL;
import static dev.masker.domain.masking.EntityKind.NAME;
import static dev.masker.domain.masking.EntityKind.PHONE;
import static dev.masker.domain.session.TurnOutcome.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.adapters.persistence.TestChainKey;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.audit.ChainAppender;
import dev.masker.adapters.persistence.audit.PostgresAuditTrail;
import dev.masker.application.port.out.AgentEventLog;
import dev.masker.application.port.out.RetentionStore;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.AgentEvent;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.masking.ModelUnanswered;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import dev.masker.domain.masking.token.TokenScheme;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.user.UserId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit chain as the turn log, the agent events and retention write it (ADR 0047). */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AuditChainTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  @Inject AgroalDataSource dataSource;
  @Inject PostgresAuditTrail trail;
  @Inject AgentEventLog agentEvents;
  @Inject TransactionRunner tx;
  @Inject RetentionStore retention;

  private TurnBatchWriter writer;
  private Rows rows;
  private Call call;

  @BeforeEach
  void setUp() {
    writer = newWriter();
    rows = new Rows(dataSource);
    call = Call.named();
  }

  private TurnBatchWriter newWriter() {
    return new TurnBatchWriter(
        dataSource, new MonotonicUlids(), new ChainAppender(TestChainKey.KEY));
  }

  /** Another call of the same account, on an agent of its own. */
  private Call sameAccount() {
    return new Call(
        dev.masker.domain.agent.AgentId.next(Call.IDS), call.account(), Call.named().externalId());
  }

  private List<java.util.Map<String, Object>> chain() {
    return rows.query(
        "select id, seq, chain_hash, kind, session_id from session_events where account_id = ?"
            + " order by seq",
        call.account().value());
  }

  private void execute(String sql, Object... parameters) throws SQLException {
    try (var connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (var allow =
          connection.prepareStatement("select set_config('masker.audit_retention', 'on', true)")) {
        allow.execute();
      }
      try (var statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          statement.setObject(i + 1, parameters[i]);
        }
        statement.execute();
      }
      connection.commit();
    }
  }

  private void writeMixedTurns() throws SQLException {
    var failure =
        new RehydrationFailure(
            PHONE, TokenScheme.MSKV1, "K_HEALTHCARE", RehydrationFailure.Reason.NOT_FOUND);
    writer.write(List.of(call.turn(0, OK, PHONE, NAME), call.turn(1, OK, EMAIL)));
    writer.write(
        List.of(
            call.turn(2, OK, List.of(), List.of(failure)),
            call.turnWithoutModel(3, ModelUnanswered.TIMEOUT, 2)));
    var admin = UserId.next(IDS);
    tx.inTransaction(
        () ->
            agentEvents.append(
                new AgentEvent(
                    "evt_" + IDS.newUlid(),
                    call.account(),
                    call.agent(),
                    admin,
                    AgentEvent.Kind.UPDATED,
                    Set.of(dev.masker.domain.agent.AgentField.NAME),
                    Instant.now())));
  }

  @Test
  void every_event_takes_the_next_place_of_its_accounts_chain_and_the_chain_verifies()
      throws SQLException {
    writeMixedTurns();

    var chain = chain();
    assertThat(chain).extracting(row -> row.get("seq")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(chain)
        .extracting(row -> row.get("kind"))
        .containsExactly(
            "redaction",
            "redaction",
            "redaction",
            "rehydration_failed",
            "model_pass_skipped",
            "agent_updated");
    var check = trail.verify(call.account());
    assertThat(check.ok()).isTrue();
    assertThat(check.eventCount()).isEqualTo(6);
    assertThat(check.firstHash()).isEqualTo("0".repeat(64));
    assertThat(check.lastHash())
        .isEqualTo(java.util.HexFormat.of().formatHex((byte[]) chain.get(5).get("chain_hash")));
    var session = new SessionId((String) chain.get(0).get("session_id"));
    assertThat(trail.sessionHashes(call.account(), session))
        .containsExactly(
            (byte[]) chain.get(0).get("chain_hash"),
            (byte[]) chain.get(1).get("chain_hash"),
            (byte[]) chain.get(2).get("chain_hash"),
            (byte[]) chain.get(3).get("chain_hash"),
            (byte[]) chain.get(4).get("chain_hash"));
    assertThat(trail.sessionHashes(Call.named().account(), session)).isEmpty();
  }

  @Test
  void the_application_cannot_change_or_delete_a_chained_event() throws SQLException {
    writeMixedTurns();
    var id = chain().get(0).get("id");

    try (var connection = dataSource.getConnection()) {
      try (var update =
          connection.prepareStatement("update session_events set turn = 9 where id = ?")) {
        update.setObject(1, id);
        assertThatThrownBy(update::executeUpdate).hasMessageContaining("append-only");
      }
      try (var delete = connection.prepareStatement("delete from session_events where id = ?")) {
        delete.setObject(1, id);
        assertThatThrownBy(delete::executeUpdate).hasMessageContaining("append-only");
      }
    }
    assertThat(trail.verify(call.account()).ok()).isTrue();
  }

  @Test
  void a_changed_event_breaks_the_chain_at_its_place() throws SQLException {
    writeMixedTurns();
    var third = chain().get(2);

    execute("update session_events set span_end = span_end + 1 where id = ?", third.get("id"));

    var check = trail.verify(call.account());
    assertThat(check.ok()).isFalse();
    assertThat(check.eventCount()).isEqualTo(2);
    assertThat(check.message())
        .isEqualTo(
            "the event at seq 3 ("
                + third.get("id")
                + ") does not hash to the chain hash stored"
                + " with it: the event, its place or its hash was changed");
  }

  @Test
  void a_deleted_event_without_a_checkpoint_is_a_gap() throws SQLException {
    writeMixedTurns();

    execute("delete from session_events where id = ?", chain().get(3).get("id"));

    var check = trail.verify(call.account());
    assertThat(check.ok()).isFalse();
    assertThat(check.message()).startsWith("seq 4 is missing (the chain goes from seq 3 to 5)");
  }

  @Test
  void retention_leaves_a_sealed_checkpoint_the_chain_verifies_across_and_a_forged_one_fails()
      throws SQLException {
    var kept = sameAccount();
    writer.write(List.of(call.turn(0, OK, PHONE), kept.turn(1, OK, NAME)));
    writer.write(List.of(call.turn(2, OK, EMAIL, NAME), kept.turn(3, OK, PHONE)));
    assertThat(chain()).hasSize(5);

    // The first call's agent keeps its events for no time: its three, interleaved, go.
    int deleted =
        retention
            .exclusively(sweep -> sweep.deleteEventsBefore(call.agent(), Instant.now(), 100))
            .orElseThrow();

    assertThat(deleted).isEqualTo(3);
    assertThat(chain()).extracting(row -> row.get("seq")).containsExactly(2L, 5L);
    var check = trail.verify(call.account());
    assertThat(check.ok()).isTrue();
    assertThat(check.eventCount()).isEqualTo(2);
    assertThat(check.message())
        .isEqualTo("2 events verified, seq 1 to 5, across 3 events deleted by retention");

    execute(
        "update audit_retention_checkpoints set last_seq = last_seq where account_id = ?"
            + " and first_seq = 3; update audit_retention_checkpoints set seal = ? where"
            + " account_id = ? and first_seq = 3",
        call.account().value(),
        new byte[32],
        call.account().value());

    var forged = trail.verify(call.account());
    assertThat(forged.ok()).isFalse();
    assertThat(forged.message())
        .isEqualTo(
            "the retention checkpoint of seq 3 to 4 is not sealed with the audit key: it was"
                + " forged or changed");
  }

  @Test
  void events_stored_before_the_chain_are_chained_at_start_and_checks_go_on_from_checkpoints()
      throws SQLException {
    writer.write(List.of(call.turn(0, OK, PHONE)));
    // A row as a server before the chain wrote it: no place, no hash.
    execute(
        "insert into session_events (id, session_id, account_id, agent_id, kind, ts, turn,"
            + " entity_kind, count) select ?, session_id, account_id, agent_id, kind, ts, turn,"
            + " entity_kind, count from session_events where account_id = ?",
        "evt_" + IDS.newUlid(),
        call.account().value());

    assertThat(trail.chainUnchained()).isGreaterThanOrEqualTo(1);

    assertThat(chain()).extracting(row -> row.get("seq")).containsExactly(1L, 2L);
    var first = trail.verifySinceCheckpoint(call.account());
    assertThat(first.ok()).isTrue();
    assertThat(first.eventCount()).isEqualTo(2);
    writer.write(List.of(call.turn(1, OK, NAME)));
    var second = trail.verifySinceCheckpoint(call.account());
    assertThat(second.ok()).isTrue();
    assertThat(second.eventCount()).isEqualTo(1);
    assertThat(second.firstHash()).isEqualTo(first.lastHash());
    assertThat(trail.accounts()).contains(call.account());

    execute(
        "update audit_verified_checkpoints set seq = 1 where account_id = ?",
        call.account().value());
    var forged = trail.verifySinceCheckpoint(call.account());
    assertThat(forged.ok()).isFalse();
    assertThat(forged.message()).contains("verified checkpoint at seq 1 is not sealed");
  }

  @Test
  void writers_appending_to_one_account_at_once_neither_fork_the_chain_nor_skip_a_place()
      throws Exception {
    var calls = List.of(call, sameAccount(), sameAccount(), sameAccount());
    var pool = Executors.newFixedThreadPool(calls.size());
    try {
      var tasks = new ArrayList<Callable<Void>>();
      for (var each : calls) {
        var own = newWriter();
        tasks.add(
            () -> {
              for (int second = 0; second < 20; second++) {
                own.write(List.of(each.turn(second, OK, PHONE, NAME)));
              }
              return null;
            });
      }
      for (var done : pool.invokeAll(tasks)) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
    }

    var chain = chain();
    assertThat(chain).hasSize(calls.size() * 20 * 2);
    for (int i = 0; i < chain.size(); i++) {
      assertThat(chain.get(i).get("seq")).isEqualTo(i + 1L);
    }
    var check = trail.verify(call.account());
    assertThat(check.ok()).isTrue();
    assertThat(check.eventCount()).isEqualTo(chain.size());
  }
}
