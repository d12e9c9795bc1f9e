package dev.masker.domain.masking;

import java.util.Locale;
import java.util.Optional;

/** A detection pass of a policy (SPEC §10): they run in the policy's order. */
public enum Pass {
  /** Patterns with validators, spoken forms included. */
  REGEX,
  /** Name and place lists, cues and context. */
  LEXICON,
  /** A model-based recognizer behind the {@link EntityRecognizer} port. */
  NER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Pass> fromWireName(String name) {
    for (var pass : values()) {
      if (pass.wireName().equals(name)) {
        return Optional.of(pass);
      }
    }
    return Optional.empty();
  }
}
