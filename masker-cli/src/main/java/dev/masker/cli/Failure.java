package dev.masker.cli;

import java.util.Optional;

/**
 * Ends the tool with a message on standard error, an optional hint on the line after it (what to
 * run or set instead), and an {@link ExitCode}.
 */
final class Failure extends RuntimeException {
  private final int exitCode;
  private final String hint;

  Failure(int exitCode, String message) {
    this(exitCode, message, null);
  }

  /**
   * @param hint a command that shows the way ({@code masker-cli detect --help}), or null
   */
  Failure(int exitCode, String message, String hint) {
    super(message, null, false, false);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  int exitCode() {
    return exitCode;
  }

  Optional<String> hint() {
    return Optional.ofNullable(hint);
  }
}
