package dev.masker.adapters.persistence;

import dev.masker.application.port.out.StoreUnavailable;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The deadline of every database call on the request path (SPEC §6 "fail closed, and fast"; ADR
 * 0009). The work runs on a {@link DatabaseWorker} while the caller waits for it at most {@code
 * masker.database-deadline-ms}; past that the caller gets {@link StoreUnavailable} at once, however
 * the database is stuck (a frozen server, a pool waiting for a connection, a validation query, a
 * login that never completes). The worker is left with the work: its connection reads with a socket
 * timeout, so it comes back to the pool, or is thrown away, soon after.
 *
 * <p>Work that is still queued when its caller gives up never runs. Work started from a worker
 * (nested calls) runs in place: its caller's deadline already covers it. So does work before the
 * server has started ({@link #onStarted}).
 */
@ApplicationScoped
public class DatabaseDeadline {
  private static final Logger LOG = Logger.getLogger(DatabaseDeadline.class);

  private final Duration deadline;
  private final ThreadPoolExecutor workers;
  private final AtomicBoolean missing = new AtomicBoolean();
  private volatile boolean serving;

  /**
   * @param poolSize Quarkus' own setting, so its default is Quarkus' (Masker sets it in {@code
   *     application.properties})
   */
  @Inject
  public DatabaseDeadline(
      PersistenceSettings settings,
      @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20")
          int poolSize) {
    this(settings.databaseDeadlineMs(), poolSize);
  }

  /** A deadline in force once the server has started. */
  DatabaseDeadline(long deadlineMs, int poolSize) {
    this(Duration.ofMillis(deadlineMs), poolSize, false);
  }

  /** A deadline in force from the start, for tests. */
  DatabaseDeadline(Duration deadline, int threads) {
    this(deadline, threads, true);
  }

  private DatabaseDeadline(Duration deadline, int threads, boolean serving) {
    this.serving = serving;
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("masker.database-deadline-ms must be positive");
    }
    this.deadline = deadline;
    var numbers = new AtomicInteger();
    // As many workers as connections: more would only wait for a connection in the pool.
    this.workers =
        new ThreadPoolExecutor(
            Math.max(1, threads),
            Math.max(1, threads),
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> new DatabaseWorker(task, numbers.incrementAndGet()));
    this.workers.allowCoreThreadTimeOut(true);
  }

  /** How long a caller waits for one database call. */
  public Duration deadline() {
    return deadline;
  }

  /**
   * Puts the deadline in force once every other start-up observer has run. Work during start (the
   * first admin's bootstrap) runs in place without it: a process's first transaction pays one-time
   * costs (the transaction manager's store, Hibernate's first queries, a cold JIT) that can exceed
   * the deadline on a busy machine, and no caller is waiting for it.
   */
  void onStarted(@Observes @Priority(Integer.MAX_VALUE) StartupEvent started) {
    serving = true;
  }

  /** Database work: may throw what JDBC throws. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} and returns its result, or throws what it threw; when it has not finished
   * within the deadline, throws {@link StoreUnavailable} and leaves it behind.
   */
  public <T> T call(Work<T> work) throws SQLException {
    if (!serving || DatabaseWorker.current()) {
      return work.run();
    }
    var requestContext = MDC.getMap();
    Future<T> running;
    try {
      running =
          workers.submit(
              () -> {
                // The caller's request id on the worker's log lines, and nothing a thread
                // inherited from the request that happened to start it.
                MDC.clear();
                requestContext.forEach(MDC::put);
                try {
                  return work.run();
                } finally {
                  MDC.clear();
                }
              });
    } catch (RejectedExecutionException stopping) {
      throw new StoreUnavailable("the database is not available: the server is stopping");
    }
    try {
      var result = running.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
      answered();
      return result;
    } catch (TimeoutException late) {
      running.cancel(false);
      missed();
      throw new StoreUnavailable(
          "the database did not answer within " + deadline.toMillis() + " ms");
    } catch (InterruptedException interrupted) {
      running.cancel(false);
      Thread.currentThread().interrupt();
      throw new StoreUnavailable("interrupted while waiting for the database");
    } catch (ExecutionException failed) {
      throw rethrown(failed.getCause());
    }
  }

  /** The work's own exception, as it threw it. */
  private static SQLException rethrown(Throwable cause) {
    if (cause instanceof SQLException sql) {
      return sql;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException("database work failed", cause);
  }

  private void missed() {
    if (missing.compareAndSet(false, true)) {
      LOG.warnf(
          "The database did not answer within the request path's deadline (%d ms): calls that"
              + " need it fail with 503 until it does",
          deadline.toMillis());
    }
  }

  private void answered() {
    if (missing.get() && missing.compareAndSet(true, false)) {
      LOG.info("The database answers within the request path's deadline again");
    }
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }
}
