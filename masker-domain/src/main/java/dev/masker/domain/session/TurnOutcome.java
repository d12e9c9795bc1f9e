package dev.masker.domain.session;

/** How one proxied turn ended. */
public enum TurnOutcome {
  /** The caller got the whole answer. */
  OK,
  /** The caller got an error instead of an answer. */
  FAILED,
  /** A streamed answer began and was cut: the caller got part of it and an error frame. */
  STREAM_BROKEN;

  public boolean failed() {
    return this != OK;
  }
}
