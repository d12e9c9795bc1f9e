package dev.masker.server.retention;

import dev.masker.application.port.in.ApplyRetentionUseCase;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;

/**
 * {@code java -jar quarkus-run.jar retention}: one retention run now, beside running servers, then
 * exit. Prints what it deleted. Exit codes: 0 done, 3 skipped because another run holds the lock, 1
 * the database could not be used.
 */
@ApplicationScoped
public class RunRetention implements QuarkusApplication {
  public static final String COMMAND = "retention";

  private final ApplyRetentionUseCase retention;

  public RunRetention(ApplyRetentionUseCase retention) {
    this.retention = retention;
  }

  @Override
  public int run(String... args) {
    return run(System.out, System.err);
  }

  public int run(PrintStream console, PrintStream errors) {
    ApplyRetentionUseCase.Outcome outcome;
    try {
      outcome = retention.apply();
    } catch (RuntimeException e) {
      errors.println("Retention could not run (" + e.getClass().getSimpleName() + ")");
      return 1;
    }
    return outcome.fold(
        done -> {
          var counts = done.counts();
          console.printf(
              "Retention deleted %d sessions, %d turns, %d vault rows, %d events, %d payloads.%n",
              counts.sessions(),
              counts.turns(),
              counts.vaultRows(),
              counts.events(),
              counts.payloads());
          return 0;
        },
        skipped -> {
          errors.println("Another retention run is under way; nothing was deleted.");
          return 3;
        });
  }
}
