package dev.masker.domain.masking;

import java.util.Locale;
import java.util.Optional;

/** What a policy does with a detected value. */
public enum Action {
  /** Replace it by a token the answer's rehydration turns back into the value. */
  TOKENIZE,
  /** Replace it by {@code [REDACTED:KIND]}, for good. */
  REDACT,
  /** Leave it as it is, but record that it was seen. */
  PASSTHROUGH;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Action> fromWireName(String name) {
    for (var action : values()) {
      if (action.wireName().equals(name)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
