package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.List;
import java.util.Map;

/**
 * The kind of a code found standing alone (OTHER_ID), from the nearest identifier cue said up to
 * {@value #WORDS} words before it, however far from the value its usual readers allow: "the m r n
 * on my wristband from june 29 says 54605981" is a record number, "the dea number on the script is
 * wrong, it should be b h three five …" a licence, "the serial on the back of the hearing aid says
 * double you why oh seven …" a device's. The code is masked either way; its kind names its token,
 * which tells the model what the value was.
 */
public final class CodeKinds {
  private static final int WORDS = 12;

  private static final Map<EntityKind, Cue> CUES =
      Map.of(
          EntityKind.MRN,
          Cue.of(
              "mrn",
              "medical record",
              "record number",
              "chart",
              "chart number",
              "wristband",
              "patient number",
              "patient id",
              "hospital number",
              "file number",
              "file no",
              "case number"),
          EntityKind.HEALTH_PLAN_ID,
          Cue.of(
              "member",
              "member id",
              "medicare",
              "medicaid",
              "insurance",
              "insurance card",
              "policy",
              "plan",
              "subscriber",
              "nhs",
              "health card",
              "mutuelle",
              "adhérent"),
          EntityKind.LICENSE,
          Cue.of("license", "licence", "dea", "npi", "prescriber", "registration"),
          EntityKind.ACCOUNT,
          Cue.of("account", "acct"),
          EntityKind.SSN,
          Cue.of("social", "ssn", "social security", "cpf", "bsn", "national id", "personal id"),
          EntityKind.VEHICLE_ID,
          Cue.of("plate", "license plate"),
          EntityKind.DEVICE_ID,
          Cue.of(
              "serial",
              "serial number",
              "device id",
              "transmitter",
              "transmitter id",
              "imei",
              "mac address",
              "udi"));

  private CodeKinds() {}

  /** Words that make the number after them a fax number: "faxed to", "the fax number for …". */
  private static final Cue FAX = Cue.of("fax", "faxed", "faxing", "fax number");

  /** Words that make the number after them one to call, nearer than a fax cue: "or call". */
  private static final Cue PHONE = Cue.of("phone", "call", "cell", "mobile", "text", "reach");

  /** How many words before a phone number a fax cue may be said. */
  private static final int FAX_WORDS = 10;

  /**
   * {@code code} with the kind of the nearest cue before it, or as it is when none is near; a phone
   * number after a fax cue, nearer than any phone cue, is a fax number ("the prior auth was faxed
   * july twenty sixth to four one two …", "the fax number for doctor swift's office is …").
   */
  public static Detection named(String text, Detection code) {
    if (code.kind() == EntityKind.PHONE && imei(text, code)) {
      return new Detection(
          EntityKind.DEVICE_ID,
          code.start(),
          code.end(),
          code.confidence(),
          code.pass(),
          code.canonical());
    }
    if (code.kind() == EntityKind.PHONE) {
      int fax = FAX.lastEndBefore(text, code.start(), FAX_WORDS);
      int phone = PHONE.lastEndBefore(text, code.start(), FAX_WORDS);
      return fax >= 0 && fax > phone || fax < 0 && phone < 0 && faxAfter(text, code.end())
          ? new Detection(
              EntityKind.FAX,
              code.start(),
              code.end(),
              code.confidence(),
              code.pass(),
              code.canonical())
          : code;
    }
    boolean unsure = code.kind() == EntityKind.PHONE && code.confidence() < UNCUED_PHONE;
    if (code.kind() != EntityKind.OTHER_ID && !unsure) {
      return code;
    }
    EntityKind nearest = null;
    int nearestEnd = -1;
    for (var entry : unsure ? List.<Map.Entry<EntityKind, Cue>>of() : CUES.entrySet()) {
      int end = entry.getValue().lastEndBefore(text, code.start(), WORDS);
      if (end > nearestEnd) {
        nearestEnd = end;
        nearest = entry.getKey();
      }
    }
    if (nearest == null) {
      nearest = cueAfter(text, code.end());
    }
    return nearest == null
        ? code
        : new Detection(
            nearest, code.start(), code.end(), code.confidence(), code.pass(), code.canonical());
  }

  private static final Cue IMEI = Cue.of("imei", "i m e i");

  private static final int IMEI_DIGITS = 15;

  /** How many words before an IMEI its cue may be said: the old one may be read out between. */
  private static final int IMEI_WORDS = 30;

  /**
   * Whether a "phone number" is the IMEI its cue names: fifteen digits after "imei", the last a
   * Luhn check digit ("imei of the old phone … and the new one is 49 096833 532674 5").
   */
  private static boolean imei(String text, Detection phone) {
    if (!mentionsImei(text)) {
      return false; // most turns: no word of it, and nothing else to read
    }
    var digits = new StringBuilder(IMEI_DIGITS);
    phone.canonical().chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
    return digits.length() == IMEI_DIGITS
        && Luhn.isValid(digits)
        && IMEI.lastEndBefore(text, phone.start(), IMEI_WORDS) >= 0;
  }

  private static boolean mentionsImei(String text) {
    return text.contains("imei")
        || text.contains("IMEI")
        || text.contains("Imei")
        || text.contains("i m e i");
  }

  /** How many words after a number with no cue before it "fax" may name it. */
  private static final int FAX_WORDS_AFTER = 5;

  /**
   * Whether a number that had no cue before it is called a fax right after, before any word of a
   * phone: "send it to (247) 555-0136, that's the fax at the pharmacy not the phone".
   */
  private static boolean faxAfter(String text, int end) {
    int fax = FAX.firstStartAfter(text, end, FAX_WORDS_AFTER);
    if (fax < 0) {
      return false;
    }
    String between = text.substring(end, fax).toLowerCase(java.util.Locale.ROOT);
    if (!between.contains("that's") && !between.contains("that is") && !between.contains("it's")) {
      return false; // "Tel. 06 1820 3690 / Fax …": the next number's label
    }
    int phone = PHONE.firstStartAfter(text, end, FAX_WORDS_AFTER);
    return phone < 0 || phone > fax;
  }

  /** Below this a phone number was read by its shape alone, with no cue ("oh four one …"). */
  private static final double UNCUED_PHONE = 0.6;

  /** How many words after a number its cue may be said ("… that's the number on the wristband"). */
  private static final int WORDS_AFTER = 8;

  /**
   * The kind of the first identifier cue said right after a number with none before it: "three six
   * oh four five six oh six, that's the number on the wristband from the er", "4079927519 that's
   * the account". Null when none follows.
   */
  private static EntityKind cueAfter(String text, int end) {
    EntityKind first = null;
    int firstStart = Integer.MAX_VALUE;
    for (var entry : CUES.entrySet()) {
      int start = entry.getValue().firstStartAfter(text, end, WORDS_AFTER);
      if (start >= 0 && start < firstStart) {
        firstStart = start;
        first = entry.getKey();
      }
    }
    return first;
  }

  /**
   * Whether an identifier cue is said within {@value #WORDS} words before or after {@code [start,
   * end)}: "Lot 54605981 is what the wristband says" names a record number, whatever "Lot" says.
   */
  static boolean cued(String text, int start, int end) {
    for (Cue cue : CUES.values()) {
      if (cue.lastEndBefore(text, start, WORDS) >= 0 || cue.follows(text, end, WORDS)) {
        return true;
      }
    }
    return false;
  }

  /** Every OTHER_ID detection of {@code resolved} named by its nearest cue. */
  public static List<Detection> named(String text, List<Detection> resolved) {
    return resolved.stream().map(d -> named(text, d)).toList();
  }
}
