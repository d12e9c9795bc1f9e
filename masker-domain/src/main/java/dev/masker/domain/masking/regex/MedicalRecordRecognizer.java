package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Medical record numbers after a cue ("MRN", "medical record number", "chart number", "patient id",
 * "pt ID", "med rec no."): 6 to 16 letters and digits ("MRN10000000" holds its own prefix), at
 * least one digit, dashes or digit groups allowed ("MRN: 00482913", "chart number is AB-123456").
 * Canonical form: upper case without separators. Tenant formats without a cue belong in the
 * policy's custom patterns.
 */
public final class MedicalRecordRecognizer implements Recognizer {
  private static final CuedValue MRN =
      new CuedValue(
          EntityKind.MRN,
          Cue.of(
              "mrn",
              "medical record number",
              "medical record",
              "medical record no",
              "chart number",
              "chart no",
              "chart",
              "chart #",
              "record number",
              "record no",
              "record #",
              "med rec",
              "med rec no",
              "medical rec",
              "patient id",
              "patient #",
              "pt id",
              "pt #",
              "pt no",
              "patient identifier",
              "patient number",
              "hospital number",
              "mr number",
              "mr#",
              "mr #",
              "hospital no",
              "hospital id",
              "ur number",
              "urn",
              "fallnummer",
              "fall-nr",
              "patientennummer",
              "patienten-id",
              "numéro de dossier",
              "n° de dossier",
              "número de historia clínica",
              "historia clínica",
              "nhc",
              "numero di cartella",
              "cartella clinica",
              "patiëntnummer",
              "dossiernummer",
              "numer pacjenta",
              "numer historii choroby"),
          6,
          16,
          false,
          0.88);

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    MRN.findIn(text, out);
    return out;
  }
}
