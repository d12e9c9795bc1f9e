package dev.masker.adapters.persistence.retention;

import dev.masker.application.port.out.RetentionStore;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.audit.ChainKey;
import dev.masker.domain.audit.RetentionCheckpoint;
import dev.masker.domain.masking.policy.PolicyRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The deletes of one retention run, on the connection that holds the lock: each a batch of at most
 * {@code limit} rows in a transaction of its own.
 */
final class RetentionSweep implements RetentionStore.Sweep {
  private static final int QUERY_TIMEOUT_SECONDS = 60;

  private static final String OLD_SESSIONS =
      "select id, agent_id || '/' || coalesce(external_id, id) from sessions"
          + " where ended_at < ? order by ended_at limit ? for update skip locked";
  private static final String SESSIONLESS_VAULT_ROWS =
      "delete from token_vault where (scope, token) in ("
          + " select v.scope, v.token from token_vault v where v.created_at < ?"
          + " and not exists (select 1 from sessions s where s.id = split_part(v.scope, '/', 2))"
          + " and not exists (select 1 from sessions s"
          + "  where s.agent_id = split_part(v.scope, '/', 1)"
          + "  and s.external_id = split_part(v.scope, '/', 2))"
          + " limit ?)";
  private static final String OLD_PAYLOADS =
      "delete from turn_payloads where (session_id, turn) in ("
          + " select session_id, turn from turn_payloads where created_at < ? limit ?)";

  private static final String ALLOW_DELETES =
      "select set_config('masker.audit_retention', 'on', true)";
  private static final String RECORD_CHECKPOINT =
      "insert into audit_retention_checkpoints"
          + " (account_id, first_seq, last_seq, last_hash, seal, created_at)"
          + " values (?, ?, ?, ?, ?, now())";

  private final Connection connection;
  private final ChainKey chainKey;

  RetentionSweep(Connection connection, ChainKey chainKey) {
    this.connection = connection;
    this.chainKey = chainKey;
  }

  @Override
  public List<RetentionStore.AgentPolicy> agents() {
    try (var select =
        connection.prepareStatement(
            "select id, account_id, policy_name, policy_version, policy_yaml from agents")) {
      select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      var agents = new ArrayList<RetentionStore.AgentPolicy>();
      try (var rows = select.executeQuery()) {
        while (rows.next()) {
          agents.add(
              new RetentionStore.AgentPolicy(
                  new AgentId(rows.getString(1)),
                  new AccountId(rows.getString(2)),
                  new PolicyRef(rows.getString(3), rows.getInt(4)),
                  Optional.ofNullable(rows.getString(5))));
        }
      }
      return agents;
    } catch (SQLException e) {
      throw PostgresRetentionStore.unavailable(e);
    }
  }

  @Override
  public RetentionStore.SessionsDeleted deleteSessionsEndedBefore(Instant cutoff, int limit) {
    return inTransaction(
        () -> {
          var ids = new ArrayList<String>();
          var scopes = new ArrayList<String>();
          try (var select = prepare(OLD_SESSIONS)) {
            select.setObject(1, utc(cutoff));
            select.setInt(2, limit);
            try (var rows = select.executeQuery()) {
              while (rows.next()) {
                ids.add(rows.getString(1));
                scopes.add(rows.getString(2));
              }
            }
          }
          if (ids.isEmpty()) {
            return new RetentionStore.SessionsDeleted(0, 0, 0, 0);
          }
          int payloads = deleteAny("delete from turn_payloads where session_id = any(?)", ids);
          int turns = deleteAny("delete from turns where session_id = any(?)", ids);
          int vaultRows = deleteAny("delete from token_vault where scope = any(?)", scopes);
          int sessions = deleteAny("delete from sessions where id = any(?)", ids);
          return new RetentionStore.SessionsDeleted(sessions, turns, vaultRows, payloads);
        });
  }

  @Override
  public int deleteSessionlessVaultRowsBefore(Instant cutoff, int limit) {
    return deleteBefore(SESSIONLESS_VAULT_ROWS, cutoff, limit);
  }

  @Override
  public int deletePayloadsBefore(Instant cutoff, int limit) {
    return deleteBefore(OLD_PAYLOADS, cutoff, limit);
  }

