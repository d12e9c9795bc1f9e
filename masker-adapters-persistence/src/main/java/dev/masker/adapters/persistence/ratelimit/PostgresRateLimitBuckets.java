package dev.masker.adapters.persistence.ratelimit;

import dev.masker.adapters.persistence.DatabaseDeadline;
import dev.masker.application.port.out.RateLimitBuckets;
import dev.masker.application.port.out.StoreUnavailable;
import dev.masker.domain.ratelimit.RateLimit;
import dev.masker.domain.ratelimit.TokenBucket.Grant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The token buckets in PostgreSQL, shared by every replica on the database (ADR 0044): one row per
 * bucket that is not full, taken from with one call of {@code take_rate_limit_tokens} (a locked
 * read, a refill from the database's clock and a write, in one round trip). Plain JDBC under the
 * request path's {@link DatabaseDeadline}, like the vault; a failure or a missed deadline becomes
 * {@link StoreUnavailable} without the driver's message. Once a minute, rows of buckets that are
 * full again are deleted, so the table holds only buckets in use.
 */
@ApplicationScoped
public class PostgresRateLimitBuckets implements RateLimitBuckets {
  private static final Logger LOG = Logger.getLogger(PostgresRateLimitBuckets.class);
  static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

  private final DataSource dataSource;
  private final DatabaseDeadline deadline;
  private ScheduledExecutorService pruner;

  @Inject
  public PostgresRateLimitBuckets(AgroalDataSource dataSource, DatabaseDeadline deadline) {
    this((DataSource) dataSource, deadline);
  }

  PostgresRateLimitBuckets(DataSource dataSource, DatabaseDeadline deadline) {
    this.dataSource = dataSource;
    this.deadline = deadline;
  }

  @Override
  public Grant take(String bucket, RateLimit limit, int wanted) {
    return inTime(
        () -> {
          try (var connection = dataSource.getConnection();
              var take =
                  connection.prepareStatement(
                      "select granted, remaining from take_rate_limit_tokens(?, ?, ?, ?)")) {
            take.setString(1, bucket);
            take.setDouble(2, limit.burst());
            take.setDouble(3, limit.perSecond());
            take.setInt(4, wanted);
            try (var rows = take.executeQuery()) {
              rows.next();
              int granted = rows.getInt(1);
              double remaining = rows.getDouble(2);
              return new Grant(granted, granted > 0 ? Duration.ZERO : limit.timeFor(1 - remaining));
            }
          }
        });
  }

  @Override
  public Duration untilToken(String bucket, RateLimit limit) {
    double tokens =
        inTime(
            () -> {
              try (var connection = dataSource.getConnection();
                  var select =
                      connection.prepareStatement(
                          "select least(?, tokens + greatest(0, extract(epoch from"
                              + " (clock_timestamp() - refilled_at))) * ?)"
                              + " from rate_limit_buckets where bucket = ?")) {
                select.setDouble(1, limit.burst());
                select.setDouble(2, limit.perSecond());
                select.setString(3, bucket);
                try (var rows = select.executeQuery()) {
                  return rows.next() ? rows.getDouble(1) : limit.burst();
                }
              }
            });
    return tokens >= 1 ? Duration.ZERO : limit.timeFor(1 - tokens);
  }

  @Override
  public void forget(String bucket) {
    inTime(
        () -> {
          try (var connection = dataSource.getConnection();
              var delete =
                  connection.prepareStatement("delete from rate_limit_buckets where bucket = ?")) {
            delete.setString(1, bucket);
            return delete.executeUpdate();
          }
        });
  }

  /** Deletes the rows of buckets that are full again; how many. Not on any request's path. */
  int prune() throws SQLException {
    try (var connection = dataSource.getConnection();
        var delete =
            connection.prepareStatement(
                "delete from rate_limit_buckets where bucket in (select bucket from"
                    + " rate_limit_buckets where full_at < clock_timestamp() limit 10000)")) {
      delete.setQueryTimeout(30);
      return delete.executeUpdate();
    }
  }

  void onStart(@Observes StartupEvent started) {
    pruner =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              var thread = new Thread(task, "masker-rate-limit-pruner");
              thread.setDaemon(true);
              return thread;
            });
    pruner.scheduleWithFixedDelay(
        this::pruneQuietly, PRUNE_EVERY.toSeconds(), PRUNE_EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  private void pruneQuietly() {
    try {
      prune();
    } catch (SQLException | RuntimeException e) {
      // Only the type and state: a driver's message may quote data. The next round tries again.
      LOG.debugf("pruning full rate-limit buckets failed (%s)", e.getClass().getName());
    }
  }

  @PreDestroy
  void stop() {
    if (pruner != null) {
      pruner.shutdownNow();
    }
  }

  private <T> T inTime(DatabaseDeadline.Work<T> work) {
    try {
      return deadline.call(work);
    } catch (SQLException e) {
      throw new StoreUnavailable(
          "the rate-limit buckets cannot be reached (SQLSTATE " + e.getSQLState() + ")");
    }
  }
}
