package dev.masker.application.service.proxy;

import dev.masker.domain.chat.TextMask;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.MaskEvent;
import dev.masker.domain.masking.MaskedText;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.ModelPassLog;
import dev.masker.domain.masking.SpanResolver;
import dev.masker.domain.masking.known.KnownValues;
import dev.masker.domain.masking.vault.BatchedVault;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Masks the strings of one turn in one session. A string the session masked before comes from the
 * {@link MaskedHistory} (no detection, no event: it was recorded in its own turn), searched only
 * for values the session learned since, still in clear in it. A new string is detected, what it
 * reveals is learned before any string of the turn is masked, and it is masked with every value the
 * session knows. A string read only to learn from (one of a turn's other readings, never masked
 * itself) is detected once for as long as the session's known values that learned it stay in
 * memory. Each stage is timed, and the strings masked without the model's answer are noted. The
 * turn's events of values counted in an earlier turn, on any server, are found when its vault rows
 * are written ({@link #flushCounting}).
 */
final class SessionMask implements TextMask {
  /** A value mark's row holds no value. */
  private static final byte[] NO_VALUE = new byte[0];

  private final Masker masker;
  private final DetectedTexts.Detecting detecting;
  private final String scope;
  private final MaskedHistory history;
  private final KnownValues known;
  private final boolean useHistory;
  private final Map<MaskedHistory.Key, List<Detection>> detected = new HashMap<>();
  private final Map<MaskedHistory.Key, MaskedHistory.Entry> remembered = new HashMap<>();
  private final Map<MaskedHistory.Key, MaskedHistory.Entry> masked = new HashMap<>();
  private final List<MaskedString> maskedStrings = new ArrayList<>();
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
    if (entry == null) {
      var found = detected.get(key);
      if (found == null) {
        found = detecting.detect(cue, text, modelPass);
        masker.learn(known, text, found);
      }
      var detections = masker.withRecurrences(known, text, found);
      var result = mask(key, text, detections, started);
      if (!detections.isEmpty()) {
        maskedStrings.add(new MaskedString(cue, text, detections, result.events()));
      }
      return result;
    }
    // Masked in an earlier turn, or an answer: only values learned since can be in clear in it.
    var before = entry.masked();
    var answerEvents =
        entry.stamp() == MaskedHistory.Entry.NO_STAMP ? countAnswer(cue, text) : null;
    var detections =
        entry.stamp() == known.stamp()
            ? List.<Detection>of()
            : SpanResolver.resolveLongestFirst(known.findInMasked(before));
    MaskedText result;
    if (detections.isEmpty()) {
      if (entry.stamp() != known.stamp()) {
        masked.put(key, new MaskedHistory.Entry(before, known.stamp()));
      }
      detectionNanos += System.nanoTime() - started;
      result = new MaskedText(before, List.of());
    } else {
      result = mask(key, before, detections, started);
      if (answerEvents == null) {
        maskedStrings.add(new MaskedString(cue, text, detections, result.events()));
      }
    }
    return answerEvents == null ? result : new MaskedText(result.text(), answerEvents);
  }

  /** {@code source} masked, remembered for the end of the turn, timed from {@code started}. */
  private MaskedText mask(
      MaskedHistory.Key key, String source, List<Detection> detections, long started) {
    long detectedAt = System.nanoTime();
    var result = masker.mask(scope, source, detections);
    masked.put(key, new MaskedHistory.Entry(result.text(), known.stamp()));
    detectionNanos += detectedAt - started;
    tokenizeNanos += System.nanoTime() - detectedAt;
    return result;
  }

  /**
   * The events of an answer of the session resent for the first time, as a server that never saw
   * the answer counts it: detected as the caller resent it. What is sent stays the upstream's own
   * words ({@link MaskedHistory#rememberAnswer}); only the count is made as without the cache, so
   * it does not depend on which server answered.
   */
  private List<MaskEvent> countAnswer(String cue, String text) {
    var detections = masker.withRecurrences(known, text, detecting.detect(cue, text, modelPass));
    if (detections.isEmpty()) {
      return List.of();
    }
    var events = masker.mask(scope, text, detections).events();
    maskedStrings.add(new MaskedString(cue, text, detections, events));
    return events;
  }

  /**
   * Writes the vault rows the turn made, and with them a mark of each value it masked ({@link
   * dev.masker.domain.masking.ValueMarks}), in one round trip; returns the events of the values
   * whose mark was there already. Those were counted in an earlier turn of the session, on this
   * server or another: a value in a text is counted once per session, in the turn that first masked
   * it there, wherever the session's turns land.
   *
   * @throws dev.masker.domain.masking.vault.TokenVault.Unavailable when the vault cannot be reached
   */
  Set<MaskEvent> flushCounting(BatchedVault.Batch batch) {
    var marks = new HashMap<String, byte[]>();
    var eventsByMark = new HashMap<String, List<MaskEvent>>();
    for (var masking : maskedStrings) {
      var valueMarks =
          masker.valueMarks().of(scope, masking.cue(), masking.text(), masking.detections());
      for (int i = 0; i < valueMarks.size(); i++) {
        marks.put(valueMarks.get(i), NO_VALUE);
        eventsByMark
            .computeIfAbsent(valueMarks.get(i), mark -> new ArrayList<>())
            .add(masking.events().get(i));
      }
    }
    var firstHere = batch.flush(marks);
    Set<MaskEvent> countedBefore = Collections.newSetFromMap(new IdentityHashMap<>());
    eventsByMark.forEach(
        (mark, events) -> {
          if (!firstHere.contains(mark)) {
            countedBefore.addAll(events);
          }
        });
    return countedBefore;
  }

  /** One text the turn masked, what was masked in it and its events, one per detection. */
  private record MaskedString(
      String cue, String text, List<Detection> detections, List<MaskEvent> events) {}

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
