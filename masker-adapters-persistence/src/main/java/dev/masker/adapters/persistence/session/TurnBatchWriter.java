package dev.masker.adapters.persistence.session;

import dev.masker.adapters.persistence.audit.ChainAppender;
import dev.masker.domain.audit.EventJson;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.session.CallMark;
import dev.masker.domain.session.KeptPayloads;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.session.SessionRecord;
import dev.masker.domain.session.TurnRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Writes a batch of turn records in one transaction, with one JDBC batch per table: the session
 * rows (upserted, counts added), the turns (numbered after the session's previous turns) and the
 * events, one row per group of values that read the same ({@link TurnEvents}), one for a turn
 * masked without the model's answer and one per call mark ({@code call_started}, {@code
 * call_ended}, which belong to no turn). Session and turn counts are counts of values, not of event
 * rows. Each event is hashed into its account's audit chain and inserted with its place there
 * ({@link ChainAppender}), whatever its kind. Only the writer thread calls it.
 */
final class TurnBatchWriter {
  private static final String SESSION_COLUMNS =
      "insert into sessions as s (id, agent_id, account_id, agent_name, external_id, started_at,"
          + " ended_at, status, turn_count, failed_turn_count, redaction_count,"
          + " redactions_by_kind, upstream_model, policy_name, policy_version, detection_ns,"
          + " tokenize_ns, upstream_ns, rehydrate_ns)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)";
  private static final String ADD_UP =
      " do update set started_at = least(s.started_at, excluded.started_at),"
          + " ended_at = greatest(s.ended_at, excluded.ended_at),"
          // A side without turns (a session opened by a call mark, or a batch of marks alone)
          // has no say in the status.
          + " status = case when excluded.turn_count = 0 then s.status"
          + " when s.turn_count = 0 or s.status = excluded.status then excluded.status"
          + " else 'partial' end,"
          + " turn_count = s.turn_count + excluded.turn_count,"
          + " failed_turn_count = s.failed_turn_count + excluded.failed_turn_count,"
          + " redaction_count = s.redaction_count + excluded.redaction_count,"
          + " redactions_by_kind ="
          + " masker_sum_counts(s.redactions_by_kind, excluded.redactions_by_kind),"
          + " upstream_model = coalesce(s.upstream_model, excluded.upstream_model),"
          + " detection_ns = s.detection_ns + excluded.detection_ns,"
          + " tokenize_ns = s.tokenize_ns + excluded.tokenize_ns,"
          + " upstream_ns = s.upstream_ns + excluded.upstream_ns,"
          + " rehydrate_ns = s.rehydrate_ns + excluded.rehydrate_ns";
  private static final String UPSERT_CALL =
      SESSION_COLUMNS
          + " on conflict (agent_id, external_id) where external_id is not null"
          + ADD_UP;
  private static final String UPSERT_ID = SESSION_COLUMNS + " on conflict (id)" + ADD_UP;
  private static final String[] STORED = {"id", "turn_count"};
  private static final String INSERT_TURN =
      "insert into turns (session_id, turn, started_at, ended_at, outcome, status,"
          + " redaction_count, detection_ns, tokenize_ns, upstream_ns, rehydrate_ns,"
          + " model_pass_skipped)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * The columns of an event row as the turn log fills them: every column the chain covers but the
   * place it gives ({@code seq}) and those of account events (who acted, what changed).
   */
  private static final List<String> EVENT_COLUMNS =
      EventJson.COLUMNS.stream()
          .filter(column -> !Set.of("seq", "actor_id", "changed_fields").contains(column))
          .toList();

  private static final String INSERT_EVENT =
      "insert into session_events ("
          + String.join(", ", EVENT_COLUMNS)
          + ", seq, chain_hash) values ("
          + "?, ".repeat(EVENT_COLUMNS.size() + 1)
          + "?)";

  private static final String INSERT_PAYLOADS =
      "insert into turn_payloads (session_id, turn, created_at, kid, request, masked, response)"
          + " values (?, ?, ?, ?, ?, ?, ?)";

