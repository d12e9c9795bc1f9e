package dev.masker.adapters.persistence.retention;

import dev.masker.application.port.out.RetentionStore;
import dev.masker.application.port.out.StoreUnavailable;
import dev.masker.domain.audit.ChainKey;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Retention's store in PostgreSQL (docs/adr/0045-retention.md). A run holds the session-level
 * advisory lock {@link #LOCK_KEY} on a connection of its own for as long as it lasts, so that of
 * replicas started together one does the work and the others skip; its deletes are batches of plain
 * JDBC, each committed on its own ({@link RetentionSweep}), so no transaction holds row locks for
 * long. The lock goes when the run ends, and with the connection if the run dies. Audit events are
 * deleted with a sealed checkpoint per run of chain places they emptied, in the same transaction.
 */
@ApplicationScoped
public class PostgresRetentionStore implements RetentionStore {
  /** The advisory lock that says a retention run is under way, on any replica. */
  static final long LOCK_KEY = 0x6d61736b6572_01L;

  private static final int NETWORK_TIMEOUT_MILLIS = 120_000;
  private static final Executor IN_PLACE = Runnable::run;

  private final DataSource dataSource;
  private final ChainKey chainKey;

  @Inject
  public PostgresRetentionStore(AgroalDataSource dataSource, ChainKey chainKey) {
    this((DataSource) dataSource, chainKey);
  }

  PostgresRetentionStore(DataSource dataSource, ChainKey chainKey) {
    this.dataSource = dataSource;
    this.chainKey = chainKey;
  }

  @Override
  public <T> Optional<T> exclusively(Function<Sweep, T> work) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw unavailable(e);
    }
    boolean locked = false;
    try {
      connection.setNetworkTimeout(IN_PLACE, NETWORK_TIMEOUT_MILLIS);
      connection.setAutoCommit(true);
      locked = tryLock(connection);
      if (!locked) {
        return Optional.empty();
      }
      return Optional.ofNullable(work.apply(new RetentionSweep(connection, chainKey)));
    } catch (SQLException e) {
      throw unavailable(e);
    } finally {
      release(connection, locked);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (var lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      lock.setLong(1, LOCK_KEY);
      try (var rows = lock.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    }
  }

  /**
   * Unlocks and hands the connection back; a connection that cannot be unlocked is aborted rather
   * than pooled, so that the lock cannot outlive the run on a pooled connection.
   */
  private static void release(Connection connection, boolean locked) {
    boolean clean = true;
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      if (locked) {
        try (var unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
          unlock.setLong(1, LOCK_KEY);
          try (var rows = unlock.executeQuery()) {
            clean = rows.next() && rows.getBoolean(1);
          }
        }
      }
      connection.setNetworkTimeout(IN_PLACE, 0);
    } catch (SQLException broken) {
      clean = false;
    }
    try {
      if (!clean) {
        connection.abort(IN_PLACE);
      }
      connection.close();
    } catch (SQLException | RuntimeException alreadyGone) {
      // PostgreSQL drops the lock with the connection
    }
  }

  /** Only the SQLSTATE: a driver's message may quote parameters. */
  static StoreUnavailable unavailable(SQLException e) {
    return new StoreUnavailable(
        "retention could not use the database (SQLSTATE " + e.getSQLState() + ")");
  }
}
