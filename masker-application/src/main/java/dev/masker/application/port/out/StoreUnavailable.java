package dev.masker.application.port.out;

/**
 * A store the use case needs (the database) cannot answer now: it is down, stalled past the request
 * path's deadline, or out of connections. Retrying later may succeed, so the API says 503, not 500.
 * The message names the cause in general words only, never data or a driver's message.
 */
public final class StoreUnavailable extends RuntimeException {
  public StoreUnavailable(String message) {
    super(message, null, false, false);
  }
}
