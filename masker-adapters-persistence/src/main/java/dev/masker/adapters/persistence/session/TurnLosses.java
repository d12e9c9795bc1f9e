package dev.masker.adapters.persistence.session;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Counts the turn records that were never written and says so in the log: the count and the cause,
 * never anything of the records themselves. Records refused at the queue are counted on the request
 * thread and logged later by the writer, at most one line per {@link #REPORT_EVERY_NANOS}, so a
 * flood of refusals costs the callers nothing and the log one line per interval.
 */
final class TurnLosses {
  private static final Logger LOG = Logger.getLogger(PostgresTurnLog.class);
  private static final long REPORT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final AtomicLong total = new AtomicLong();
  private final AtomicLong unreported = new AtomicLong();
  private long lastReport = System.nanoTime() - REPORT_EVERY_NANOS;

  /** A record could not be queued. Called on request threads: counting only. */
  void notQueued() {
    total.incrementAndGet();
    unreported.incrementAndGet();
  }

  /** The writer gives {@code count} records up; logged at once. */
  void lost(int count, String cause) {
    long sum = total.addAndGet(count);
    LOG.warnf("Turn log lost %d %s: %s (%d lost since start)", count, records(count), cause, sum);
  }

  /** Logs the records refused at the queue since the last line, if the interval has passed. */
  synchronized void reportRefused(boolean now) {
    long time = System.nanoTime();
    if (!now && time - lastReport < REPORT_EVERY_NANOS) {
      return;
    }
    long count = unreported.getAndSet(0);
    if (count > 0) {
      lastReport = time;
      LOG.warnf(
          "Turn log lost %d turn records: the queue was full or the turn log stopped"
              + " (%d lost since start)",
          count, total.get());
    }
  }

  private static String records(long count) {
    return count == 1 ? "turn record" : "turn records";
  }

  long total() {
    return total.get();
  }
}
