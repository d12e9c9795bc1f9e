package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Identifying numbers after a cue that says whose they are, 5 to 20 letters and digits holding at
 * least one digit, so "my passport is expired" names nothing. National identity and social-security
 * numbers, by their generic names ("national id: 8812-3344-12") and each country's ("PESEL", "CPF",
 * "DNI", "BSN", "personnummer", "NIR", "Aadhaar", "codice fiscale", "주민등록번호"), are what a US social
 * security number is at home and reported as SSN. Passports, claim, employee and student numbers
 * ("passport number X1234567", "claim number 77-4412-998") are Safe Harbor's "any other unique
 * identifying number" (OTHER_ID). Canonical form: upper case, no separators.
 */
public final class IdentifierRecognizer implements Recognizer {
  private static final CuedValue IDENTIFIER =
      new CuedValue(
          EntityKind.OTHER_ID,
          Cue.of(
              "passport",
              "passport number",
              "passport no",
              "my id",
              "her id",
              "his id",
              "their id",
              "your id",
              "the id",
              "identification number",
              "tax id",
              "tax id number",
              "claim number",
              "claim no",
              "employee id",
              "employee number",
              "staff id",
              "student id",
              "student number"),
          5,
          20,
          false,
          0.85);

  /**
   * National identity and social-security numbers, by their generic names and by each country's:
   * the counterpart abroad of a US social security number, and reported as one (SSN).
   */
  private static final CuedValue NATIONAL =
      new CuedValue(
          EntityKind.SSN,
          Cue.of(
              "national id",
              "id number",
              "id no",
              "national id number",
              "national identity number",
              "national identification number",
              "national insurance number",
              "national insurance no",
              "ni number",
              "ni no",
              "social insurance number",
              "sin",
              "nas",
              "personal identity number",
              "personal identification number",
              "personal id number",
              "personal code",
              "identity card",
              "identity card number",
              "identity number",
              "id card",
              "id card number",
              "citizen id",
              "resident registration number",
              "nino",
              "ppsn",
              "pps number",
              "pps no",
              // Europe
              "pesel",
              "dni",
              "nie",
              "nif",
              "nss",
              "número de la seguridad social",
              "número de seguridad social",
              "bsn",
              "burgerservicenummer",
              "sofinummer",
              "personnummer",
              "personnr",
              "pnr",
              "pers.nr",
              "fødselsnummer",
              "fodselsnummer",
              "fnr",
              "cpr",
              "cpr-nr",
              "cpr-nummer",
              "kennitala",
              "kt.",
              "henkilötunnus",
              "hetu",
              "personas kods",
              "asmens kodas",
              "isikukood",
              "rodné číslo",
              "rodne cislo",
              "r. č.",
              "rč",
              "rodné číslo pojištěnce",
              "tc kimlik",
              "tc kimlik no",
              "kimlik no",
              "codice fiscale",
              "cf",
              "c.f.",
              "c. f.",
              "steuer-id",
              "sozialversicherungsnummer",
              "rentenversicherungsnummer",
              "svnr",
              "sv-nr",
              "sv-nummer",
              "versicherungsnummer der sozialversicherung",
              "ahv",
              "ahv-nr",
              "avs",
              "nir",
              "insee",
              "numéro de sécurité sociale",
              "n° de sécurité sociale",
              "n° sécurité sociale",
              "n° ss",
              "sécurité sociale",
              "securite sociale",
              "amka",
              "αμκα",
              "egn",
              "jmbg",
              "emšo",
              "cnp",
              "oib",
              "nid",
              // the Americas
              "cpf",
              "curp",
              "cuil",
              "cuit",
              "rut",
              "cédula",
              "cedula",
              "cédula de identidad",
              "número de cédula",
              "dui",
              "no. de afiliación",
              "número de seguridad social",
              // Africa, Asia and Oceania
              "aadhaar",
              "आधार",
              "आधार संख्या",
              "nin",
              "снилс",
              "инн",
              "aadhar",
              "aadhaar no",
              "nric",
              "nric/fin",
              "fin",
              "hkid",
              "mykad",
              "nik",
              "ktp",
              "cnic",
              "nicop",
              "emirates id",
              "thai id",
              "cin",
              "ת.ז",
              "ת\"ז",
              "תעודת זהות",
              "身分證字號",
              "身分證號碼",
              "身份证号",
              "身份证号码",
              "公民身份号码",
              "주민등록번호",
              "マイナンバー",
              "個人番号"),
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
    NATIONAL.findIn(text, out);
    IDENTIFIER.findIn(text, out);
    return out;
  }
}
