package dev.masker.cli;

/** Ends the tool with a message on standard error and an {@link ExitCode}. */
final class Failure extends RuntimeException {
  private final int exitCode;

  Failure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
