package dev.masker.adapters.rest.request;

import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import java.nio.channels.ClosedChannelException;

/**
 * Whether a failure is only the caller having closed the connection (mid-request or mid-answer):
 * nothing went wrong on our side, so it is logged at DEBUG, never as an error.
 */
public final class ClosedConnection {
  private ClosedConnection() {}

  public static boolean isIn(Throwable failure) {
    for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
        return true;
      }
      if (t instanceof VertxException && "Connection was closed".equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }
}
