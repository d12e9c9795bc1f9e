package dev.masker.adapters.persistence.session;

import dev.masker.domain.session.SessionRecord;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The body of the one writer thread: takes a batch from the queue, writes it in one transaction,
 * retries with backoff while the database cannot be reached (up to the retry window), writes the
 * records one by one when the database refuses the batch so that one bad record costs only itself,
 * and counts whatever it gives up. Nothing it meets ends the thread; only {@link #stop()} does.
 */
final class TurnLogWorker implements Runnable {
  private static final Logger LOG = Logger.getLogger(PostgresTurnLog.class);
  private static final Duration IDLE_WAIT = Duration.ofMillis(500);
  private static final long FIRST_DELAY_MILLIS = 50;
  private static final long MAX_DELAY_MILLIS = 5_000;

  private final TurnQueue queue;
  private final TurnBatchWriter writer;
  private final TurnLosses losses;
  private final Duration linger;
  private final Duration retryWindow;
  private volatile boolean stopping;
  private volatile long failedWrites;
  private boolean unreachable;

  TurnLogWorker(
      TurnQueue queue,
      TurnBatchWriter writer,
      TurnLosses losses,
      Duration linger,
      Duration retryWindow) {
    this.queue = queue;
    this.writer = writer;
    this.losses = losses;
    this.linger = linger;
    this.retryWindow = retryWindow;
  }

  /** Ends the loop after the batch in hand; interrupt the thread to cut a retry short. */
  void stop() {
    stopping = true;
  }

  /** How many attempts to write a batch have failed since start. */
  long failedWrites() {
    return failedWrites;
  }

  @Override
  public void run() {
    // The thread starts inside whichever request first used the turn log, and would carry that
    // request's id on every line it logs.
    MDC.clear();
    while (!stopping) {
      List<TurnQueue.Entry> batch;
      try {
        batch = queue.take(IDLE_WAIT, linger);
      } catch (InterruptedException e) {
        continue;
      }
      losses.reportRefused(false);
      if (!batch.isEmpty()) {
        writeAll(batch);
      }
    }
  }

  private void writeAll(List<TurnQueue.Entry> batch) {
    try {
      var records = batch.stream().map(TurnQueue.Entry::record).toList();
      store(records, System.nanoTime() + retryWindow.toNanos());
    } catch (RuntimeException | Error e) {
      losses.lost(batch.size(), "unexpected " + e.getClass().getName());
    } finally {
      queue.done(batch.get(batch.size() - 1).seq());
    }
  }

  /** Writes the records or counts them lost; keeps the thread's interrupt for the loop. */
  private void store(List<SessionRecord> turns, long deadline) {
    long delay = FIRST_DELAY_MILLIS;
    while (true) {
      try {
        writer.write(turns);
        reachable();
        return;
      } catch (SQLException e) {
        failedWrites++;
        if (!TurnBatchWriter.worthRetrying(e)) {
          refused(turns, "SQLSTATE " + e.getSQLState(), deadline);
          return;
        }
        unreachable(e);
      } catch (RuntimeException e) {
        failedWrites++;
        refused(turns, e.getClass().getName(), deadline);
        return;
      }
      if (System.nanoTime() + Duration.ofMillis(delay).toNanos() - deadline > 0) {
        losses.lost(turns.size(), "the database could not be reached for " + retryWindow);
        return;
      }
      losses.reportRefused(false);
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        losses.lost(turns.size(), "the turn log stopped while the database could not be reached");
        return;
      }
      delay = Math.min(delay * 2, MAX_DELAY_MILLIS);
    }
  }

  /** The database refused the rows: retrying is useless, but the other records may be fine. */
  private void refused(List<SessionRecord> turns, String cause, long deadline) {
    if (turns.size() == 1) {
      losses.lost(1, "the database refused the record (" + cause + ")");
      return;
    }
    for (var turn : turns) {
      store(List.of(turn), deadline);
    }
  }

  private void unreachable(SQLException e) {
    if (!unreachable) {
      unreachable = true;
      LOG.warnf(
          "Turn log cannot reach the database (SQLSTATE %s); each batch is retried for up to %s",
          e.getSQLState(), retryWindow);
    }
  }

  private void reachable() {
    if (unreachable) {
      unreachable = false;
      LOG.info("Turn log reaches the database again");
    }
  }
}
