package dev.masker.domain.masking;

import dev.masker.domain.masking.lexicon.LexiconPass;
import dev.masker.domain.masking.regex.RegexPass;
import dev.masker.domain.masking.spoken.SpokenFormsRecognizer;
import dev.masker.domain.policy.CustomPatternRecognizer;
import dev.masker.domain.policy.DenyListRecognizer;
import dev.masker.domain.policy.EntityRule;
import dev.masker.domain.policy.Policy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the values a policy protects: runs the policy's passes in order (the {@code regex} pass is
 * written forms, spoken forms and the policy's custom patterns; {@code lexicon} is names and
 * places; {@code ner} the optional {@link EntityRecognizer}), keeps what the policy's rules enable
 * above their thresholds and outside the allow list, adds the deny list, and resolves overlaps with
 * {@link SpanResolver}. Thread-safe.
 */
public final class Detector {
  private static final Recognizer WRITTEN = new RegexPass();
  private static final Recognizer SPOKEN = new SpokenFormsRecognizer();
  private static final Recognizer LEXICON = new LexiconPass();

  private final Policy policy;
  private final Map<Pass, List<Recognizer>> recognizers = new EnumMap<>(Pass.class);
  private final Recognizer denyList;

  private Detector(Policy policy, Optional<EntityRecognizer> ner) {
    this.policy = policy;
    recognizers.put(
        Pass.REGEX, List.of(WRITTEN, SPOKEN, new CustomPatternRecognizer(policy.customPatterns())));
    recognizers.put(Pass.LEXICON, List.of(LEXICON));
    recognizers.put(Pass.NER, ner.<List<Recognizer>>map(List::of).orElse(List.of()));
    this.denyList = new DenyListRecognizer(policy.denyList());
  }

  public static Detector of(Policy policy) {
    return new Detector(policy, Optional.empty());
  }

  public static Detector of(Policy policy, EntityRecognizer ner) {
    return new Detector(policy, Optional.of(ner));
  }

  /** The values to protect in {@code text}, in text order, never overlapping. */
  public List<Detection> detect(String text) {
    var found = new ArrayList<Detection>();
    for (var pass : policy.passes()) {
      for (var recognizer : recognizers.get(pass)) {
        for (var detection : recognizer.find(text)) {
          if (kept(detection, text)) {
            found.add(detection);
          }
        }
      }
    }
    // The deny list applies whatever the passes: its values are always masked.
    found.addAll(denyList.find(text));
    return SpanResolver.resolve(found);
  }

  private boolean kept(Detection detection, String text) {
    EntityRule rule = policy.rule(detection.kind());
    return rule.enabled()
        && runs(rule, detection.pass())
        && detection.confidence() >= rule.confidenceThreshold()
        && !policy.allows(text.substring(detection.start(), detection.end()));
  }

  private static boolean runs(EntityRule rule, Pass pass) {
    switch (pass) {
      case REGEX:
        return rule.regex();
      case LEXICON:
        return rule.lexicon();
      case NER:
        return rule.ner();
      default:
        return false;
    }
  }
}