  private static final Logger LOG = Logger.getLogger(TurnBatchWriter.class);

  /** SQLSTATE classes of a database that is away, overloaded or shutting down. */
  private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "40", "53", "57", "58");

  private static final int QUERY_TIMEOUT_SECONDS = 30;

  /**
   * How long a read waits for the database before the connection is given up: a server that stopped
   * answering (frozen, or a host gone without a reset) would otherwise hold the writer for good.
   * Longer than the query timeout, which cancels a slow statement on a server that still answers.
   */
  private static final int NETWORK_TIMEOUT_MILLIS = 60_000;

  private static final Executor IN_PLACE = Runnable::run;

  private final DataSource dataSource;
  private final IdGenerator ids;
  private final ChainAppender chain;

  TurnBatchWriter(DataSource dataSource, IdGenerator ids, ChainAppender chain) {
    this.dataSource = dataSource;
    this.ids = ids;
    this.chain = chain;
  }

  /**
   * Whether writing the same batch again may succeed: the connection failed or the database was
   * unavailable, rather than the database refusing these rows.
   */
  static boolean worthRetrying(SQLException e) {
    if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
      return true;
    }
    var state = e.getSQLState();
    return state == null
        || state.length() < 2
        || UNAVAILABLE_CLASSES.contains(state.substring(0, 2));
  }

  /** Writes every record of {@code batch}, or none of them. */
  void write(List<? extends SessionRecord> batch) throws SQLException {
    var sessions = SessionTally.of(batch);
    var connection = connect();
    try {
      connection.setNetworkTimeout(IN_PLACE, NETWORK_TIMEOUT_MILLIS);
      connection.setAutoCommit(false);
      var stored = upsertSessions(connection, sessions);
      insertTurns(connection, sessions, stored);
      insertEvents(connection, sessions, stored);
      insertPayloads(connection, sessions, stored);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(connection);
      throw e;
    } finally {
      releaseQuietly(connection);
    }
  }

  /** The row a tally went into: its id and its first turn number in this batch. */
  private record Stored(String sessionId, int firstTurn) {}

  private List<Stored> upsertSessions(Connection connection, List<SessionTally> sessions)
      throws SQLException {
    var stored = new ArrayList<Stored>(sessions.size());
    var byCall = sessions.stream().filter(SessionTally::keyedByCall).toList();
    var byId = sessions.stream().filter(tally -> !tally.keyedByCall()).toList();
    upsert(connection, UPSERT_CALL, byCall, stored);
    upsert(connection, UPSERT_ID, byId, stored);
    return stored;
  }

  private void upsert(
      Connection connection, String sql, List<SessionTally> sessions, List<Stored> stored)
      throws SQLException {
    if (sessions.isEmpty()) {
      return;
    }
    try (var upsert = connection.prepareStatement(sql, STORED)) {
      upsert.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      for (var tally : sessions) {
        bindSession(upsert, tally);
        upsert.addBatch();
      }
      upsert.executeBatch();
      try (var rows = upsert.getGeneratedKeys()) {
        for (var tally : sessions) {
          if (!rows.next()) {
            throw new SQLException("the session upsert returned fewer rows than it was given");
          }
          int turnCount = rows.getInt(2);
          stored.add(new Stored(rows.getString(1), turnCount - tally.turns().size() + 1));
        }
      }
    }
  }

  private static void bindSession(PreparedStatement upsert, SessionTally tally)
      throws SQLException {
    var first = tally.first();
    upsert.setString(1, first.session().value());
    upsert.setString(2, first.agentId().value());
    upsert.setString(3, first.accountId().value());
    upsert.setString(4, first.agentName());
    upsert.setString(5, first.externalId().orElse(null));
    upsert.setObject(6, utc(tally.startedAt()));
    upsert.setObject(7, utc(tally.endedAt()));
    upsert.setString(8, tally.status());
    upsert.setInt(9, tally.turns().size());
    upsert.setInt(10, tally.failedTurns());
    upsert.setInt(11, tally.redactions());
    upsert.setString(12, tally.redactionsByKindJson());
    upsert.setString(13, tally.upstreamModel());
    upsert.setString(14, first.policyName());
    upsert.setInt(15, first.policyVersion());
    var durations = tally.durations();
    upsert.setLong(16, durations.detection());
    upsert.setLong(17, durations.tokenize());
    upsert.setLong(18, durations.upstream());
    upsert.setLong(19, durations.rehydrate());
  }

  private static void insertTurns(
      Connection connection, List<SessionTally> sessions, List<Stored> stored) throws SQLException {
    try (var insert = connection.prepareStatement(INSERT_TURN)) {
      insert.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      for (int i = 0; i < sessions.size(); i++) {
        int number = stored.get(i).firstTurn();
        for (var turn : sessions.get(i).turns()) {
          insert.setString(1, stored.get(i).sessionId());
          insert.setInt(2, number++);
          insert.setObject(3, utc(turn.startedAt()));
          insert.setObject(4, utc(turn.endedAt()));
          insert.setString(5, turn.outcome().name().toLowerCase(Locale.ROOT));
          insert.setInt(6, turn.status());
          insert.setInt(7, turn.redactions().size());
          insert.setLong(8, turn.durations().detection());
          insert.setLong(9, turn.durations().tokenize());
          insert.setLong(10, turn.durations().upstream());
          insert.setLong(11, turn.durations().rehydrate());
          insert.setString(
              12, turn.modelPassSkipped().map(skip -> skip.reason().label()).orElse(null));
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /**
   * The batch's events, each hashed into its account's chain and inserted with its place there: the
   * heads of the accounts are locked first (in the order of their ids) and moved after.
   */
  private void insertEvents(Connection connection, List<SessionTally> sessions, List<Stored> stored)
      throws SQLException {
    var rows = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < sessions.size(); i++) {
      var sessionId = stored.get(i).sessionId();
      int number = stored.get(i).firstTurn();
      for (var record : sessions.get(i).records()) {
        if (record instanceof CallMark mark) {
          var row = event(sessionId, mark, null, mark.kind().eventKind(), mark.at());
          row.put("count", 1);
          rows.add(row);
          continue;
        }
        var turn = (TurnRecord) record;
        for (var group : TurnEvents.redactions(turn)) {
          rows.add(redaction(sessionId, turn, number, group.first(), group.count()));
        }
        for (var group : TurnEvents.failures(turn)) {
          var failure = group.failure();
          var row = event(sessionId, turn, number, "rehydration_failed", turn.endedAt());
          row.put("entity_kind", failure.kind().name());
          row.put("token_kind", failure.scheme().name());
          row.put("kid", failure.kid());
          row.put("reason", failure.reason().name().toLowerCase(Locale.ROOT));
          row.put("count", group.count());
          rows.add(row);
        }
        var skip = turn.modelPassSkipped();
        if (skip.isPresent()) {
          var row = event(sessionId, turn, number, "model_pass_skipped", turn.startedAt());
          row.put("pass", "ner");
          row.put("reason", skip.get().reason().label());
          row.put("count", skip.get().texts());
          rows.add(row);
        }
        number++;
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    var accounts = new TreeSet<String>();
    rows.forEach(row -> accounts.add((String) row.get("account_id")));
    var heads = chain.lock(connection, accounts);
    try (var insert = connection.prepareStatement(INSERT_EVENT)) {
      insert.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      for (var row : rows) {
        var link = heads.link((String) row.get("account_id"), row);
        for (int column = 0; column < EVENT_COLUMNS.size(); column++) {
          bind(insert, column + 1, row.get(EVENT_COLUMNS.get(column)));
        }
        insert.setLong(EVENT_COLUMNS.size() + 1, link.seq());
        insert.setBytes(EVENT_COLUMNS.size() + 2, link.hash());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    heads.move(connection);
  }

  /**
   * The payloads of turns whose policy keeps them, sealed here, where the session and the turn's
   * number are known. A turn whose key is gone keeps none: counted in the log, never in clear.
   */
  private static void insertPayloads(
      Connection connection, List<SessionTally> sessions, List<Stored> stored) throws SQLException {
    int unsealed = 0;
    try (var insert = connection.prepareStatement(INSERT_PAYLOADS)) {
      insert.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      boolean any = false;
      for (int i = 0; i < sessions.size(); i++) {
        var session = new SessionId(stored.get(i).sessionId());
        int number = stored.get(i).firstTurn();
        for (var turn : sessions.get(i).turns()) {
          int current = number++;
          if (turn.payloads().isEmpty()) {
            continue;
          }
          KeptPayloads.Sealed sealed;
          try {
            sealed = turn.payloads().get().seal(session, current);
          } catch (RuntimeException keyGone) {
            unsealed++;
            continue;
          }
          insert.setString(1, session.value());
          insert.setInt(2, current);
          insert.setObject(3, utc(turn.endedAt()));
          insert.setString(4, turn.payloads().get().kid());
          insert.setBytes(5, sealed.request());
          insert.setBytes(6, sealed.masked());
          insert.setBytes(7, sealed.response());
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
    if (unsealed > 0) {
      LOG.warnf(
          "payloads of %d turns not kept: their policy's key is not on this server", unsealed);
    }
  }

  private Map<String, Object> redaction(
      String sessionId, TurnRecord turn, int number, FieldMaskEvent redaction, int count) {
    var event = redaction.event();
    var row = event(sessionId, turn, number, "redaction", turn.startedAt());
    row.put("message_index", redaction.messageIndex());
    row.put("field", redaction.field());
    row.put("pass", event.pass().wireName());
    row.put("span_start", event.start());
    row.put("span_end", event.end());
    // Stored as the audit chain writes it (six digits), so that the hash covers the stored value.
    row.put("confidence", EventJson.rounded(event.confidence()));
    row.put("action", event.action().wireName());
    row.put("entity_kind", event.kind().name());
    row.put("token_kind", event.tokenKind());
    row.put("kid", event.kid());
    row.put("count", count);
    return row;
  }

  /**
   * The columns every event has, as stored: the time at the microsecond PostgreSQL keeps, so that
   * the chain hashes exactly what the row holds. {@code number} is null for a call mark, which
   * belongs to no turn.
   */
  private Map<String, Object> event(
      String sessionId, SessionRecord record, Integer number, String kind, Instant at) {
    var row = new HashMap<String, Object>();
    row.put("id", "evt_" + ids.newUlid());
    row.put("session_id", sessionId);
    row.put("account_id", record.accountId().value());
    row.put("agent_id", record.agentId().value());
    row.put("kind", kind);
    row.put("ts", at.truncatedTo(ChronoUnit.MICROS));
    row.put("turn", number);
    return row;
  }

  private static void bind(PreparedStatement insert, int index, Object value) throws SQLException {
    if (value instanceof String text) {
      insert.setString(index, text);
    } else if (value instanceof Integer number) {
      insert.setInt(index, number);
    } else if (value instanceof Double number) {
      insert.setDouble(index, number);
    } else if (value instanceof Instant instant) {
      insert.setObject(index, utc(instant));
    } else if (value == null) {
      insert.setNull(index, Types.NULL);
    } else {
      throw new IllegalArgumentException("no column type for " + value.getClass().getSimpleName());
    }
  }

  private static Object utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * A connection from the pool. Not getting one is never a refusal of these rows, whatever the
   * driver calls it (a connection attempt the pool cut short comes back as SQLSTATE 99999): the
   * batch is worth retrying.
   */
  private Connection connect() throws SQLException {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new SQLTransientConnectionException("no connection to the database", "08001", e);
    }
  }

  /** Never fails a batch that has committed: the pool drops a connection it cannot reuse. */
  private static void releaseQuietly(Connection connection) {
    try {
      connection.setAutoCommit(true);
      connection.setNetworkTimeout(IN_PLACE, 0);
    } catch (SQLException broken) {
      // closed below all the same
    }
    try {
      connection.close();
    } catch (SQLException broken) {
      // nothing more to release
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException alreadyBroken) {
      // the connection is gone, and the transaction with it
    }
  }
}
