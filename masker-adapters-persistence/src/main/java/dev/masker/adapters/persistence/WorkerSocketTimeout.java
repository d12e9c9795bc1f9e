package dev.masker.adapters.persistence;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executor;

/**
 * Gives every connection a {@link DatabaseWorker} takes from the pool a socket timeout (twice the
 * request path's deadline), and takes it off again when the connection goes back. A caller waits
 * for its work no longer than the deadline anyway; this bounds how long the abandoned work can hold
 * the worker and the connection when the database stops answering (a frozen server, a dead host
 * that sends no reset). The driver closes a connection whose read timed out, and the pool drops it.
 * Connections of other threads (migrations at start, the turn log's writer) keep their own
 * settings.
 */
@ApplicationScoped
public class WorkerSocketTimeout implements AgroalPoolInterceptor {
  private static final Executor IN_PLACE = Runnable::run;

  private final int timeoutMillis;

  @Inject
  public WorkerSocketTimeout(DatabaseDeadline deadline) {
    this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, 2 * deadline.deadline().toMillis());
  }

  @Override
  public void onConnectionAcquire(Connection connection) {
    if (DatabaseWorker.current()) {
      try {
        connection.setNetworkTimeout(IN_PLACE, timeoutMillis);
      } catch (SQLException broken) {
        // The connection is already unusable; its first statement will say so.
      }
    }
  }

  @Override
  public void onConnectionReturn(Connection connection) {
    try {
      if (connection.getNetworkTimeout() == timeoutMillis) {
        connection.setNetworkTimeout(IN_PLACE, 0);
      }
    } catch (SQLException broken) {
      // The pool drops a broken connection.
    }
  }
}
