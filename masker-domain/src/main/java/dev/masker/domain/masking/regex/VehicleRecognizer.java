package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vehicle identifiers: VINs (17 characters, no I, O or Q) whose check digit is right, or that
 * follow a "VIN" cue (VINs from outside North America carry no check digit); licence plates only
 * after a plate cue ("license plate", "plate number", "tag"), 4 to 8 letters and digits. Canonical
 * form: upper case without separators.
 */
public final class VehicleRecognizer implements Recognizer {
  private static final Pattern VIN =
      Pattern.compile("(?<![\\w-])[a-hj-npr-z0-9]{17}(?![\\w])", Pattern.CASE_INSENSITIVE);
  private static final Cue VIN_CUE =
      Cue.of("vin", "vin number", "vehicle identification number", "vehicle id", "chassis number");
  private static final CuedValue PLATE =
      new CuedValue(
          EntityKind.VEHICLE_ID,
          Cue.of(
              "license plate",
              "licence plate",
              "plate number",
              "plate",
              "plates",
              "tag number",
              "tag", // "the tag on the van is 925ebu", as plates are called in the south
              "registration number",
              "number plate",
              "plate no"),
          4,
          8,
          false,
          0.85);

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    Anchored m =
        Anchored.atWordStarts(
            VIN,
            text,
            (t, i) ->
                i + 17 <= t.length()
                    && (i + 17 == t.length() || !Anchored.isWordChar(t.charAt(i + 17)))
                    && Anchored.WORD_START.at(t, i)
                    && isAsciiAlphanumeric(t, i, i + 17));
    while (m.find()) {
      String value = m.group().toUpperCase(Locale.ROOT);
      if (!hasLetterAndDigit(value)) {
        continue;
      }
      double confidence;
      if (Vin.isValid(value)) {
        confidence = 0.95;
      } else if (VIN_CUE.precedes(text, m.start(), 4)) {
        confidence = 0.85;
      } else {
        continue;
      }
      out.add(
          new Detection(EntityKind.VEHICLE_ID, m.start(), m.end(), confidence, Pass.REGEX, value));
    }
    PLATE.findIn(text, out);
    return out;
  }

  private static boolean isAsciiAlphanumeric(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(Anchored.isAsciiDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetterAndDigit(String value) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      letter |= c >= 'A' && c <= 'Z';
      digit |= c >= '0' && c <= '9';
    }
    return letter && digit;
  }
}
