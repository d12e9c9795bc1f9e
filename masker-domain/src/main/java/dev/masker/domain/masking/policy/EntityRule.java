package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.Pass;
import java.util.Objects;

/**
 * What a policy does with one entity kind: whether it is detected at all, by which passes, the
 * confidence a detection needs to count, and the action taken on it.
 */
public record EntityRule(
    boolean enabled,
    boolean regex,
    boolean lexicon,
    boolean ner,
    double confidenceThreshold,
    Action action) {

  /** The rule of a kind a policy does not mention: on, every pass, threshold 0.6, tokenize. */
  public static final EntityRule DEFAULT =
      new EntityRule(true, true, true, true, 0.6, Action.TOKENIZE);

  public EntityRule {
    Objects.requireNonNull(action, "action");
    if (!(confidenceThreshold >= 0.0 && confidenceThreshold <= 1.0)) {
      throw new InvalidValue("confidence_threshold", "must be within 0..1");
    }
  }

  /** Whether detections of this kind by that pass count. */
  public boolean uses(Pass pass) {
    if (!enabled) {
      return false;
    }
    switch (pass) {
      case REGEX:
        return regex;
      case LEXICON:
        return lexicon;
      case NER:
        return ner;
      default:
        throw new IllegalArgumentException("unknown pass");
    }
  }

  /** Whether a detection of that confidence is kept. */
  public boolean accepts(double confidence) {
    return enabled && confidence >= confidenceThreshold;
  }
}
