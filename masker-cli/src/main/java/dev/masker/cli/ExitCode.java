package dev.masker.cli;

/** How the command line tool ends, so scripts can tell failures apart. */
final class ExitCode {
  static final int OK = 0;
  static final int UNEXPECTED = 1;

  /** Wrong arguments, or a key the command needs is not set. */
  static final int USAGE = 2;

  /** The policy file is not a valid policy. */
  static final int INVALID_POLICY = 3;

  /** A file cannot be read or written. */
  static final int IO = 4;

  /** The input is not what the command reads (a JSON line without "text", …). */
  static final int INVALID_INPUT = 5;

  /**
   * {@code rehydrate} wrote its output, but some tokens in it could not be turned back into values
   * (another session, another key, a damaged token) and were redacted.
   */
  static final int NOT_REHYDRATED = 6;

  private ExitCode() {}
}
