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
 * Device identifiers: serial numbers after a cue ("serial number", "S/N", "device id", "model and
 * serial"), 5 to 32 letters and digits (a UUID device id has 32); IMEIs (15 digits) after an "IMEI"
 * cue, surer when valid by {@link Luhn} ({@link CueOverValidator}); MAC addresses
 * ("00:1A:2B:3C:4D:5E"). Canonical form: upper case without separators.
 */
public final class DeviceRecognizer implements Recognizer {
  private static final CuedValue SERIAL =
      new CuedValue(
          EntityKind.DEVICE_ID,
          Cue.of(
              "serial number",
              "serial no",
              "serial #",
              "serial",
              "s/n",
              "sn",
              "device id",
              "device identifier",
              "device number",
              "device serial",
              "device serial number",
              "model and serial",
              "model and serial number",
              "unit id",
              "unit serial",
              "hardware id",
              "udid",
              "meid",
              "pacemaker id",
              "implant id",
              "pump serial",
              "equipment id"),
          5,
          32,
          false,
          0.85);
  private static final Pattern IMEI =
      Pattern.compile(
          "(?<![\\w.,-])(\\d{2}[ \\t-]?\\d{6}[ \\t-]?\\d{6}[ \\t-]?\\d)(?![\\w]|[.,-]\\d)");
  private static final Cue IMEI_CUE = Cue.of("imei", "imei number");
  private static final Pattern MAC =
      Pattern.compile(
          "(?<![\\w:-])[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\\1[0-9a-f]{2}){4}(?![\\w]|[:-]\\w)",
          Pattern.CASE_INSENSITIVE);

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    SERIAL.findIn(text, out);
    Anchored imei =
        Anchored.atDigitWordStarts(
            IMEI,
            text,
            (t, i) -> Anchored.digitsAt(t, i, 3) >= 2 && Anchored.DIGIT_AT_WORD_START.at(t, i));
    while (imei.find()) {
      if (!IMEI_CUE.precedes(text, imei.start(), CueOverValidator.WORDS)) {
        continue;
      }
      String digits = imei.group(1).replaceAll("[^0-9]", "");
      // the cue is right before: a number failing Luhn is reported too, less surely
      double confidence = CueOverValidator.confidence(Luhn.isValid(digits), () -> true, 0.95);
      out.add(
          new Detection(
              EntityKind.DEVICE_ID, imei.start(), imei.end(), confidence, Pass.REGEX, digits));
    }
    Anchored mac =
        Anchored.atWordStarts(
            MAC,
            text,
            (t, i) ->
                i + 2 < t.length()
                    && (t.charAt(i + 2) == ':' || t.charAt(i + 2) == '-')
                    && Anchored.isHex(t.charAt(i))
                    && Anchored.WORD_START.at(t, i));
    while (mac.find()) {
      String compact = mac.group().replace(":", "").replace("-", "").toUpperCase(Locale.ROOT);
      out.add(
          new Detection(EntityKind.DEVICE_ID, mac.start(), mac.end(), 0.85, Pass.REGEX, compact));
    }
    return out;
  }
}
