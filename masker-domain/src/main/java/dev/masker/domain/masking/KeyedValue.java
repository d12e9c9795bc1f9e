package dev.masker.domain.masking;

import dev.masker.domain.masking.lexicon.Lexicon;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a field's name says about its whole value. In a JSON tool result such as {@code {"given":
 * "Maria", "family": "Lopez", "city": "Fresno"}} nothing inside the values says what they are; the
 * keys do. A string value under a key that names a kind, and shaped like a value of that kind, is
 * that kind as a whole — "Lopez" under {@code family} is a NAME although a bare surname is under
 * every name threshold.
 *
 * <p>The key is read as lower-case words ({@code familyName}, {@code family_name} and {@code
 * family-name} are all "family name"). Keys that name something other than a person ("file name",
 * "tool name", "drug name") are not names.
 */
public final class KeyedValue {
  /** The confidence of a value its key names: above every default threshold. */
  static final double CONFIDENCE = 0.85;

  private static final int MAX_LENGTH = 200;

  private static final Set<String> NAME_WORDS =
      Set.of(
          "name",
          "names",
          "firstname",
          "lastname",
          "fullname",
          "surname",
          "surnames",
          // the abbreviations database columns and compact payloads use
          "fname",
          "lname",
          "mname",
          "ln",
          "forename",
          "given",
          "family",
          "middle",
          "nickname",
          "maiden",
          "patient",
          "caller",
          "guardian",
          "spouse",
          "parent",
          "mother",
          "father",
          "relative",
          "kin",
          "emergency",
          "beneficiary",
          "subscriber",
          "insured",
          "guarantor",
          "contact",
          "person",
          "cn", // a common name: iCalendar's ATTENDEE;CN=…, a directory's entry (ADR 30)
          "recipient",
          "sender",
          // the same in other scripts (ADR 22): Chinese, Japanese, Korean, Russian and Ukrainian,
          // Greek, Arabic, Hebrew
          "姓",
          "名",
          "姓名",
          "氏名",
          "名前",
          "患者",
          "이름",
          "성명",
          "성",
          "фамилия",
          "имя",
          "отчество",
          "прізвище",
          "пациент",
          "όνομα",
          "επώνυμο",
          "ονοματεπώνυμο",
          "اسم",
          "الاسم",
          "الكنية",
          "اللقب",
          "שם",
          "משפחה");
  private static final Set<String> NOT_PERSON_WORDS =
      Set.of(
          "file",
          "tool",
          "function",
          "model",
          "product",
          "drug",
          "medication",
          "medicine",
          "brand",
          "company",
          "org",
          "organization",
          "organisation",
          "clinic",
          "hospital",
          "practice",
          "facility",
          "pharmacy",
          "plan",
          "payer",
          "insurance",
          "city",
          "street",
          "event",
          "service",
          "type",
          "status",
          "template",
          "app",
          "step",
          "field",
          "key",
          "host",
          "domain",
          "bucket",
          "queue",
          "topic",
          "table",
          "column",
          "class",
          "method",
          "voice",
          "language",
          "locale",
          "timezone",
          "currency",
          "country",
          "state",
          "region",
          "id",
          "number",
          "phone",
          "email",
          "code",
          "date",
          "time",
          "url",
          "path");
  private static final Set<String> PHONE_WORDS =
      Set.of("phone", "mobile", "cell", "tel", "telephone", "landline", "callback", "cellphone");
  private static final Set<String> FAX_WORDS = Set.of("fax", "facsimile");
  private static final Set<String> EMAIL_WORDS = Set.of("email", "mail", "emails");
  private static final Set<String> BIRTH_WORDS =
      Set.of("dob", "birth", "birthdate", "birthday", "born");
  private static final Set<String> ADDRESS_WORDS =
      Set.of("address", "addr", "street", "line", "line1", "line2", "residence", "home");
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "city",
          "town",
          "county",
          "district",
          "municipality",
          "village",
          "neighborhood",
          "neighbourhood",
          "borough",
          "suburb",
          "locality",
          "hometown",
          "birthplace",
          "place");
  private static final Set<String> ZIP_WORDS =
      Set.of("zip", "zipcode", "postal", "postcode", "plz", "postalcode", "cep", "eircode");
  private static final Set<String> SSN_WORDS = Set.of("ssn", "social", "sin", "nin");
  private static final Set<String> MRN_WORDS = Set.of("mrn", "chart", "record", "medical");
  private static final Set<String> PLAN_WORDS =
      Set.of(
          "member",
          "mbr",
          "subscriber",
          "policy",
          "medicare",
          "medicaid",
          "mbi",
          "insurance",
          "plan");
  private static final Set<String> ACCOUNT_WORDS = Set.of("account", "acct", "iban", "routing");
  private static final Set<String> LICENSE_WORDS =
      Set.of("license", "licence", "npi", "dea", "passport");

  private KeyedValue() {}

  /**
   * The whole of {@code value} as the kind its key {@code cue} names (the cue in lower-case words,
   * e.g. "family name"), when the value has that kind's shape. The span leaves out surrounding
   * whitespace.
   */
  public static Optional<Detection> of(String cue, String value) {
    int start = 0;
    int end = value.length();
    while (start < end && Character.isWhitespace(value.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
      end--;
    }
    if (start == end || end - start > MAX_LENGTH) {
      return Optional.empty();
    }
    Set<String> words =
        new HashSet<>(Arrays.asList(cue.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    var text = value.substring(start, end);
    int from = start;
    int to = end;
    return kindOf(words, text)
        .map(kind -> new Detection(kind, from, to, CONFIDENCE, Pass.REGEX, canonical(kind, text)));
  }

  /**
   * Whether {@code cue} (lower-case words) names a kind of value, as "last name", "mrn" or "phone"
   * do: a label, not a value.
   */
  static boolean namesKind(String cue) {
    Set<String> words =
        new HashSet<>(Arrays.asList(cue.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    boolean nameColumn = words.size() == 1 && any(words, Set.of("first", "last"));
    return nameColumn
        || (any(words, NAME_WORDS) && !any(words, NOT_PERSON_WORDS))
        || any(words, PHONE_WORDS)
        || any(words, FAX_WORDS)
        || any(words, EMAIL_WORDS)
        || any(words, BIRTH_WORDS)
        || any(words, SSN_WORDS)
        || any(words, ZIP_WORDS)
        || any(words, MRN_WORDS)
        || any(words, PLAN_WORDS)
        || any(words, ACCOUNT_WORDS)
        || any(words, LICENSE_WORDS)
        || any(words, ADDRESS_WORDS)
        || any(words, PLACE_WORDS);
  }

  private static Optional<EntityKind> kindOf(Set<String> words, String text) {
    int digits = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isDigit(cp)) {
        digits++;
      } else if (Character.isLetter(cp)) {
        letters++;
      }
      i += Character.charCount(cp);
    }
    if (any(words, FAX_WORDS) && digits >= 7 && digits <= 15) {
      return Optional.of(EntityKind.FAX);
    }
    if (any(words, PHONE_WORDS) && digits >= 7 && digits <= 15 && letters <= 4) {
      return Optional.of(EntityKind.PHONE);
    }
    if (any(words, EMAIL_WORDS) && (text.indexOf('@') > 0 || text.indexOf('\uFF20') > 0)) {
      return Optional.of(EntityKind.EMAIL);
    }
    if (any(words, BIRTH_WORDS) && (digits > 0 || letters >= 3)) {
      return Optional.of(EntityKind.DOB);
    }
    if (any(words, SSN_WORDS) && digits == 9) {
      return Optional.of(EntityKind.SSN);
    }
    // "93711", "00-950", and British postcodes with two digits ("SW1A 1AA")
    if (any(words, ZIP_WORDS)
        && (digits >= 3 || digits == 2 && letters >= 3)
        && text.length() <= 10) {
      return Optional.of(EntityKind.ZIP);
    }
    boolean identifier = digits >= 3 && text.length() <= 40 && !text.contains(" ");
    if (identifier && any(words, MRN_WORDS)) {
      return Optional.of(EntityKind.MRN);
    }
    if (identifier && any(words, PLAN_WORDS)) {
      return Optional.of(EntityKind.HEALTH_PLAN_ID);
    }
    if (identifier && any(words, ACCOUNT_WORDS)) {
      return Optional.of(EntityKind.ACCOUNT);
    }
    if (identifier && any(words, LICENSE_WORDS)) {
      return Optional.of(EntityKind.LICENSE);
    }
    if (any(words, Set.of("residence", "home")) && digits == 0 && !text.contains(" ")) {
      return Optional.of(EntityKind.LOCATION); // "Residence: Bari": a town, no street
    }
    if (any(words, ADDRESS_WORDS) && letters >= 2 && !any(words, Set.of("ip", "mac"))) {
      return Optional.of(EntityKind.ADDRESS);
    }
    if (any(words, PLACE_WORDS) && letters >= 2 && digits == 0) {
      return Optional.of(EntityKind.LOCATION);
    }
    boolean nameColumn = words.size() == 1 && any(words, Set.of("first", "last"));
    if ((nameColumn || any(words, NAME_WORDS) && !any(words, NOT_PERSON_WORDS))
        && looksLikeName(text)
        && !namesFacility(text)) {
      return Optional.of(EntityKind.NAME);
    }
    return Optional.empty();
  }

  /**
   * One to six words of letters (apostrophes, hyphens and initials' periods inside), apart by
   * spaces (a no-break or thin one too), commas or underscores ("Maria_Lopez", as chat message
   * names are written). Invisible format characters inside a word (a zero-width space or joiner, a
   * soft hyphen) are no part of its shape: a model reads the word without them.
   */
  private static boolean looksLikeName(String text) {
    int words = 0;
    boolean inWord = false;
    int letters = 0;
    int wordStart = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int at = i;
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.FORMAT) {
        continue; // a zero-width space, a joiner or a soft hyphen inside a word (ADR 24)
      }
      if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        letters++;
        if (!inWord) {
          words++;
          inWord = true;
          wordStart = at;
        }
      } else if (cp == ' ' || cp == ',' || cp == '_' || Character.isSpaceChar(cp)) {
        if (inWord && isSpeech(text, wordStart, at)) {
          return false;
        }
        inWord = false;
      } else if (cp != '\'' && cp != '\u2019' && cp != '-' && cp != '.') {
        return false;
      }
    }
    if (inWord && isSpeech(text, wordStart, text.length())) {
      return false;
    }
    return letters >= 2 && words <= 6;
  }

  /** Whether a word of {@code text} makes it a facility's name ("clinic", "Riverside Pharmacy"). */
  private static boolean namesFacility(String text) {
    for (var word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (Lexicon.isFacilityWord(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words of speech no name is made of: what a transcript's speaker says after "Caller:" or
   * "Patient:" ("no that's all", "fine thanks", "the one on main street") is an utterance, not the
   * speaker's name.
   */
  private static final Set<String> SPEECH_WORDS =
      Set.of(
          "the", "a", "an", "and", "or", "is", "are", "was", "were", "am", "i", "i'm", "im", "you",
          "my", "your", "it", "it's", "its", "that", "that's", "this", "no", "yes", "yeah", "yep",
          "nope", "ok", "okay", "thanks", "thank", "please", "fine", "hi", "hello", "hey", "on",
          "in", "at", "to", "for", "of", "with", "can", "could", "would", "do", "don't", "not",
          "all", "what", "how", "sure", "right", "good", "great", "just", "um", "uh", "so", "well",
          "bye", "goodbye", "sorry", "we", "me", "he", "she", "they", "have", "has", "need", "want",
          "calling", "call", "about", "there", "here", "one", "two");

  private static boolean isSpeech(String text, int from, int to) {
    return SPEECH_WORDS.contains(
        text.substring(from, to).replace('\u2019', '\'').toLowerCase(Locale.ROOT));
  }

  private static String canonical(EntityKind kind, String text) {
    switch (kind) {
      case PHONE:
      case FAX:
      case SSN:
      case ZIP:
        var digits = new StringBuilder(text.length());
        text.codePoints()
            .filter(Character::isDigit)
            .forEach(cp -> digits.append((char) ('0' + Character.digit(cp, 10))));
        return digits.toString();
      case EMAIL:
        return text.toLowerCase(Locale.ROOT);
      default:
        return text;
    }
  }

  private static boolean any(Set<String> words, Set<String> of) {
    for (var word : words) {
      if (of.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
