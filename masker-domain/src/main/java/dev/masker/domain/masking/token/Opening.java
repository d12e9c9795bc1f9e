package dev.masker.domain.masking.token;

import java.util.Objects;

/** The outcome of opening a sealed or encrypted value. */
public sealed interface Opening {
  /** The value. */
  record Opened(String value) implements Opening {
    public Opened {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return "Opened[…]";
    }
  }

  /** No key of that kid is held any more (or never was). */
  record KeyUnavailable() implements Opening {}

  /** The keys are there but none opens it: tampered, moved, or made with a dropped key. */
  record Unreadable() implements Opening {}
}
