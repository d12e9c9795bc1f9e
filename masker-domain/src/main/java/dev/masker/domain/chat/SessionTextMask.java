package dev.masker.domain.chat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.MaskedText;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.known.KnownValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link TextMask#of}: detects each string once, learns, then masks with the known values. */
final class SessionTextMask implements TextMask {
  private final Masker masker;
  private final String sessionId;
  private final KnownValues known;
  private final Map<String, List<Detection>> detected = new HashMap<>();

  SessionTextMask(Masker masker, String sessionId) {
    this.masker = masker;
    this.sessionId = sessionId;
    this.known = masker.knownValues(sessionId);
  }

  @Override
  public void learn(String cue, String text) {
    masker.learn(known, text, detections(cue, text));
  }

  @Override
  public MaskedText apply(String cue, String text) {
    var detections = masker.withRecurrences(known, text, detections(cue, text));
    return masker.mask(sessionId, text, detections);
  }

  private List<Detection> detections(String cue, String text) {
    return detected.computeIfAbsent(
        (cue == null ? "" : cue) + '\0' + text, key -> masker.detect(cue, text));
  }
}
