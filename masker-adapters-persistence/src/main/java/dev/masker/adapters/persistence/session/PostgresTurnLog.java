package dev.masker.adapters.persistence.session;

import dev.masker.adapters.persistence.PersistenceSettings;
import dev.masker.adapters.persistence.audit.ChainAppender;
import dev.masker.application.port.out.TurnLog;
import dev.masker.domain.audit.ChainKey;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.session.TurnRecord;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * The turn log in PostgreSQL, off the request path (SPEC §6, docs/adr/0005-turn-recording.md):
 * {@link #append} puts the record in a bounded in-memory queue and returns; one daemon thread,
 * {@code masker-turn-log}, writes the queue in batches of plain JDBC, one transaction each. Records
 * that cannot be kept are counted in {@link #lostRecords()} and logged, by count only.
 */
@ApplicationScoped
public class PostgresTurnLog implements TurnLog {
  static final String THREAD_NAME = "masker-turn-log";
  private static final Duration JOIN_WAIT = Duration.ofSeconds(2);

  private final TurnLogSettings settings;
  private final TurnQueue queue;
  private final TurnLosses losses = new TurnLosses();
  private final TurnLogWorker worker;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private volatile boolean closed;
  private Thread thread;

  @Inject
  public PostgresTurnLog(
      AgroalDataSource dataSource, PersistenceSettings settings, ChainKey chainKey) {
    this(dataSource, TurnLogSettings.of(settings.turnLog()), chainKey);
  }

  PostgresTurnLog(DataSource dataSource, TurnLogSettings settings, ChainKey chainKey) {
    this.settings = settings;
    this.queue = new TurnQueue(settings.queueCapacity(), settings.batchSize());
    this.worker =
        new TurnLogWorker(
            queue,
            new TurnBatchWriter(dataSource, new MonotonicUlids(), new ChainAppender(chainKey)),
            losses,
            settings.linger(),
            settings.retryWindow());
  }

  /** Starts the writer thread; the bean starts it when it is created. */
  @PostConstruct
  synchronized void start() {
    if (thread == null && !stopping.get()) {
      thread = new Thread(worker, THREAD_NAME);
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Queues the record, or counts it lost when the queue is full; never waits, never throws. */
  @Override
  public void append(TurnRecord turn) {
    if (turn == null || closed || !queue.offer(turn)) {
      losses.notQueued();
    }
  }

  /**
   * Waits until every record appended before this call has been written or counted lost; false if
   * {@code timeout} passed first.
   */
  public boolean flush(Duration timeout) {
    try {
      return queue.awaitDone(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** How many records were never written since start: refused at the queue or given up. */
  @Override
  public long lostRecords() {
    return losses.total();
  }

  /** How many attempts to write a batch have failed since start (each retry counts). */
  long failedWrites() {
    return worker.failedWrites();
  }

  /** How many records wait in the queue. */
  int queued() {
    return queue.size();
  }

  void onShutdown(@Observes(notifyObserver = Reception.IF_EXISTS) ShutdownEvent event) {
    stop();
  }

  /**
   * Writes what it can within the shutdown wait, then stops the writer thread; records still queued
   * are counted lost. Later appends are counted lost too.
   */
  @PreDestroy
  void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    Thread writer;
    synchronized (this) {
      writer = thread;
    }
    if (writer != null) {
      flush(settings.shutdownWait());
    }
    closed = true;
    worker.stop();
    if (writer != null) {
      writer.interrupt();
      try {
        writer.join(JOIN_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    var left = queue.takeAll();
    if (!left.isEmpty()) {
      losses.lost(left.size(), "not written before the turn log stopped");
      queue.done(left.get(left.size() - 1).seq());
    }
    losses.reportRefused(true);
  }
}
