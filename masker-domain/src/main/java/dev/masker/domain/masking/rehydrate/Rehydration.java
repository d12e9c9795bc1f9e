package dev.masker.domain.masking.rehydrate;

import java.util.List;
import java.util.Objects;

/** A rehydrated text and the tokens that could not be rehydrated (redacted in the text). */
public record Rehydration(String text, List<RehydrationFailure> failures) {
  public Rehydration {
    Objects.requireNonNull(text, "text");
    failures = List.copyOf(failures);
  }

  @Override
  public String toString() {
    // The text holds the real values again.
    return "Rehydration[" + text.length() + " chars, failures=" + failures + "]";
  }
}
