package dev.masker.adapters.persistence.retention;

import dev.masker.domain.common.MonotonicUlids;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/** Rows planted straight into the database, of any age, for retention to find. */
final class Seed {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  private final DataSource dataSource;

  Seed(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  static String id(String prefix) {
    return prefix + IDS.newUlid();
  }

  String account() {
    var id = id("acc_");
    update(
        "insert into accounts (id, name, plan, created_at) values (?, 'Retention test', 'free', ?)",
        id,
        utc(Instant.parse("2000-01-01T00:00:00Z")));
    return id;
  }

  /** An agent of {@code account} with its own policy YAML, or the built-in one when empty. */
  String agent(String account, Optional<String> policyYaml) {
    var id = id("agt_");
    var name = "agent " + id;
    var at = utc(Instant.parse("2000-01-01T00:00:00Z"));
    update(
        "insert into agents (id, account_id, name, name_folded, upstream, tokenization,"
            + " policy_name, policy_version, policy_yaml, created_at, updated_at)"
            + " values (?, ?, ?, ?, 'stub', 'vault-deterministic', ?, 1, ?, ?, ?)",
        id,
        account,
        name,
        name,
        policyYaml.isPresent() ? "retention-test" : "healthcare-default",
        policyYaml.orElse(null),
        at,
        at);
    return id;
  }

  /** A session of one turn that ended at {@code endedAt}, named by the call's hash when given. */
  String session(String account, String agent, Optional<String> externalId, Instant endedAt) {
    var id = id("sess_");
    update(
        "insert into sessions (id, agent_id, account_id, agent_name, external_id, started_at,"
            + " ended_at, status, turn_count, failed_turn_count, redaction_count,"
            + " redactions_by_kind, policy_name, policy_version, detection_ns, tokenize_ns,"
            + " upstream_ns, rehydrate_ns)"
            + " values (?, ?, ?, 'agent', ?, ?, ?, 'ok', 1, 0, 0, '{}'::jsonb,"
            + " 'healthcare-default', 1, 0, 0, 0, 0)",
        id,
        agent,
        account,
        externalId.orElse(null),
        utc(endedAt.minusSeconds(60)),
        utc(endedAt));
    update(
        "insert into turns (session_id, turn, started_at, ended_at, outcome, status,"
            + " redaction_count, detection_ns, tokenize_ns, upstream_ns, rehydrate_ns)"
            + " values (?, 1, ?, ?, 'ok', 200, 0, 0, 0, 0, 0)",
        id,
        utc(endedAt.minusSeconds(60)),
        utc(endedAt));
    return id;
  }

  void vaultRow(String scope, String token, Instant createdAt) {
    update(
        "insert into token_vault (scope, token, sealed, created_at) values (?, ?, ?, ?)",
        scope,
        token,
        new byte[] {1, 2, 3},
        utc(createdAt));
  }

  void payload(String session, Instant createdAt) {
    update(
        "insert into turn_payloads (session_id, turn, created_at, kid, request, masked, response)"
            + " values (?, 1, ?, 'K', ?, ?, ?)",
        session,
        utc(createdAt),
        new byte[] {1},
        new byte[] {2},
        new byte[] {3});
  }

  String event(String account, String agent, String session, Instant ts) {
    var id = id("evt_");
    update(
        "insert into session_events (id, session_id, account_id, agent_id, kind, ts, turn,"
            + " entity_kind, reason) values (?, ?, ?, ?, 'rehydration_failed', ?, 1, 'NAME',"
            + " 'not_found')",
        id,
        session,
        account,
        agent,
        utc(ts));
    return id;
  }

  long count(String sql, Object... parameters) {
    try (var connection = dataSource.getConnection();
        var select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (var rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean exists(String table, String column, String value) {
    return count("select count(*) from " + table + " where " + column + " = ?", value) > 0;
  }

  private void update(String sql, Object... parameters) {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
