package dev.masker.adapters.persistence;

/**
 * A thread of {@link DatabaseDeadline}: database work of the request path runs here while its
 * caller waits no longer than the deadline. Connections taken on such a thread read with a socket
 * timeout ({@link WorkerSocketTimeout}), so a call its caller gave up on cannot keep the thread and
 * the connection forever.
 */
final class DatabaseWorker extends Thread {
  DatabaseWorker(Runnable task, int number) {
    super(task, "masker-db-" + number);
    setDaemon(true);
  }

  static boolean current() {
    return Thread.currentThread() instanceof DatabaseWorker;
  }
}
