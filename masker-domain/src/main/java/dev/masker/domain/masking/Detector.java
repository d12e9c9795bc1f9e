package dev.masker.domain.masking;

import dev.masker.domain.masking.lexicon.FacilityNames;
import dev.masker.domain.masking.lexicon.LexiconPass;
import dev.masker.domain.masking.lexicon.SpellingWords;
import dev.masker.domain.masking.lexicon.TownsReadAsNames;
import dev.masker.domain.masking.lexicon.TownsWithoutStates;
import dev.masker.domain.masking.policy.CustomPatternRecognizer;
import dev.masker.domain.masking.policy.DenyListRecognizer;
import dev.masker.domain.masking.policy.EntityRule;
import dev.masker.domain.masking.policy.NerSettings;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.regex.CodeKinds;
import dev.masker.domain.masking.regex.MoneyAmounts;
import dev.masker.domain.masking.regex.RegexPass;
import dev.masker.domain.masking.spoken.ExpiryDates;
import dev.masker.domain.masking.spoken.SpokenFormsRecognizer;
import dev.masker.domain.masking.text.FoldedText;
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
 * {@link SpanResolver}. Thread-safe. The {@code ner} pass runs concurrently with the others, when
 * its recognizer {@linkplain EntityRecognizer#begin starts} work elsewhere.
 *
 * <p>Every recognizer reads the text folded by {@link FoldedText} (NFKC, digits of every script,
 * dash, space and invisible-character variants, look-alike {@code @} and {@code .}); the detections
 * it returns carry offsets in the original text, so the original characters are what gets masked,
 * and the canonical value read from the folded text, so "４１５ ５５５ ２６７１" and "(415) 555-2671" are one
 * value.
 */
public final class Detector {
  private static final Recognizer WRITTEN = new RegexPass();
  private static final Recognizer SPOKEN = new SpokenFormsRecognizer();
  private static final Recognizer LEXICON = new LexiconPass();

  private final Policy policy;
  private final Map<Pass, List<Recognizer>> recognizers = new EnumMap<>(Pass.class);
  private final Recognizer denyList;
  private final Optional<EntityRecognizer> ner;
  private final boolean nerRuns;

  private Detector(Policy policy, Optional<EntityRecognizer> ner) {
    this.policy = policy;
    recognizers.put(
        Pass.REGEX, List.of(WRITTEN, SPOKEN, new CustomPatternRecognizer(policy.customPatterns())));
    recognizers.put(Pass.LEXICON, List.of(LEXICON));
    this.ner = ner;
    // The model is asked only when the policy lists the pass and some kind counts what it finds.
    this.nerRuns =
        ner.isPresent()
            && policy.passes().contains(Pass.NER)
            && policy.rules().values().stream().anyMatch(rule -> rule.uses(Pass.NER));
    this.denyList = new DenyListRecognizer(policy.denyList());
  }

  public static Detector of(Policy policy) {
    return new Detector(policy, Optional.empty());
  }

  public static Detector of(Policy policy, EntityRecognizer ner) {
    return new Detector(policy, Optional.of(ner));
  }

  /**
   * The values to protect in {@code text}, in text order, never overlapping, with offsets in {@code
   * text}. When the policy runs the {@code ner} pass, the recognizer is started before the built-in
   * passes and joined after them.
   *
   * @throws EntityRecognizer.RecognizerUnavailable when a recognizer cannot answer and the policy
   *     does not let the built-in passes go on alone
   */
  public List<Detection> detect(String text) {
    return detect(text, true, null);
  }

  /**
   * Like {@link #detect(String)}, telling {@code log} when the text is masked without the model's
   * answer (the recognizer could not answer and the policy says {@code regex_only}).
   */
  public List<Detection> detect(String text, ModelPassLog log) {
    return detect(text, true, log);
  }

  /**
   * Like {@link #detect(String)} without the {@code ner} pass: for reading again a value already
   * detected once (its canonical form), where no model needs to be asked.
   */
  List<Detection> detectBuiltIn(String text) {
    return detect(text, false, null);
  }

  private List<Detection> detect(String text, boolean withModel, ModelPassLog log) {
    var folded = FoldedText.of(text);
    var read = folded.text();
    var pending = withModel && nerRuns && !read.isBlank() ? start(read) : null;
    var byPass = new EnumMap<Pass, List<Detection>>(Pass.class);
    try {
      for (var pass : policy.passes()) {
        if (pass == Pass.NER) {
          continue;
        }
        var kept = new ArrayList<Detection>();
        for (var recognizer : recognizers.get(pass)) {
          for (var detection : recognizer.find(read)) {
            if (kept(detection, folded)) {
              kept.add(detection);
            }
          }
        }
        byPass.put(pass, kept);
      }
    } catch (RuntimeException e) {
      if (pending != null) {
        pending.abandon();
      }
      throw e;
    }
    if (pending != null) {
      var kept = new ArrayList<Detection>();
      for (var detection : answer(pending, log)) {
        if (detection.end() <= read.length() && kept(detection, folded)) {
          kept.add(detection);
        }
      }
      byPass.put(Pass.NER, kept);
    }
    var found = new ArrayList<Detection>();
    for (var pass : policy.passes()) {
      found.addAll(byPass.getOrDefault(pass, List.of()));
    }
    found.removeIf(
        detection ->
            SpellingWords.spellsALetter(read, detection)
                || ExpiryDates.of(read, detection)
                || MoneyAmounts.of(read, detection)
                || TownsWithoutStates.isState(read, detection));
    // The deny list applies whatever the passes: its values are always masked.
    found.addAll(denyList.find(read));
    var resolved = SpanResolver.resolve(found);
    var said = AfterResolution.find(read, resolved);
    said.removeIf(detection -> !kept(detection, folded));
    if (!said.isEmpty()) {
      var first = resolved;
      found.addAll(said);
      resolved = SpanResolver.resolve(found);
      // What one reader found is another's context: the town "out by lowbridge" makes the ZIP at
      // the end of the turn one, a ZIP read from words makes the words before it a town.
      var more = AfterResolution.findAgain(read, first, said, resolved);
      more.removeIf(detection -> !kept(detection, folded));
      if (!more.isEmpty()) {
        found.addAll(more);
        resolved = SpanResolver.resolve(found);
      }
    }
    // A town read late with its state loses the state; a code found standing alone takes the kind
    // of the nearest identifier cue, when the policy masks that kind too; a hospital's or a
    // hospice's name is no one's.
    resolved =
        resolved.stream()
            .map(
                detection -> {
                  var named =
                      CodeKinds.named(read, TownsWithoutStates.withoutState(read, detection));
                  return named == detection || kept(named, folded) ? named : detection;
                })
            .filter(detection -> !FacilityNames.opens(read, detection))
            .toList();
    resolved = TownsReadAsNames.relabel(read, resolved, town -> kept(town, folded));
    return folded.isIdentity() ? resolved : inOriginal(resolved, folded);
  }

  private EntityRecognizer.Pending start(String read) {
    try {
      return ner.get().begin(read);
    } catch (EntityRecognizer.RecognizerUnavailable unavailable) {
      return () -> {
        throw unavailable;
      };
    }
  }

  /**
   * What the recognizer found; nothing when it cannot answer and the policy lets the built-in
   * passes mask the text alone (the recognizer is told, to count it, and so is {@code log}).
   */
  private List<Detection> answer(EntityRecognizer.Pending pending, ModelPassLog log) {
    try {
      return pending.join();
    } catch (EntityRecognizer.RecognizerUnavailable unavailable) {
      if (policy.ner().onUnavailable() == NerSettings.OnUnavailable.REFUSE) {
        throw unavailable;
      }
      ner.get().skipped(unavailable);
      if (log != null) {
        log.skipped(unavailable.reason());
      }
      return List.of();
    }
  }

  /**
   * Whether the policy keeps a detection: its kind is enabled, its pass runs for the kind, it is
   * sure enough, and its text is not on the allow list (as read, or as written in the original).
   */
  private boolean kept(Detection detection, FoldedText folded) {
    EntityRule rule = policy.rule(detection.kind());
    if (!rule.enabled()
        || !runs(rule, detection.pass())
        || detection.confidence() < rule.confidenceThreshold()) {
      return false;
    }
    if (policy.allows(folded.text().substring(detection.start(), detection.end()))) {
      return false;
    }
    return folded.isIdentity()
        || !policy.allows(
            folded
                .original()
                .substring(
                    folded.originalStart(detection.start()), folded.originalEnd(detection.end())));
  }

  /**
   * The resolved detections with offsets in the original text. Two neighbours may both touch one
   * original code point that folded into several chars ("ﬁ" read as "fi"); the later one then
   * starts after the earlier, so they never overlap.
   */
  private static List<Detection> inOriginal(List<Detection> resolved, FoldedText folded) {
    var out = new ArrayList<Detection>(resolved.size());
    int previousEnd = 0;
    for (var d : resolved) {
      int start = Math.max(folded.originalStart(d.start()), previousEnd);
      int end = folded.originalEnd(d.end());
      if (end <= start) {
        continue; // wholly inside the expansion the one before already covers
      }
      out.add(new Detection(d.kind(), start, end, d.confidence(), d.pass(), d.canonical()));
      previousEnd = end;
    }
    return List.copyOf(out);
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
