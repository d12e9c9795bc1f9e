package dev.masker.adapters.persistence.session;

import static dev.masker.domain.masking.EntityKind.EMAIL;
import static dev.masker.domain.masking.EntityKind.NAME;
import static dev.masker.domain.masking.EntityKind.PHONE;
import static dev.masker.domain.session.TurnOutcome.FAILED;
import static dev.masker.domain.session.TurnOutcome.OK;
import static dev.masker.domain.session.TurnOutcome.STREAM_BROKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.masker.adapters.persistence.TestChainKey;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.audit.ChainAppender;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.MaskEvent;
import dev.masker.domain.masking.ModelUnanswered;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import dev.masker.domain.masking.token.TokenScheme;
import dev.masker.domain.session.TurnOutcome;
import dev.masker.domain.session.TurnRecord;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class TurnBatchWriterTest {
  @Inject AgroalDataSource dataSource;
  private TurnBatchWriter writer;
  private Rows rows;

  @BeforeEach
  void setUp() {
    writer =
        new TurnBatchWriter(dataSource, new MonotonicUlids(), new ChainAppender(TestChainKey.KEY));
    rows = new Rows(dataSource);
  }

  @Test
  void turns_of_one_call_in_one_batch_are_numbered_in_the_order_they_came_and_added_up()
      throws SQLException {
    var call = Call.named();
    var other = Call.named();
    var unnamed = Call.unnamed();
    var first = call.turn(0, OK, PHONE);
    writer.write(
        List.of(
            first,
            other.turn(1, OK),
            call.turn(2, OK, NAME, NAME),
            unnamed.turn(3, FAILED),
            call.turn(4, OK, PHONE)));

    var session = rows.session(call);
    assertThat(session)
        .containsEntry("id", first.session().value())
        .containsEntry("external_id", call.externalId().get())
        .containsEntry("account_id", call.account().value())
        .containsEntry("agent_name", "Front desk")
        .containsEntry("status", "ok")
        .containsEntry("turn_count", 3)
        .containsEntry("failed_turn_count", 0)
        .containsEntry("redaction_count", 4)
        .containsEntry("upstream_model", "gpt-4o-mini")
        .containsEntry("policy_name", "healthcare-default")
        .containsEntry("policy_version", 1)
        .containsEntry("started_at", Call.T0)
        .containsEntry("ended_at", Call.T0.plusMillis(4_500))
        .containsEntry("detection_ns", 3_000L)
        .containsEntry("tokenize_ns", 60_000L)
        .containsEntry("upstream_ns", 900_000_000L)
        .containsEntry("rehydrate_ns", 12_000L);
    assertThat(rows.redactionsByKind(session.get("id")))
        .containsExactly(entry("NAME", 2L), entry("PHONE", 2L));
    var turns = rows.turns(session.get("id"));
    assertThat(turns).extracting(turn -> turn.get("turn")).containsExactly(1, 2, 3);
    assertThat(turns)
        .extracting(turn -> turn.get("started_at"))
        .containsExactly(Call.T0, Call.T0.plusSeconds(2), Call.T0.plusSeconds(4));
    assertThat(turns).extracting(turn -> turn.get("redaction_count")).containsExactly(1, 2, 1);

    assertThat(rows.session(other)).containsEntry("turn_count", 1);
    assertThat(rows.session(unnamed))
        .containsEntry("external_id", null)
        .containsEntry("status", "error")
        .containsEntry("turn_count", 1)
        .containsEntry("failed_turn_count", 1)
        .containsEntry("redactions_by_kind", "{}");
  }

  @Test
  void a_later_batch_of_a_call_continues_its_numbering_in_the_row_of_its_first_turn()
      throws SQLException {
    var call = Call.named();
    var first = call.turn(0, OK, PHONE);
    writer.write(List.of(first, call.turn(1, OK)));
    writer.write(List.of(call.turn(2, OK, PHONE, NAME), call.turn(3, FAILED)));

    var session = rows.session(call);
    assertThat(session)
        .containsEntry("id", first.session().value())
        .containsEntry("turn_count", 4)
        .containsEntry("failed_turn_count", 1)
        .containsEntry("status", "partial")
        .containsEntry("redaction_count", 3)
        .containsEntry("ended_at", Call.T0.plusMillis(3_500))
        .containsEntry("upstream_ns", 1_200_000_000L);
    assertThat(rows.redactionsByKind(first.session().value()))
        .containsExactly(entry("NAME", 1L), entry("PHONE", 2L));
    assertThat(rows.turns(session.get("id")))
        .extracting(
            turn -> turn.get("turn"), turn -> turn.get("outcome"), turn -> turn.get("status"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "ok", 200),
            org.assertj.core.groups.Tuple.tuple(2, "ok", 200),
            org.assertj.core.groups.Tuple.tuple(3, "ok", 200),
            org.assertj.core.groups.Tuple.tuple(4, "failed", 502));
  }

  @Test
  void a_session_is_ok_without_failed_turns_error_when_all_failed_and_partial_otherwise()
      throws SQLException {
    assertThat(statusAfter(List.of(OK), List.of(OK))).isEqualTo("ok");
    assertThat(statusAfter(List.of(FAILED), List.of(FAILED, FAILED))).isEqualTo("error");
    assertThat(statusAfter(List.of(FAILED, OK), List.of())).isEqualTo("partial");
    assertThat(statusAfter(List.of(FAILED), List.of(OK))).isEqualTo("partial");
    assertThat(statusAfter(List.of(OK), List.of(FAILED))).isEqualTo("partial");
    assertThat(statusAfter(List.of(OK), List.of(STREAM_BROKEN))).isEqualTo("partial");
    // A cut stream gave the caller part of an answer: partial, even when it is every turn.
    assertThat(statusAfter(List.of(STREAM_BROKEN), List.of())).isEqualTo("partial");
    assertThat(statusAfter(List.of(FAILED), List.of(STREAM_BROKEN))).isEqualTo("partial");
  }

  private String statusAfter(List<TurnOutcome> batch, List<TurnOutcome> laterBatch)
      throws SQLException {
    var call = Call.named();
    int second = 0;
    for (var outcomes : List.of(batch, laterBatch)) {
      if (!outcomes.isEmpty()) {
        var turns = new java.util.ArrayList<TurnRecord>();
        for (var outcome : outcomes) {
          turns.add(call.turn(second++, outcome));
        }
        writer.write(turns);
      }
    }
    var session = rows.session(call);
    long failed = batch.stream().filter(TurnOutcome::failed).count();
    failed += laterBatch.stream().filter(TurnOutcome::failed).count();
    assertThat(session.get("failed_turn_count")).isEqualTo((int) failed);
    return (String) session.get("status");
  }

  @Test
  void each_redaction_and_failed_rehydration_becomes_an_event_of_the_turn() throws SQLException {
    var call = Call.named();
    var first = call.turn(0, OK);
    var second =
        call.turn(
            7,
            OK,
            List.of(
                new FieldMaskEvent(
                    -1,
                    "user",
                    new MaskEvent(
                        PHONE, 0, 12, Pass.LEXICON, 0.7, Action.REDACT, "REDACTED", null)),
                new FieldMaskEvent(
                    3,
                    "tool_arguments",
                    new MaskEvent(NAME, 5, 9, Pass.NER, 0.5, Action.PASSTHROUGH, null, null))),
            List.of(
                new RehydrationFailure(
                    NAME, TokenScheme.MSKV1, "K_HEALTHCARE", RehydrationFailure.Reason.NOT_FOUND)));
    writer.write(List.of(first, second));

    var events = rows.events(first.session().value());
    assertThat(events).hasSize(3);
    assertThat(events)
        .allSatisfy(
            event -> {
              assertThat((String) event.get("id")).matches("evt_[0-9A-Z]{26}");
              assertThat(event)
                  .containsEntry("session_id", first.session().value())
                  .containsEntry("account_id", call.account().value())
                  .containsEntry("agent_id", call.agent().value())
                  .containsEntry("turn", 2);
            });
    assertThat(events.get(0))
        .containsAllEntriesOf(
            Map.of(
                "kind",
                "redaction",
                "ts",
                Call.T0.plusSeconds(7),
                "message_index",
                -1,
                "field",
                "user",
                "pass",
                "lexicon",
                "entity_kind",
                "PHONE",
                "span_start",
                0,
                "span_end",
                12,
                "confidence",
                0.7,
                "action",
                "redact"))
        .containsEntry("token_kind", "REDACTED")
        .containsEntry("kid", null)
        .containsEntry("reason", null)
        .containsEntry("count", 1);
    assertThat(events.get(1))
        .containsAllEntriesOf(
            Map.of(
                "kind", "redaction",
                "message_index", 3,
                "field", "tool_arguments",
                "pass", "ner",
                "entity_kind", "NAME",
                "span_start", 5,
                "span_end", 9,
                "action", "passthrough"))
        .containsEntry("token_kind", null);
    assertThat(events.get(2))
        .containsAllEntriesOf(
            Map.of(
                "kind", "rehydration_failed",
                "ts", Call.T0.plusMillis(7_500),
                "entity_kind", "NAME",
                "token_kind", "MSKV1",
                "kid", "K_HEALTHCARE",
                "reason", "not_found"))
        .containsEntry("field", null)
        .containsEntry("pass", null)
        .containsEntry("span_start", null)
        .containsEntry("action", null)
        .containsEntry("count", 1);
  }

  @Test
  void values_of_one_description_in_a_turn_are_one_event_row_with_their_count()
      throws SQLException {
    // One large message naming 10,000 values of three kinds, interleaved: three rows, not 10,000.
    var call = Call.named();
    var kinds = List.of(NAME, PHONE, EMAIL);
    var redactions = new ArrayList<FieldMaskEvent>();
    for (int i = 0; i < 10_000; i++) {
      var kind = kinds.get(i % 7 < 4 ? 0 : i % 7 < 6 ? 1 : 2);
      int start = 100 * i;
      redactions.add(
          new FieldMaskEvent(
              1,
              "content",
              new MaskEvent(
                  kind,
                  start,
                  start + 12,
                  Pass.REGEX,
                  0.5 + (i % 5) / 10.0,
                  Action.TOKENIZE,
                  "MSKV1",
                  "K_HEALTHCARE")));
    }
    // The same kind elsewhere is a row of its own: another message, another field.
    redactions.add(
        new FieldMaskEvent(
            2,
            "content",
            new MaskEvent(NAME, 3, 9, Pass.NER, 0.8, Action.TOKENIZE, "MSKV1", "K_HEALTHCARE")));
    redactions.add(
        new FieldMaskEvent(
            1,
            "name",
            new MaskEvent(NAME, 0, 6, Pass.NER, 0.8, Action.TOKENIZE, "MSKV1", "K_HEALTHCARE")));
    var lost =
        new RehydrationFailure(
            PHONE, TokenScheme.MSKV1, "K_HEALTHCARE", RehydrationFailure.Reason.NOT_FOUND);
    var turn = call.turn(0, OK, redactions, List.of(lost, lost, lost));

    writer.write(List.of(turn));

    var session = rows.session(call);
    var events = rows.events(session.get("id"));
    assertThat(events)
        .extracting(
            event -> event.get("kind"),
            event -> event.get("message_index"),
            event -> event.get("field"),
            event -> event.get("entity_kind"),
            event -> event.get("count"))
        .containsExactly(
            tuple("redaction", 1, "content", "NAME", 5_716),
            tuple("redaction", 1, "content", "PHONE", 2_856),
            tuple("redaction", 1, "content", "EMAIL", 1_428),
            tuple("redaction", 2, "content", "NAME", 1),
            tuple("redaction", 1, "name", "NAME", 1),
            tuple("rehydration_failed", null, null, "PHONE", 3));
    // Each row keeps the span and confidence of the first value it stands for.
    assertThat(events.get(1))
        .containsEntry("span_start", 400)
        .containsEntry("span_end", 412)
        .containsEntry("confidence", 0.9);
    assertThat(events.subList(0, 3).stream().mapToInt(event -> (int) event.get("count")).sum())
        .isEqualTo(10_000);
    // The session and the turn count values, not rows.
    assertThat(session).containsEntry("redaction_count", 10_002);
    assertThat(rows.redactionsByKind(session.get("id")))
        .containsExactly(entry("EMAIL", 1_428L), entry("NAME", 5_718L), entry("PHONE", 2_856L));
    assertThat(rows.turns(session.get("id")))
        .extracting(row -> row.get("redaction_count"))
        .containsExactly(10_002);
  }

  @Test
  void a_turn_masked_without_the_model_says_why_on_its_row_and_in_an_event() throws SQLException {
    var call = Call.named();
    var withModel = call.turn(0, OK, PHONE);
    var without = call.turnWithoutModel(3, ModelUnanswered.TIMEOUT, 2);
    writer.write(List.of(withModel, without));

    assertThat(rows.turns(withModel.session().value()))
        .extracting(row -> row.get("model_pass_skipped"))
        .containsExactly(null, "timeout");
    var skips =
        rows.events(withModel.session().value()).stream()
            .filter(event -> "model_pass_skipped".equals(event.get("kind")))
            .toList();
    assertThat(skips)
        .singleElement()
        .satisfies(
            event ->
                assertThat(event)
                    .containsEntry("turn", 2)
                    .containsEntry("ts", Call.T0.plusSeconds(3))
                    .containsEntry("pass", "ner")
                    .containsEntry("reason", "timeout")
                    .containsEntry("count", 2)
                    .containsEntry("entity_kind", null)
                    .containsEntry("span_start", null));
  }

  @Test
  void turns_and_events_have_no_column_that_could_hold_text_of_the_conversation() {
    assertThat(columns("session_events"))
        .containsOnlyKeys(
            "id",
            "session_id",
            "account_id",
            "agent_id",
            "kind",
            "ts",
            "turn",
            "message_index",
            "field",
            "pass",
            "span_start",
            "span_end",
            "confidence",
            "action",
            "entity_kind",
            "token_kind",
            "kid",
            "reason",
            "count",
            // Events of the account (ADR 0042): the user who acted, the names of changed fields.
            "actor_id",
            "changed_fields",
            // The audit chain (ADR 0047): the place in the account's chain, and an HMAC.
            "seq",
            "chain_hash");
    assertThat(columns("turns"))
        .containsOnlyKeys(
            "session_id",
            "turn",
            "started_at",
            "ended_at",
            "outcome",
            "status",
            "redaction_count",
            "detection_ns",
            "tokenize_ns",
            "upstream_ns",
            "rehydrate_ns",
            "model_pass_skipped");
    for (var table : List.of("session_events", "turns")) {
      columns(table)
          .forEach(
              (column, type) -> {
                if (type.equals("text") || type.equals("text[]")) {
                  assertThat(constrained(table, column))
                      .as("%s.%s is text: a check or a foreign key must bound it", table, column)
                      .isTrue();
                } else {
                  assertThat(type)
                      .as("%s.%s", table, column)
                      .isIn(
                          Set.of(
                              "integer",
                              "bigint",
                              "double precision",
                              "timestamp with time zone",
                              "bytea"));
                }
              });
    }
  }

  @Test
  void not_getting_a_connection_is_worth_retrying_whatever_the_driver_calls_it() {
    // A connection attempt the pool cuts short (a frozen server) comes back as SQLSTATE 99999,
    // which is not a refusal of the rows: the writer must retry, not drop them one by one.
    var cutShort =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  throw new SQLException("connection attempt cut short", "99999");
                });

    var failure =
        catchThrowableOfType(
            SQLException.class,
            () ->
                new TurnBatchWriter(
                        cutShort, new MonotonicUlids(), new ChainAppender(TestChainKey.KEY))
                    .write(List.of(Call.named().turn(0, OK, PHONE))));

    assertThat(TurnBatchWriter.worthRetrying(failure)).isTrue();
  }

  private Map<String, String> columns(String table) {
    var columns = new java.util.TreeMap<String, String>();
    for (var row :
        rows.query(
            "select attname::text as name, format_type(atttypid, atttypmod) as type"
                + " from pg_attribute where attrelid = ?::regclass and attnum > 0"
                + " and not attisdropped",
            table)) {
      columns.put((String) row.get("name"), (String) row.get("type"));
    }
    return columns;
  }

  private boolean constrained(String table, String column) {
    return !rows.query(
            "select 1 from pg_constraint c join pg_attribute a"
                + " on a.attrelid = c.conrelid and a.attnum = any(c.conkey)"
                + " where c.conrelid = ?::regclass and a.attname = ? and c.contype in ('c', 'f')",
            table,
            column)
        .isEmpty();
  }
}
