package dev.masker.application.service.proxy;

import dev.masker.domain.chat.TextMask;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.MaskedText;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.ModelPassLog;
import dev.masker.domain.masking.SpanResolver;
import dev.masker.domain.masking.known.KnownValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks the strings of one turn in one session. A string the session masked before comes from the
 * {@link MaskedHistory} (no detection, no event: it was recorded in its own turn), searched only
 * for values the session learned since, still in clear in it. A new string is detected, what it
 * reveals is learned before any string of the turn is masked, and it is masked with every value the
 * session knows. A string read only to learn from (one of a turn's other readings, never masked
 * itself) is detected once for as long as the session's known values that learned it stay in
 * memory. Each stage is timed, and the strings masked without the model's answer are noted.
 */
final class SessionMask implements TextMask {
  private final Masker masker;
  private final DetectedTexts.Detecting detecting;
  private final String scope;
  private final MaskedHistory history;
  private final KnownValues known;
  private final boolean useHistory;
  private final Map<MaskedHistory.Key, List<Detection>> detected = new HashMap<>();
  private final Map<MaskedHistory.Key, MaskedHistory.Entry> remembered = new HashMap<>();
  private final Map<MaskedHistory.Key, MaskedHistory.Entry> masked = new HashMap<>();
  private final ModelPassLog modelPass = new ModelPassLog();
  private long detectionNanos;
  private long tokenizeNanos;

  /**
   * @param detecting the masker's detection, through the texts it detected in other sessions
   * @param known the session's known values
   * @param useHistory false when the known values may have lost what the history's strings revealed
   *     (a session pushed out of memory with nothing to recall it from): every string is then
   *     detected again
   */
  SessionMask(
      Masker masker,
      DetectedTexts.Detecting detecting,
      String scope,
      MaskedHistory history,
      KnownValues known,
      boolean useHistory) {
    this.masker = masker;
    this.detecting = detecting;
    this.scope = scope;
    this.history = history;
    this.known = known;
    this.useHistory = useHistory;
  }

  @Override
  public void learn(String cue, String text) {
    long started = System.nanoTime();
    var key = MaskedHistory.key(scope, cue, text);
    var masked = useHistory ? history.entry(key) : null;
    if (masked != null) {
      remembered.put(key, masked);
    } else if (!detected.containsKey(key)) {
      var detections = detecting.detect(cue, text, modelPass);
      masker.learn(known, text, detections);
      detected.put(key, detections);
    }
    detectionNanos += System.nanoTime() - started;
  }

  /**
   * A reading the session's known values learned from in an earlier turn, and still hold (the same
   * set, in memory since), is not detected again: a voice platform resends the call every turn, and
   * the readings of its history are the same every turn. A set recalled anew learns it again.
   */
  @Override
  public void learnOnly(String cue, String text) {
    long started = System.nanoTime();
    var key = MaskedHistory.learnedKey(scope, cue, text);
    var learned = history.entry(key);
    if (learned == null || !known.grewFrom(learned.stamp())) {
      masker.learn(known, text, detecting.detect(cue, text, modelPass));
      history.learned(key, known.stamp());
    }
    detectionNanos += System.nanoTime() - started;
  }

  @Override
  public MaskedText apply(String cue, String text) {
    long started = System.nanoTime();
    var key = MaskedHistory.key(scope, cue, text);
    var entry = remembered.get(key);
    List<Detection> detections;
    String source;
    if (entry != null) {
      // Masked in an earlier turn: only values learned since can still be in clear in it.
      var before = entry.masked();
      detections =
          entry.stamp() == known.stamp()
              ? List.of()
              : SpanResolver.resolveLongestFirst(known.findInMasked(before));
      source = before;
      if (detections.isEmpty()) {
        if (entry.stamp() != known.stamp()) {
          masked.put(key, new MaskedHistory.Entry(before, known.stamp()));
        }
        detectionNanos += System.nanoTime() - started;
        return new MaskedText(before, List.of());
      }
    } else {
      var found = detected.get(key);
      if (found == null) {
        found = detecting.detect(cue, text, modelPass);
        masker.learn(known, text, found);
      }
      detections = masker.withRecurrences(known, text, found);
      source = text;
    }
    long detectedAt = System.nanoTime();
    var result = masker.mask(scope, source, detections);
    masked.put(key, new MaskedHistory.Entry(result.text(), known.stamp()));
    detectionNanos += detectedAt - started;
    tokenizeNanos += System.nanoTime() - detectedAt;
    return result;
  }

  /**
   * Remembers what each string of the turn was masked to, once the vault holds the rows of its
   * tokens: a remembered string is sent again without masking, so its rows must be stored first.
   */
  void remember() {
    masked.forEach((key, entry) -> history.put(key, entry.masked(), entry.stamp()));
    masked.clear();
  }

  long detectionNanos() {
    return detectionNanos;
  }

  long tokenizeNanos() {
    return tokenizeNanos;
  }

  /** What became of the model pass over the strings detected so far. */
  ModelPassLog modelPass() {
    return modelPass;
  }
}
