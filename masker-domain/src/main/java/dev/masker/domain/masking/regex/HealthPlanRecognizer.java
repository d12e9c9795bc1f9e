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
 * Health-plan beneficiary numbers: Medicare Beneficiary Identifiers anywhere ("1EG4-TE5-MK73",
 * shape checked by {@link MedicareBeneficiaryIdentifier}), and any plan's member number after a cue
 * ("member id", "member #", "policy", "subscriber", "insurance id", "the id on my card",
 * "Medicaid"): 5 to 20 letters and digits with at least one digit. Canonical form: upper case
 * without separators. Group numbers name an employer's plan, not a person, and are not reported.
 */
public final class HealthPlanRecognizer implements Recognizer {
  private static final Pattern MBI =
      Pattern.compile(
          "(?<![\\w-])([1-9][a-z][a-z0-9]\\d)(-?)([a-z][a-z0-9]\\d)\\2([a-z]{2}\\d{2})(?![\\w]|-\\w)",
          Pattern.CASE_INSENSITIVE);
  private static final CuedValue MEMBER =
      new CuedValue(
          EntityKind.HEALTH_PLAN_ID,
          Cue.of(
              "member",
              "member id",
              "member number",
              "member no",
              "mbr",
              "mbr id",
              "mbr no",
              "mem id",
              "membership number",
              "policy",
              "policy number",
              "policy no",
              "policy id",
              "policy holder id",
              "subscriber",
              "subscriber id",
              "subscriber number",
              "insurance id",
              "insurance number",
              "insurance card",
              "id on my card",
              "id on the card",
              "id on his card",
              "id on her card",
              "medicaid",
              "medicaid id",
              "medicaid number",
              "medicare",
              "medicare id",
              "medicare number",
              "certificate of coverage",
              "beneficiary id",
              "beneficiary number",
              "plan id",
              "health plan number",
              "mbi",
              "hicn",
              // health insurance numbers of other countries
              "versichertennummer",
              "krankenversicherungsnummer",
              "versicherungsnummer",
              "kvnr",
              "ehic",
              "carte vitale",
              "tarjeta sanitaria",
              "número de afiliación",
              "numero de afiliacion",
              "tessera sanitaria",
              "polisnummer",
              "medicare card",
              "medicare card number",
              "ihi",
              "health card number",
              "health card",
              "ohip",
              "ohip number",
              "cartão sus",
              "cartao sus",
              "cns",
              "nhs",
              "nhs no",
              "nhs number",
              "chi number",
              "chi no",
              "hcn",
              "nhi",
              "nhi number",
              "medicare no",
              "medicare card no",
              "medical card",
              "medical card no",
              "medical card number",
              "gms number",
              "phn",
              "personal health number",
              "health number",
              "health insurance number",
              "health insurance no",
              "insurance no",
              "insured's id",
              "insured id",
              "versichertennr",
              "vers.-nr",
              "vers-nr",
              "versicherten-nr",
              "krankenversichertennummer",
              "kassen-nr",
              "e-card",
              "n° d'immatriculation",
              "numéro d'immatriculation",
              "cnss",
              "cnam",
              "mutuelle",
              "n° adhérent",
              "numéro d'adhérent",
              "adhérent",
              "nº utente",
              "n.º utente",
              "utente sns",
              "nº utente sns",
              "n.º utente sns",
              "número de utente",
              "número sns",
              "afiliado",
              "no. de afiliado",
              "número de afiliado",
              "nro. de afiliado",
              "credencial",
              "tarjeta sanitaria individual",
              "tsi",
              "cip",
              "polisnr",
              "polisnummer",
              "verzekerdennummer",
              "mbo",
              "č. pojištěnce",
              "číslo pojištěnce",
              "číslo pojištence",
              "pojištěnce",
              "numer ubezpieczenia",
              "taj",
              "taj szám",
              "kela",
              "philhealth",
              "philhealth no",
              "philhealth number",
              "philhealth pin",
              "abha",
              "abha number",
              "pmjay id",
              "bpjs",
              "no. bpjs",
              "bhyt",
              "số thẻ bhyt",
              "mã thẻ bhyt",
              "medishield",
              "medishield life",
              "medical aid",
              "nhis",
              "nhis no",
              "nhif",
              "полис омс",
              "полис",
              "омс",
              "medical aid no",
              "medical aid number",
              "bpjs kesehatan",
              "póliza",
              "poliza",
              "póliza de seguro",
              "ramq",
              "carte ramq",
              "carte d'assurance maladie",
              "versichertenkarte",
              "被保険者番号",
              "保険者番号",
              "保険証番号",
              "健保卡號",
              "健保卡号",
              "医保卡号",
              "医保号",
              "社保卡号",
              "건강보험증번호",
              "보험증번호",
              "מספר מבוטח"),
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
    Anchored m =
        Anchored.atDigitWordStarts(
            MBI,
            text,
            (t, i) ->
                i + 1 < t.length()
                    && Anchored.isAsciiLetter(t.charAt(i + 1))
                    && Anchored.DIGIT_AT_WORD_START.at(t, i));
    while (m.find()) {
      String compact = (m.group(1) + m.group(3) + m.group(4)).toUpperCase(Locale.ROOT);
      if (!MedicareBeneficiaryIdentifier.isValid(compact)) {
        continue;
      }
      boolean upper = compact.equals(m.group(1) + m.group(3) + m.group(4));
      out.add(
          new Detection(
              EntityKind.HEALTH_PLAN_ID,
              m.start(),
              m.end(),
              upper ? 0.9 : 0.8,
              Pass.REGEX,
              compact));
    }
    MEMBER.findIn(text, out);
    return out;
  }
}
