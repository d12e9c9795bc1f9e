package dev.masker.adapters.persistence.session;

import dev.masker.application.page.Keyset;
import dev.masker.application.port.out.SessionRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.RecordedTurn;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.session.SessionStatus;
import dev.masker.domain.session.StageDurations;
import dev.masker.domain.session.TurnOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the rows the turn log writes ({@code sessions}, {@code turns}, {@code session_events}) in
 * the caller's transaction, every query scoped to one account. Lists are keyset pages on the
 * indexes of V12 ({@code docs/benchmarks.md}, "Session list").
 */
@ApplicationScoped
public class PostgresSessionRepository implements SessionRepository {
  private static final String SESSION_COLUMNS =
      "select id, agent_id, agent_name, external_id, started_at, ended_at, status, turn_count,"
          + " redaction_count, redactions_by_kind::text, upstream_model, policy_name,"
          + " policy_version, detection_ns, tokenize_ns, upstream_ns, rehydrate_ns"
          + " from sessions where account_id = :account";
  private static final String TURNS =
      "select t.turn, t.started_at, t.ended_at, t.outcome, t.status, t.redaction_count,"
          + " t.detection_ns, t.tokenize_ns, t.upstream_ns, t.rehydrate_ns, t.model_pass_skipped"
          + " from turns t join sessions s on s.id = t.session_id"
          + " where s.id = :session and s.account_id = :account order by t.turn";
  private static final String EVENTS =
      "select id, session_id, kind, ts, turn, message_index, field, pass, span_start, span_end,"
          + " confidence, action, entity_kind, token_kind, kid, reason, count"
          + " from session_events where session_id = :session and account_id = :account";

  private final EntityManager entities;

  public PostgresSessionRepository(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public List<RecordedSession> list(
      AccountId account, Criteria criteria, Optional<Keyset> after, int limit) {
    var query = listQuery(account, criteria, after, limit);
    return rows(query.sql(), query.parameters()).stream()
        .map(PostgresSessionRepository::session)
        .toList();
  }

  /** A native query and its named parameters. */
  record NativeQuery(String sql, Map<String, Object> parameters) {}

  /** The query of one page of the session list (the session list benchmark explains it). */
  static NativeQuery listQuery(
      AccountId account, Criteria criteria, Optional<Keyset> after, int limit) {
    var sql = new StringBuilder(SESSION_COLUMNS).append(" and started_at >= :since");
    var parameters = new HashMap<String, Object>();
    parameters.put("account", account.value());
    parameters.put("since", criteria.since());
    criteria
        .status()
        .ifPresent(
            status -> {
              sql.append(" and status = :status");
              parameters.put("status", status.wireName());
            });
    criteria
        .agent()
        .ifPresent(
            agent -> {
              sql.append(" and agent_id = :agent");
              parameters.put("agent", agent.value());
            });
    if (criteria.minRedactions() > 0) {
      sql.append(" and redaction_count >= :min");
      parameters.put("min", criteria.minRedactions());
    }
    criteria
        .externalIdHash()
        .ifPresent(
            hash -> {
              sql.append(" and external_id = :external");
              parameters.put("external", hash);
            });
    after.ifPresent(
        keyset -> {
          sql.append(" and (started_at, id) < (:time, :id)");
          parameters.put("time", keyset.createdAt());
          parameters.put("id", keyset.id());
        });
    sql.append(" order by started_at desc, id desc limit :limit");
    parameters.put("limit", limit);
    return new NativeQuery(sql.toString(), parameters);
  }

  @Override
  public Optional<RecordedSession> find(AccountId account, SessionId id) {
    return rows(
            SESSION_COLUMNS + " and id = :id", Map.of("account", account.value(), "id", id.value()))
        .stream()
        .findFirst()
        .map(PostgresSessionRepository::session);
  }

  @Override
  public List<RecordedTurn> turns(AccountId account, SessionId id) {
    return rows(TURNS, Map.of("account", account.value(), "session", id.value())).stream()
        .map(PostgresSessionRepository::turn)
        .toList();
  }

  @Override
  public List<RecordedEvent> events(
      AccountId account, SessionId id, Optional<Keyset> after, int limit) {
    var sql = new StringBuilder(EVENTS);
    var parameters = new HashMap<String, Object>();
    parameters.put("account", account.value());
    parameters.put("session", id.value());
    after.ifPresent(
        keyset -> {
          sql.append(" and (ts, id) > (:time, :id)");
          parameters.put("time", keyset.createdAt());
          parameters.put("id", keyset.id());
        });
    sql.append(" order by ts, id limit :limit");
    parameters.put("limit", limit);
    return rows(sql.toString(), parameters).stream().map(PostgresSessionRepository::event).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Map<String, Object> parameters) {
    Query query = entities.createNativeQuery(sql);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  private static RecordedSession session(Object[] row) {
    return new RecordedSession(
        new SessionId((String) row[0]),
        new AgentId((String) row[1]),
        (String) row[2],
        Optional.ofNullable((String) row[3]),
        SessionColumns.instant(row[4]),
        SessionColumns.instant(row[5]),
        SessionStatus.fromWireName((String) row[6]),
        SessionColumns.integer(row[7]),
        SessionColumns.integer(row[8]),
        SessionColumns.counts((String) row[9]),
        Optional.ofNullable((String) row[10]),
        (String) row[11],
        SessionColumns.integer(row[12]),
        durations(row, 13));
  }

  private static RecordedTurn turn(Object[] row) {
    return new RecordedTurn(
        SessionColumns.integer(row[0]),
        SessionColumns.instant(row[1]),
        SessionColumns.instant(row[2]),
        TurnOutcome.valueOf(((String) row[3]).toUpperCase(Locale.ROOT)),
        SessionColumns.integer(row[4]),
        SessionColumns.integer(row[5]),
        durations(row, 6),
        Optional.ofNullable((String) row[10]));
  }

  private static RecordedEvent event(Object[] row) {
    return new RecordedEvent(
        (String) row[0],
        new SessionId((String) row[1]),
        (String) row[2],
        SessionColumns.instant(row[3]),
        SessionColumns.nullableInteger(row[4]),
        SessionColumns.nullableInteger(row[5]),
        (String) row[6],
        (String) row[7],
        SessionColumns.nullableInteger(row[8]),
        SessionColumns.nullableInteger(row[9]),
        SessionColumns.nullableDouble(row[10]),
        (String) row[11],
        (String) row[12],
        (String) row[13],
        (String) row[14],
        (String) row[15],
        SessionColumns.integer(row[16]));
  }

  private static StageDurations durations(Object[] row, int first) {
    return new StageDurations(
        SessionColumns.longValue(row[first]),
        SessionColumns.longValue(row[first + 1]),
        SessionColumns.longValue(row[first + 2]),
        SessionColumns.longValue(row[first + 3]));
  }
}
