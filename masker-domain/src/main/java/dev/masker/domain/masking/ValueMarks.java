package dev.masker.domain.masking;

import dev.masker.domain.masking.token.Base32;
import dev.masker.domain.masking.token.KeyRing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Keyed marks of the values masked in a session's texts. The proxy stores a mark in the vault, with
 * no value, when it first counts a value of a text, so that the session counts it once wherever its
 * turns are masked (ADR 0054). A mark is keyed with a key derived from the policy's, so it tells
 * nothing of the text or the value, and it is no token: no rehydration or recall reads it.
 */
public final class ValueMarks {
  /** What every mark starts with: no token scheme does. */
  public static final String PREFIX = "SEEN.";

  private final byte[] key;

  ValueMarks(byte[] policyKey) {
    this.key = KeyRing.hmac(policyKey, "masker value mark v1");
  }

  /**
   * A mark of each of {@code detections} in {@code text} (the value of a field named {@code cue},
   * or null) in the session: the same session, text, kind, canonical form and occurrence (the
   * how-manieth detection of that value in the list) give the same mark on every server with the
   * policy's key.
   */
  public List<String> of(String sessionId, String cue, String text, List<Detection> detections) {
    var marks = new ArrayList<String>(detections.size());
    var seen = new HashMap<String, Integer>();
    for (var detection : detections) {
      var value = detection.kind().name() + '\0' + detection.canonical();
      int occurrence = seen.merge(value, 1, Integer::sum);
      var mark =
          KeyRing.hmac(
              key,
              sessionId,
              cue == null ? "" : "cue:" + cue,
              text,
              value,
              Integer.toString(occurrence));
      marks.add(PREFIX + Base32.encode(mark, 0, 20));
    }
    return marks;
  }
}
