package dev.masker.adapters.persistence.audit;

import dev.masker.application.port.out.AuditChains;
import dev.masker.application.port.out.AuditTrail;
import dev.masker.application.port.out.StoreUnavailable;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.audit.ChainCheck;
import dev.masker.domain.audit.ChainKey;
import dev.masker.domain.audit.ChainWalk;
import dev.masker.domain.audit.VerifiedCheckpoint;
import dev.masker.domain.session.SessionId;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * The audit chains in PostgreSQL (docs/adr/0047-audit-chain.md): read in pages, one account at a
 * time, each walk in a read-only repeatable-read transaction of its own (plain JDBC, off Hibernate:
 * a walk of years of events must not fill a persistence context).
 */
@ApplicationScoped
public class PostgresAuditTrail implements AuditTrail, AuditChains {
  private static final int QUERY_TIMEOUT_SECONDS = 60;
  private static final int NETWORK_TIMEOUT_MILLIS = 300_000;
  private static final Executor IN_PLACE = Runnable::run;

  private static final String SESSION_HASHES =
      "select chain_hash from session_events where account_id = ? and session_id = ?"
          + " and seq is not null order by seq";
  private static final String VERIFIED =
      "select seq, chain_hash, seal from audit_verified_checkpoints where account_id = ?";
  private static final String RECORD_VERIFIED =
      "insert into audit_verified_checkpoints (account_id, seq, chain_hash, seal, verified_at)"
          + " values (?, ?, ?, ?, ?) on conflict (account_id) do update set seq = excluded.seq,"
          + " chain_hash = excluded.chain_hash, seal = excluded.seal,"
          + " verified_at = excluded.verified_at where audit_verified_checkpoints.seq < excluded.seq";

  private final DataSource dataSource;
  private final ChainKey key;

  @Inject
  public PostgresAuditTrail(AgroalDataSource dataSource, ChainKey key) {
    this((DataSource) dataSource, key);
  }

  PostgresAuditTrail(DataSource dataSource, ChainKey key) {
    this.dataSource = dataSource;
    this.key = key;
  }

  @Override
  public List<byte[]> sessionHashes(AccountId account, SessionId session) {
    return reading(
        connection -> {
          var hashes = new ArrayList<byte[]>();
          try (var select = connection.prepareStatement(SESSION_HASHES)) {
            select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            select.setString(1, account.value());
            select.setString(2, session.value());
            try (var rows = select.executeQuery()) {
              while (rows.next()) {
                hashes.add(rows.getBytes(1));
              }
            }
          }
          return hashes;
        });
  }

  @Override
  public ChainCheck verify(AccountId account) {
    return reading(
        connection -> new ChainReader(connection, account).walk(ChainWalk.fromGenesis(key), 0));
  }

  @Override
  public long chainUnchained() {
    var accounts =
        reading(
            connection -> {
              var found = new ArrayList<String>();
              try (var select =
                  connection.prepareStatement(
                      "select distinct account_id from session_events where seq is null")) {
                select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                try (var rows = select.executeQuery()) {
                  while (rows.next()) {
                    found.add(rows.getString(1));
                  }
                }
              }
              return found;
            });
    long chained = 0;
    var appender = new ChainAppender(key);
    for (var account : accounts) {
      chained += writing(connection -> appender.chainPending(connection, List.of(account)));
    }
    return chained;
  }

  @Override
  public List<AccountId> accounts() {
    return reading(
        connection -> {
          var accounts = new ArrayList<AccountId>();
          try (var select =
              connection.prepareStatement(
                  "select account_id from audit_chain_heads order by account_id")) {
            select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (var rows = select.executeQuery()) {
              while (rows.next()) {
                accounts.add(new AccountId(rows.getString(1)));
              }
            }
          }
          return accounts;
        });
  }

  @Override
  public ChainCheck verifySinceCheckpoint(AccountId account) {
    var walked =
        reading(
            connection -> {
              var verified = verified(connection, account);
              if (verified != null && !verified.sealedBy(key)) {
                var hex = HexFormat.of().formatHex(verified.hash());
                return new Walked(
                    new ChainCheck(
                        false,
                        0,
                        hex,
                        hex,
                        "the verified checkpoint at seq "
                            + verified.seq()
                            + " is not sealed with the audit key: it was forged or changed"),
                    0);
              }
              var walk =
                  verified == null
                      ? ChainWalk.fromGenesis(key)
                      : new ChainWalk(key, verified.seq(), verified.hash());
              long after = verified == null ? 0 : verified.seq();
              var check = new ChainReader(connection, account).walk(walk, after);
              return new Walked(check, check.ok() && walk.lastSeq() > after ? walk.lastSeq() : 0);
            });
    if (walked.newCheckpoint() > 0) {
      record(
          VerifiedCheckpoint.sealed(
              key,
              account,
              walked.newCheckpoint(),
              HexFormat.of().parseHex(walked.check().lastHash())));
    }
    return walked.check();
  }

  /** A check, and the sequence number a new verified checkpoint goes at (0 for none). */
  private record Walked(ChainCheck check, long newCheckpoint) {}

  private void record(VerifiedCheckpoint checkpoint) {
    writing(
        connection -> {
          try (var upsert = connection.prepareStatement(RECORD_VERIFIED)) {
            upsert.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            upsert.setString(1, checkpoint.account().value());
            upsert.setLong(2, checkpoint.seq());
            upsert.setBytes(3, checkpoint.hash());
            upsert.setBytes(4, checkpoint.seal());
            upsert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            return upsert.executeUpdate();
          }
        });
  }

  private static VerifiedCheckpoint verified(Connection connection, AccountId account)
      throws SQLException {
    try (var select = connection.prepareStatement(VERIFIED)) {
      select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      select.setString(1, account.value());
      try (var rows = select.executeQuery()) {
        return rows.next()
            ? new VerifiedCheckpoint(account, rows.getLong(1), rows.getBytes(2), rows.getBytes(3))
            : null;
      }
    }
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** A read-only repeatable-read transaction: one snapshot for the whole read. */
  private <T> T reading(Work<T> work) {
    return inTransaction(work, true);
  }

  private <T> T writing(Work<T> work) {
    return inTransaction(work, false);
  }

  private <T> T inTransaction(Work<T> work, boolean readOnly) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw unavailable(e);
    }
    try {
      connection.setNetworkTimeout(IN_PLACE, NETWORK_TIMEOUT_MILLIS);
      connection.setAutoCommit(false);
      if (readOnly) {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
      }
      var result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollbackQuietly(connection);
      throw unavailable(e);
    } catch (RuntimeException e) {
      rollbackQuietly(connection);
      throw e;
    } finally {
      release(connection, readOnly);
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException gone) {
      // the transaction went with the connection
    }
  }

  private static void release(Connection connection, boolean readOnly) {
    try {
      connection.setAutoCommit(true);
      if (readOnly) {
        connection.setReadOnly(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      connection.setNetworkTimeout(IN_PLACE, 0);
    } catch (SQLException broken) {
      // closed below all the same
    }
    try {
      connection.close();
    } catch (SQLException gone) {
      // nothing more to release
    }
  }

  /** Only the SQLSTATE: a driver's message may quote parameters. */
  private static StoreUnavailable unavailable(SQLException e) {
    return new StoreUnavailable(
        "the audit chain could not be read (SQLSTATE " + e.getSQLState() + ")");
  }
}
