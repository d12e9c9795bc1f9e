package dev.masker.domain.masking.policy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a policy uses the model-based {@code ner} pass (policy section {@code ner}): what happens to
 * a turn when the server's recognizer cannot answer (down, too slow, an answer that cannot be
 * read). The default refuses the turn: nothing goes on masked by less than the policy asked for.
 */
public record NerSettings(OnUnavailable onUnavailable) {
  public static final NerSettings DEFAULT = new NerSettings(OnUnavailable.REFUSE);

  public NerSettings {
    Objects.requireNonNull(onUnavailable, "onUnavailable");
  }

  /** What a turn does when the recognizer cannot answer. */
  public enum OnUnavailable {
    /** The masking fails closed: the turn is refused, nothing is forwarded. */
    REFUSE,
    /** The turn is masked by the built-in passes alone, and the fallback is counted. */
    REGEX_ONLY;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OnUnavailable> fromWireName(String name) {
      for (var value : values()) {
        if (value.wireName().equals(name)) {
          return Optional.of(value);
        }
      }
      return Optional.empty();
    }
  }
}
