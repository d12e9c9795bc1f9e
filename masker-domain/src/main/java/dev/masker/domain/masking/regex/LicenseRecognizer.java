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
 * Certificate and licence numbers: a driver's or professional licence number after a cue ("driver's
 * license", "DL", "CDL", "license number", "state license", "lic."), 5 to 15 letters and digits;
 * DEA registration numbers ("AB1234563") validated by their check digit, surer after a "DEA" cue;
 * NPI numbers (ten digits) after an "NPI" or "provider number" cue, validated by their Luhn check.
 * A DEA or NPI number whose check digit fails is still reported when its cue is right before it
 * ({@link CueOverValidator}). Canonical form: upper case without separators. An NPI without a cue
 * is not reported: ten digits are more often a phone number.
 */
public final class LicenseRecognizer implements Recognizer {
  private static final CuedValue DRIVER =
      new CuedValue(
          EntityKind.LICENSE,
          Cue.of(
              "driver's license",
              "drivers license",
              "driver license",
              "driver's licence",
              "drivers licence",
              "driving licence",
              "driving license",
              "license number",
              "license",
              "licence",
              "lic",
              "lic #",
              "lic no",
              "cdl",
              "certificate",
              "certificate no",
              "licence number",
              "license no",
              "license #",
              "dl",
              "dl#",
              "dln",
              "license id",
              "state id",
              "medical license",
              "certificate number",
              "certification number",
              // driving licences of other countries
              "führerschein",
              "führerscheinnummer",
              "führerschein-nr",
              "permis de conduire",
              "n° de permis",
              "numéro de permis",
              "carnet de conducir",
              "licencia de conducir",
              "permiso de conducir",
              "patente di guida",
              "patente",
              "rijbewijs",
              "rijbewijsnummer",
              "prawo jazdy",
              "körkort",
              "körkortsnummer",
              "førerkort",
              "kørekort",
              "ajokortti",
              "ehliyet",
              "cnh",
              "carteira de habilitação",
              "carteira de motorista",
              // registrations of doctors, nurses and pharmacists
              "gmc",
              "gmc number",
              "gmc no",
              "nmc pin",
              "ahpra",
              "ahpra registration",
              "ahpra number",
              "rpps",
              "adeli",
              "lanr",
              "big-nummer",
              "big-registratie",
              "big",
              "pwz",
              "numer pwz",
              "crm",
              "coren",
              "crf",
              "colegiado",
              "nº colegiado",
              "número de colegiado",
              "núm. colegiado",
              "matrícula",
              "matrícula profesional",
              "cédula profesional",
              "mci reg",
              "mci registration",
              "medical council registration",
              "hpcsa",
              "mdcn",
              "kmpdc",
              "slmc",
              "prc license",
              "prc lic",
              "iscrizione albo",
              "albo"),
          5,
          15,
          false,
          0.85);
  private static final Pattern DEA =
      Pattern.compile(
          "(?<![\\w-])([a-z][a-z9])[ \\t-]?(\\d{7})(?![\\w]|[.-]\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TEN_DIGITS =
      Pattern.compile("(?<![\\w.,-])(\\d{10})(?![\\w]|[.,-]\\d)");
  private static final Cue DEA_CUE = Cue.of("dea", "dea number", "dea registration");
  private static final Cue NPI_CUE =
      Cue.of(
          "npi",
          "npi number",
          "national provider",
          "national provider identifier",
          "provider number",
          "provider id");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    DRIVER.findIn(text, out);
    Anchored dea = Anchored.atWordStarts(DEA, text, LicenseRecognizer::mayStartDea);
    while (dea.find()) {
      String compact = (dea.group(1) + dea.group(2)).toUpperCase(Locale.ROOT);
      boolean cued = DEA_CUE.precedes(text, dea.start(), CueOverValidator.WORDS);
      boolean upper = compact.equals(dea.group(1) + dea.group(2));
      if (!cued && !upper) {
        continue;
      }
      double confidence =
          CueOverValidator.confidence(Dea.isValid(compact), () -> cued, cued ? 0.95 : 0.8);
      if (confidence == CueOverValidator.NOT_REPORTED) {
        continue;
      }
      out.add(
          new Detection(
              EntityKind.LICENSE, dea.start(), dea.end(), confidence, Pass.REGEX, compact));
    }
    Anchored npi =
        Anchored.atDigitWordStarts(TEN_DIGITS, text, (t, i) -> Anchored.digitRunAt(t, i, 10, 10));
    while (npi.find()) {
      if (!NPI_CUE.precedes(text, npi.start(), 5)) {
        continue;
      }
      double confidence =
          CueOverValidator.confidence(
              Npi.isValid(npi.group(1)),
              () -> NPI_CUE.precedes(text, npi.start(), CueOverValidator.WORDS),
              0.93);
      if (confidence != CueOverValidator.NOT_REPORTED) {
        out.add(
            new Detection(
                EntityKind.LICENSE, npi.start(), npi.end(), confidence, Pass.REGEX, npi.group(1)));
      }
    }
    return out;
  }

  private static boolean mayStartDea(String text, int i) {
    int length = text.length();
    if (i + 9 > length || !Character.isLetter(text.charAt(i)) || !Anchored.WORD_START.at(text, i)) {
      return false;
    }
    char third = text.charAt(i + 2);
    return Anchored.isAsciiDigit(third)
        || ((third == ' ' || third == '-') && Anchored.isAsciiDigit(text.charAt(i + 3)));
  }
}
