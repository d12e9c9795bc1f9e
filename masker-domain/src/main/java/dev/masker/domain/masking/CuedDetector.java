package dev.masker.domain.masking;

import dev.masker.domain.masking.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * The detector reading a text with the cues its structure gives: a field's value with its name (a
 * JSON key as words, such as "member id"), and a value inside a text with its XML element or table
 * column. The cue tells what bare digits or a lone surname are, as "member id: XJH123456789" would,
 * and a key that names a kind ({@code family}, {@code phone}, {@code city}) makes a value of that
 * kind's shape that kind as a whole ({@link KeyedValue}). The cue itself is never part of a
 * detection. Only read after it is built: safe to share between threads.
 */
final class CuedDetector {
  private final Detector detector;
  private final Policy policy;

  CuedDetector(Detector detector, Policy policy) {
    this.detector = detector;
    this.policy = policy;
  }

  List<Detection> detect(String text, ModelPassLog log) {
    var found = detector.detect(text, log);
    // A value its element or column labels ("<family>Halvorsen</family>", a "last name" column)
    // is read with the label as its cue, as a JSON value is with its key.
    var inCells = cells(text, log);
    if (inCells.isEmpty()) {
      return found;
    }
    var all = new ArrayList<Detection>(found);
    all.addAll(inCells);
    return SpanResolver.resolveCovering(all, text);
  }

  List<Detection> detect(String cue, String value, ModelPassLog log) {
    if (cue == null || cue.isBlank()) {
      return detect(value, log);
    }
    var prefix = cue + ": ";
    var cued = detector.detect(prefix + value, log);
    var found = new ArrayList<Detection>(cued.size() + 1);
    for (var detection : cued) {
      if (detection.start() < prefix.length()) {
        // A detection reaching into the cue: the value is read on its own instead.
        found.clear();
        found.addAll(detector.detect(value, log));
        break;
      }
      found.add(
          new Detection(
              detection.kind(),
              detection.start() - prefix.length(),
              detection.end() - prefix.length(),
              detection.confidence(),
              detection.pass(),
              detection.canonical()));
    }
    KeyedValue.of(cue, value).filter(keyed -> kept(keyed, value)).ifPresent(found::add);
    // A record held in a keyed value ({"csv": "first,last\nDagny,Halvorsen"}) is read by its own
    // labels too.
    var inCells = cells(value, log);
    if (inCells.isEmpty()) {
      return SpanResolver.resolve(found);
    }
    found.addAll(inCells);
    return SpanResolver.resolveCovering(found, value);
  }

  private static List<Detection> withAll(List<Detection> some, List<Detection> more) {
    if (more.isEmpty()) {
      return some;
    }
    var all = new ArrayList<>(some);
    all.addAll(more);
    return all;
  }

  private List<Detection> cells(String text, ModelPassLog log) {
    var inCells =
        LabelledCells.detections(
            text,
            (label, value) -> detect(label, value, log),
            (label, value) ->
                KeyedValue.of(label, value).filter(keyed -> kept(keyed, value)).stream().toList());
    // A record encoded in base64 is read as the text it decodes to; a run holding a value is
    // masked whole.
    var encoded = Base64Values.detections(text, decoded -> detect(decoded, log));
    // So is text written upside down ("ʇsᴉʌbpuᴉ˥"), read upright.
    var turned = TurnedValues.detections(text, upright -> detect(upright, log));
    // And base32 of a record, as base64 (ADR 22).
    var base32 = Base32Values.detections(text, decoded -> detect(decoded, log));
    // And hex of a record (ADR 26).
    var hex = HexValues.detections(text, decoded -> detect(decoded, log));
    // And Morse code (ADR 28).
    hex = withAll(hex, MorseValues.detections(text, decoded -> detect(decoded, log)));
    // And runs a right-to-left override shows reversed, and Braille, read as shown (ADR 28).
    hex = withAll(hex, OverriddenValues.detections(text, shown -> detect(shown, log)));
    hex = withAll(hex, BrailleValues.detections(text, shown -> detect(shown, log)));
    // And a uuencoded block (ADR 34).
    hex = withAll(hex, UuencodedValues.detections(text, decoded -> detect(decoded, log)));
    if (!turned.isEmpty() || !base32.isEmpty() || !hex.isEmpty()) {
      encoded = new ArrayList<>(encoded);
      encoded.addAll(turned);
      encoded.addAll(base32);
      encoded.addAll(hex);
    }
    if (encoded.isEmpty()) {
      return inCells;
    }
    var all = new ArrayList<Detection>(inCells);
    all.addAll(encoded);
    return all;
  }

  private boolean kept(Detection detection, String text) {
    var rule = policy.rule(detection.kind());
    return rule.enabled()
        && detection.confidence() >= rule.confidenceThreshold()
        && !policy.allows(text.substring(detection.start(), detection.end()));
  }
}
