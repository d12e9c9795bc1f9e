package dev.masker.adapters.persistence.session;

import dev.masker.domain.session.SessionRecord;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded FIFO between the request threads and the writer. Each accepted record gets the next
 * sequence number, and the writer reports the last one it is done with, written or lost: that is
 * what lets {@link #awaitDone} wait for exactly the records accepted before it was called.
 *
 * <p>The writer lingers: once a record is in, it waits a little for a full batch, because one
 * transaction of many rows costs the database far less than many transactions of one row each. A
 * full batch or someone waiting in {@link #awaitDone} ends the lingering at once.
 */
final class TurnQueue {
  record Entry(long seq, SessionRecord record) {}

  private final int capacity;
  private final int batchSize;
  private final ArrayDeque<Entry> entries;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition ready = lock.newCondition();
  private final Condition progressed = lock.newCondition();
  private long lastSeq;
  private long doneSeq;
  private int flushers;

  TurnQueue(int capacity, int batchSize) {
    this.capacity = capacity;
    this.batchSize = batchSize;
    this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
  }

  /** Adds the record unless the queue is full; never waits for the writer. */
  boolean offer(SessionRecord record) {
    lock.lock();
    try {
      if (entries.size() >= capacity) {
        return false;
      }
      entries.addLast(new Entry(++lastSeq, record));
      if (entries.size() == 1 || entries.size() == batchSize) {
        ready.signal();
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Up to a batch of records, oldest first: waits up to {@code wait} for the first one, then up to
   * {@code linger} for a full batch. Empty when none came within {@code wait}.
   */
  List<Entry> take(Duration wait, Duration linger) throws InterruptedException {
    lock.lock();
    try {
      long nanos = wait.toNanos();
      while (entries.isEmpty() && nanos > 0) {
        nanos = ready.awaitNanos(nanos);
      }
      nanos = linger.toNanos();
      while (!entries.isEmpty() && entries.size() < batchSize && flushers == 0 && nanos > 0) {
        nanos = ready.awaitNanos(nanos);
      }
      var batch = new ArrayList<Entry>(Math.min(batchSize, entries.size()));
      while (batch.size() < batchSize && !entries.isEmpty()) {
        batch.add(entries.pollFirst());
      }
      return batch;
    } finally {
      lock.unlock();
    }
  }

  /** Everything still queued, oldest first. */
  List<Entry> takeAll() {
    lock.lock();
    try {
      var all = new ArrayList<>(entries);
      entries.clear();
      return all;
    } finally {
      lock.unlock();
    }
  }

  /** The writer is done, one way or the other, with every record up to {@code seq}. */
  void done(long seq) {
    lock.lock();
    try {
      if (seq > doneSeq) {
        doneSeq = seq;
        progressed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until the writer is done with every record accepted before this call; false when {@code
   * timeout} passed first.
   */
  boolean awaitDone(Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long target = lastSeq;
      long nanos = timeout.toNanos();
      flushers++;
      try {
        ready.signal();
        while (doneSeq < target) {
          if (nanos <= 0) {
            return false;
          }
          nanos = progressed.awaitNanos(nanos);
        }
        return true;
      } finally {
        flushers--;
      }
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return entries.size();
    } finally {
      lock.unlock();
    }
  }
}
