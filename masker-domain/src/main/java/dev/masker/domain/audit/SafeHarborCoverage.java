package dev.masker.domain.audit;

import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.DetectableKinds;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.policy.Policy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Safe Harbor matrix of a report (SPEC §8, §10), derived from a policy and from what the engine
 * really detects ({@link DetectableKinds}), never written by hand.
 *
 * <p>A kind is <b>protected</b> when the policy enables it, does not let it through ({@code action}
 * is {@code tokenize} or {@code redact}, not {@code passthrough}), and at least one built-in pass
 * both runs (listed in the policy's {@code passes}, switched on in the kind's rule) and finds the
 * kind with a confidence the rule's {@code confidence_threshold} accepts; or, for a pass {@code
 * regex} that runs, when one of the policy's custom patterns names the kind with a confidence the
 * rule accepts. The {@code ner} pass counts for nothing: what a model finds is not this engine's to
 * attest.
 *
 * <p>An identifier is {@code full} when every kind that covers it is protected, {@code partial}
 * when some are, {@code none} when none is; R (any other identifier) is open-ended, so at most
 * {@code partial}; P and Q are {@code not_applicable}.
 */
public final class SafeHarborCoverage {
  private final Map<SafeHarborIdentifier, Coverage> matrix;

  private SafeHarborCoverage(Map<SafeHarborIdentifier, Coverage> matrix) {
    this.matrix = Collections.unmodifiableMap(matrix);
  }

  public static SafeHarborCoverage of(Policy policy, DetectableKinds engine) {
    var matrix = new EnumMap<SafeHarborIdentifier, Coverage>(SafeHarborIdentifier.class);
    for (var identifier : SafeHarborIdentifier.values()) {
      matrix.put(identifier, coverage(identifier, policy, engine));
    }
    return new SafeHarborCoverage(matrix);
  }

  /** Every identifier, A to R, with its coverage. */
  public Map<SafeHarborIdentifier, Coverage> matrix() {
    return matrix;
  }

  public Coverage of(SafeHarborIdentifier identifier) {
    return matrix.get(identifier);
  }

  private static Coverage coverage(
      SafeHarborIdentifier identifier, Policy policy, DetectableKinds engine) {
    List<EntityKind> kinds = identifier.kinds();
    if (kinds.isEmpty()) {
      return Coverage.NOT_APPLICABLE;
    }
    long protectedKinds = kinds.stream().filter(kind -> protects(policy, engine, kind)).count();
    if (protectedKinds == 0) {
      return Coverage.NONE;
    }
    if (protectedKinds < kinds.size() || identifier == SafeHarborIdentifier.R) {
      return Coverage.PARTIAL;
    }
    return Coverage.FULL;
  }

  /** Whether the policy masks values of {@code kind} that the engine finds (see the class). */
  static boolean protects(Policy policy, DetectableKinds engine, EntityKind kind) {
    var rule = policy.rule(kind);
    if (!rule.enabled() || rule.action() == Action.PASSTHROUGH) {
      return false;
    }
    for (var pass : policy.passes()) {
      if (pass == Pass.NER || !rule.uses(pass)) {
        continue;
      }
      var found = engine.confidence(pass, kind);
      if (found.isPresent() && rule.accepts(found.getAsDouble())) {
        return true;
      }
      if (pass == Pass.REGEX
          && policy.customPatterns().stream()
              .anyMatch(pattern -> pattern.kind() == kind && rule.accepts(pattern.confidence()))) {
        return true;
      }
    }
    return false;
  }
}
