package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Identifying numbers no other kind names, after a cue that says whose they are: passports,
 * national and other identity cards, case and claim numbers, employee and student numbers
 * ("passport number X1234567", "national id: 8812-3344-12", "claim number 77-4412-998"), and the
 * national numbers of other countries by their names ("PESEL", "CPF", "DNI", "BSN", "personnummer",
 * "NIR", "Aadhaar", "codice fiscale"). Safe Harbor's "any other unique identifying number"
 * (OTHER_ID): 5 to 20 letters and digits holding at least one digit, so "my passport is expired"
 * names nothing. Canonical form: upper case, no separators.
 */
public final class IdentifierRecognizer implements Recognizer {
  private static final CuedValue IDENTIFIER =
      new CuedValue(
          EntityKind.OTHER_ID,
          Cue.of(
              "passport",
              "passport number",
              "passport no",
              "national id",
              "national identity number",
              "national insurance number",
              "social insurance number",
              "personal identity number",
              "identity card",
              "identity card number",
              "id card",
              "id card number",
              "id number",
              "my id",
              "her id",
              "his id",
              "their id",
              "your id",
              "the id",
              "identification number",
              "tax id",
              "tax id number",
              "nhs number",
              "case number",
              "case no",
              "claim number",
              "claim no",
              "employee id",
              "employee number",
              "staff id",
              "student id",
              "student number",
              // national identity and social insurance numbers of other countries
              "nhs",
              "nhs no",
              "pesel",
              "cpf",
              "dni",
              "nie",
              "nif",
              "bsn",
              "burgerservicenummer",
              "personnummer",
              "fødselsnummer",
              "fodselsnummer",
              "cpr",
              "cpr-nummer",
              "henkilötunnus",
              "hetu",
              "rodné číslo",
              "rodne cislo",
              "tc kimlik",
              "tc kimlik no",
              "kimlik no",
              "aadhaar",
              "aadhar",
              "codice fiscale",
              "steuer-id",
              "sozialversicherungsnummer",
              "ahv",
              "ahv-nr",
              "avs",
              "nir",
              "insee",
              "numéro de sécurité sociale",
              "n° de sécurité sociale",
              "sécurité sociale",
              "securite sociale",
              "nino",
              "ppsn",
              "pps number",
              "curp",
              "cuil",
              "nric",
              "hkid",
              "amka",
              "egn",
              "jmbg",
              "cnp"),
          5,
          20,
          false,
          0.85);

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    IDENTIFIER.findIn(text, out);
    return out;
  }
}
