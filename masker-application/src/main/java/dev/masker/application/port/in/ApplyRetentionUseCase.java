package dev.masker.application.port.in;

import java.util.function.Function;

/**
 * One retention run (SPEC §5): deletes what is older than the server's limits and each policy's
 * audit retention. Safe to start on several replicas at once: one does the work, the others are
 * told it was {@link Outcome.Skipped}.
 */
public interface ApplyRetentionUseCase {
  Outcome apply();

  /** How many rows one run deleted, by kind: counts only, never an id or a value. */
  record Counts(long sessions, long turns, long vaultRows, long events, long payloads) {
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

    public Counts {
      if (sessions < 0 || turns < 0 || vaultRows < 0 || events < 0 || payloads < 0) {
        throw new IllegalArgumentException("a count of deleted rows cannot be negative");
      }
    }

    public Counts plus(Counts other) {
      return new Counts(
          sessions + other.sessions,
          turns + other.turns,
          vaultRows + other.vaultRows,
          events + other.events,
          payloads + other.payloads);
    }

    public long total() {
      return sessions + turns + vaultRows + events + payloads;
    }
  }

  sealed interface Outcome {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(Function<Done, T> done, Function<Skipped, T> skipped);

    /** This run did the work; {@code counts} may all be zero when nothing was old enough. */
    record Done(Counts counts) implements Outcome {
      @Override
      public <T> T fold(Function<Done, T> done, Function<Skipped, T> skipped) {
        return done.apply(this);
      }
    }

    /** Another run (on this replica or another) held the retention lock: nothing was touched. */
    record Skipped() implements Outcome {
      @Override
      public <T> T fold(Function<Done, T> done, Function<Skipped, T> skipped) {
        return skipped.apply(this);
      }
    }
  }
}