  // Audit events: deleted here and nowhere else (AuditEventRetention decides the cutoffs).

  @Override
  public int deleteEventsBefore(AgentId agent, Instant cutoff, int limit) {
    return inTransaction(
        () -> {
          try (var delete =
              prepareChainedDelete(
                  "delete from session_events where id in (select id from session_events"
                      + " where agent_id = ? and ts < ? limit ?)")) {
            delete.setString(1, agent.value());
            delete.setObject(2, utc(cutoff));
            delete.setInt(3, limit);
            return deleteChained(delete);
          }
        });
  }

  @Override
  public int deleteEventsOfDeletedAgentsBefore(
      Optional<AccountId> account, Set<AccountId> except, Instant cutoff, int limit) {
    var accounts =
        account.isPresent()
            ? List.of(account.get().value())
            : except.stream().map(AccountId::value).toList();
    return inTransaction(
        () -> {
          try (var delete =
              prepareChainedDelete(
                  "delete from session_events where id in (select e.id from session_events e"
                      + " where e.ts < ? and "
                      + (account.isPresent() ? "e.account_id = any(?)" : "e.account_id <> all(?)")
                      + " and not exists (select 1 from agents a where a.id = e.agent_id)"
                      + " limit ?)")) {
            delete.setObject(1, utc(cutoff));
            delete.setArray(2, connection.createArrayOf("text", accounts.toArray()));
            delete.setInt(3, limit);
            return deleteChained(delete);
          }
        });
  }

  /**
   * A delete of audit events, allowed for this transaction only (the table refuses deletes
   * otherwise), that says which places of which chains it emptied.
   */
  private PreparedStatement prepareChainedDelete(String delete) throws SQLException {
    try (var allow = prepare(ALLOW_DELETES)) {
      allow.execute();
    }
    return prepare(delete + " returning account_id, seq, chain_hash");
  }

  /** Runs the delete and leaves a sealed checkpoint for each run of places it emptied. */
  private int deleteChained(PreparedStatement delete) throws SQLException {
    var gone = new ArrayList<Place>();
    int deleted = 0;
    try (var rows = delete.executeQuery()) {
      while (rows.next()) {
        deleted++;
        long seq = rows.getLong(2);
        if (!rows.wasNull()) {
          gone.add(new Place(rows.getString(1), seq, rows.getBytes(3)));
        }
      }
    }
    gone.sort(Comparator.comparing(Place::account).thenComparingLong(Place::seq));
    try (var insert = prepare(RECORD_CHECKPOINT)) {
      int i = 0;
      while (i < gone.size()) {
        var first = gone.get(i);
        var last = first;
        while (i + 1 < gone.size()
            && gone.get(i + 1).account().equals(first.account())
            && gone.get(i + 1).seq() == last.seq() + 1) {
          last = gone.get(++i);
        }
        i++;
        var checkpoint =
            RetentionCheckpoint.sealed(
                chainKey, new AccountId(first.account()), first.seq(), last.seq(), last.hash());
        insert.setString(1, first.account());
        insert.setLong(2, checkpoint.firstSeq());
        insert.setLong(3, checkpoint.lastSeq());
        insert.setBytes(4, checkpoint.lastHash());
        insert.setBytes(5, checkpoint.seal());
        insert.addBatch();
      }
      if (!gone.isEmpty()) {
        insert.executeBatch();
      }
    }
    return deleted;
  }

  /** A place in an account's chain whose event was deleted. */
  private record Place(String account, long seq, byte[] hash) {}

  private int deleteBefore(String sql, Instant cutoff, int limit) {
    return inTransaction(
        () -> {
          try (var delete = prepare(sql)) {
            delete.setObject(1, utc(cutoff));
            delete.setInt(2, limit);
            return delete.executeUpdate();
          }
        });
  }

  private int deleteAny(String sql, List<String> keys) throws SQLException {
    try (var delete = prepare(sql)) {
      delete.setArray(1, connection.createArrayOf("text", keys.toArray()));
      return delete.executeUpdate();
    }
  }

  private PreparedStatement prepare(String sql) throws SQLException {
    var statement = connection.prepareStatement(sql);
    statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
    return statement;
  }

  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T inTransaction(Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        var result = work.run();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw PostgresRetentionStore.unavailable(e);
    }
  }

  private static Object utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
