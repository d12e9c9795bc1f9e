package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import dev.masker.domain.masking.UsStates;
import dev.masker.domain.masking.regex.CueOverValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds identifiers spoken as number words ("my cell is four one five, five five five, twelve
 * twelve") and classifies each run by its length and the nearest cue phrase within {@value
 * #CUE_WINDOW} tokens before it.
 *
 * <ul>
 *   <li>10 digits, or 11 starting with 1: PHONE (canonical 10 digits), FAX with a fax cue;
 *   <li>7 digits: PHONE/FAX with a phone or fax cue, else PHONE at low confidence;
 *   <li>10 or 11 digits starting with one 0 (a national number outside North America), with a phone
 *       or fax cue: PHONE/FAX, canonical the digits as said; any other 6–15 digits with a phone or
 *       fax cue: PHONE/FAX (numbering plans of 8 or 9 digits, numbers said without their area
 *       code);
 *   <li>3–6 digits after "last four" or "ends in" with an SSN, card, account or phone cue: the last
 *       digits of that number, of its kind;
 *   <li>9 digits with an SSN cue and a valid area/group/serial: SSN (low confidence without cue);
 *       an invalid one only with the cue right before it ({@link CueOverValidator});
 *   <li>member/policy/insurance cue, 6–20 digits: HEALTH_PLAN_ID; MRN/chart cue, 5–12: MRN; account
 *       cue, 6–17: ACCOUNT; card cue and Luhn (or the cue right before), 13–19: CREDIT_CARD
 *       (Luhn-valid 15 or 16 digits without cue at low confidence); zip cue, 5 or 9: ZIP; a
 *       postcode of letters and digits after a zip or postcode cue ("s w one a one a a"): ZIP; up
 *       to 8 digits right after "p o box": ADDRESS.
 *   <li>6 digits or more with no cue within {@value #CUE_WINDOW} tokens: the kind of a phone, SSN,
 *       plan, record, account or card cue up to {@value #FAR_WINDOW} tokens back ("my mrn, i have
 *       it somewhere, yes, 40071882"), written digits too;
 *   <li>any other run of {@value #MIN_CODE_DIGITS} digits or more that is no counting aloud, and
 *       spelled letters with digits after no cue ("t k p 4 4 6 8 4 7 7 3"): OTHER_ID, an identifier
 *       of some record.
 * </ul>
 *
 * <p>Runs made only of written digits belong to the written-format recognizers and are skipped, as
 * are short runs without a cue ("take two tablets", "room twelve", "nineteen ninety").
 *
 * <p><b>Why one class of about 800 lines.</b> It is one decision, which kind a run of number words
 * is, taken from the run's length and its cue; a third of it is the table of cue phrases that
 * decision reads.
 */
public final class SpokenNumberRecognizer implements Recognizer {
  static final int CUE_WINDOW = 8;

  private enum Cue {
    PHONE,
    FAX,
    SSN,
    HEALTH_PLAN,
    MRN,
    ACCOUNT,
    CARD,
    ZIP,
    /** "p o box": the box number is a street address. */
    BOX,
    /** A state name or a street word: a five-digit run right after it is a ZIP code. */
    PLACE,
    /**
     * A person's identifier that {@link SpokenIdentifierRecognizer} reads (licence, serial, plate,
     * VIN, IBAN): no phone, no SSN here; a long number said aloud is still an identifier.
     */
    IDENTIFIER,
    /** A number that names no person (routing, model, lot, order, room): no phone, no SSN here. */
    OTHER_ID,
    /**
     * "id number", "identification number": some identifier of a person, no phone; its kind is the
     * nearest cue's that names one ("on medicaid, id number …").
     */
    ID,
    /** Words that contain a cue without being one ("on the card"): look further back. */
    NOT_A_CUE
  }

  private static final java.util.Set<Cue> NAMED_ON_A_CARD =
      java.util.EnumSet.of(Cue.HEALTH_PLAN, Cue.MRN, Cue.ACCOUNT, Cue.SSN);

  /**
   * How many tokens before a run of {@value #MIN_FAR_DIGITS} digits or more an identifier's cue is
   * still its cue when none is nearer: a caller looks for the card or says something else between
   * ("the account number ends in four four two one, but the full one is nine eight seven …").
   */
  static final int FAR_WINDOW = 24;

  private static final int MIN_FAR_DIGITS = 6;

  /** The cues that still name a long run from {@link #FAR_WINDOW} tokens away. */
  private static final java.util.Set<Cue> FAR_CUES =
      java.util.EnumSet.of(
          Cue.PHONE, Cue.FAX, Cue.SSN, Cue.HEALTH_PLAN, Cue.MRN, Cue.ACCOUNT, Cue.CARD);

  /** How far before a run a place word is read as a ZIP cue ("… texas, seven eight two …"). */
  private static final int PLACE_WINDOW = 5;

  private static final List<String> IDENTIFIER_CUES =
      List.of(
          "license",
          "licence",
          "license number",
          "licence number",
          "dea",
          "dea number",
          "npi",
          "npi number",
          "vin",
          "vin number",
          "plate",
          "plates",
          "plate number",
          "serial",
          "serial number",
          "device id",
          "device number",
          "imei",
          "ip",
          "ip address",
          "i p",
          "iban");

  private static final List<String> OTHER_ID_CUES =
      List.of(
          "routing", // a bank's routing number names the bank, not a person
          "routing number",
          "ndc", // a drug's national drug code names the drug
          "n d c",
          "ndc number",
          "national drug code",
          "model number",
          "lot number",
          "confirmation number",
          "order number",
          "tracking number",
          "reference number",
          "ticket number",
          "room number",
          "extension");
  private static final List<String> NOT_A_CUE_PHRASES =
      List.of("on the card", "on my card", "of the card", "on the back of the card");

  /** How many tokens after five digits "that's my zip" may end. */
  private static final int ZIP_AFTER_WINDOW = 7;

  /** A state or a street word before five digits makes them a ZIP code. */
  private static final List<String> PLACE_CUES =
      java.util.stream.Stream.concat(
              UsStates.NAMES.stream(),
              java.util.stream.Stream.of(
                  "d c",
                  "street",
                  "avenue",
                  "road",
                  "drive",
                  "lane",
                  "court",
                  "boulevard",
                  "place",
                  "circle",
                  "parkway",
                  "highway",
                  "terrace",
                  "apartment",
                  "apt",
                  "suite",
                  "unit"))
          .toList();

  private static final Map<String, Cue> BASE_CUES =
      Map.ofEntries(
          Map.entry("number", Cue.PHONE),
          Map.entry("phone", Cue.PHONE),
          Map.entry("telephone", Cue.PHONE),
          Map.entry("call", Cue.PHONE),
          Map.entry("callback", Cue.PHONE),
          Map.entry("cell", Cue.PHONE),
          Map.entry("cellphone", Cue.PHONE),
          Map.entry("mobile", Cue.PHONE),
          Map.entry("mobile's", Cue.PHONE),
          Map.entry("cell's", Cue.PHONE),
          Map.entry("phone's", Cue.PHONE),
          Map.entry("landline", Cue.PHONE),
          Map.entry("reach me", Cue.PHONE),
          Map.entry("reached", Cue.PHONE),
          Map.entry("text me", Cue.PHONE),
          Map.entry("dial", Cue.PHONE),
          Map.entry("fax", Cue.FAX),
          Map.entry("fax number", Cue.FAX),
          Map.entry("facsimile", Cue.FAX),
          Map.entry("id", Cue.ID),
          Map.entry("i d", Cue.ID),
          Map.entry("id number", Cue.ID),
          Map.entry("i d number", Cue.ID),
          Map.entry("identification number", Cue.ID),
          Map.entry("personal id", Cue.ID),
          Map.entry("personal number", Cue.ID),
          Map.entry("national id", Cue.ID),
          Map.entry("b s n", Cue.SSN),
          Map.entry("c p f", Cue.SSN),
          Map.entry("social insurance number", Cue.SSN),
          Map.entry("nhs number", Cue.HEALTH_PLAN),
          Map.entry("n h s number", Cue.HEALTH_PLAN),
          Map.entry("social", Cue.SSN),
          Map.entry("social security", Cue.SSN),
          Map.entry("social security number", Cue.SSN),
          Map.entry("ssn", Cue.SSN),
          Map.entry("s s n", Cue.SSN),
          Map.entry("ss number", Cue.SSN),
          Map.entry("s s number", Cue.SSN),
          Map.entry("member id", Cue.HEALTH_PLAN),
          Map.entry("member i d", Cue.HEALTH_PLAN),
          Map.entry("member number", Cue.HEALTH_PLAN),
          Map.entry("policy number", Cue.HEALTH_PLAN),
          Map.entry("policy", Cue.HEALTH_PLAN),
          Map.entry("insurance id", Cue.HEALTH_PLAN),
          Map.entry("insurance number", Cue.HEALTH_PLAN),
          Map.entry("subscriber id", Cue.HEALTH_PLAN),
          Map.entry("subscriber number", Cue.HEALTH_PLAN),
          Map.entry("group number", Cue.HEALTH_PLAN),
          Map.entry("medicaid", Cue.HEALTH_PLAN),
          Map.entry("medicare", Cue.HEALTH_PLAN),
          Map.entry("medicare number", Cue.HEALTH_PLAN),
          Map.entry("medicaid number", Cue.HEALTH_PLAN),
          Map.entry("medicare id", Cue.HEALTH_PLAN),
          Map.entry("beneficiary", Cue.HEALTH_PLAN),
          Map.entry("mrn", Cue.MRN),
          Map.entry("m r n", Cue.MRN),
          Map.entry("medical record", Cue.MRN),
          Map.entry("medical record number", Cue.MRN),
          Map.entry("record number", Cue.MRN),
          Map.entry("chart number", Cue.MRN),
          Map.entry("hospital number", Cue.MRN),
          Map.entry("hospital id", Cue.MRN),
          Map.entry("hospital i d", Cue.MRN),
          Map.entry("patient id", Cue.MRN),
          Map.entry("patient number", Cue.MRN),
          Map.entry("case number", Cue.MRN),
          Map.entry("admission number", Cue.MRN),
          Map.entry("claim number", Cue.ID),
          Map.entry("account", Cue.ACCOUNT),
          Map.entry("account number", Cue.ACCOUNT),
          Map.entry("acct", Cue.ACCOUNT),
          Map.entry("card", Cue.CARD),
          Map.entry("card number", Cue.CARD),
          Map.entry("credit card", Cue.CARD),
          Map.entry("debit card", Cue.CARD),
          Map.entry("visa", Cue.CARD),
          Map.entry("mastercard", Cue.CARD),
          Map.entry("master card", Cue.CARD),
          Map.entry("amex", Cue.CARD),
          Map.entry("amex number", Cue.CARD),
          Map.entry("visa number", Cue.CARD),
          Map.entry("mastercard number", Cue.CARD),
          Map.entry("american express", Cue.CARD),
          Map.entry("discover card", Cue.CARD),
          Map.entry("p o box", Cue.BOX),
          Map.entry("po box", Cue.BOX),
          Map.entry("p . o . box", Cue.BOX), // "p.o. box", as its tokens come
          Map.entry("p o b", Cue.BOX),
          Map.entry("post office box", Cue.BOX),
          Map.entry("box number", Cue.BOX),
          Map.entry("address is box", Cue.BOX), // "our mailing address is box forty eight oh three"
          Map.entry("address was box", Cue.BOX),
          Map.entry(
              "house number", Cue.BOX), // "my house number is 7772", said apart from its street
          Map.entry("zip", Cue.ZIP),
          Map.entry("zip code", Cue.ZIP),
          Map.entry("zipcode", Cue.ZIP),
          Map.entry("postal code", Cue.ZIP),
          Map.entry("postcode", Cue.ZIP),
          Map.entry("post code", Cue.ZIP),
          // said after the code: "is seven oh four one six in your service area"
          Map.entry("service area", Cue.ZIP),
          Map.entry("delivery area", Cue.ZIP),
          Map.entry("coverage area", Cue.ZIP));

  private static CuePhrases<Cue> allCues() {
    var map = ForeignDigitWords.withPhoneCues(BASE_CUES, Cue.PHONE);
    IDENTIFIER_CUES.forEach(c -> map.put(c, Cue.IDENTIFIER));
    OTHER_ID_CUES.forEach(c -> map.put(c, Cue.OTHER_ID));
    NOT_A_CUE_PHRASES.forEach(c -> map.put(c, Cue.NOT_A_CUE));
    return CuePhrases.of(map);
  }

  private static final CuePhrases<Cue> CUES = allCues();

  private static final CuePhrases<Cue> PLACES =
      CuePhrases.of(
          PLACE_CUES.stream().collect(java.util.stream.Collectors.toMap(c -> c, c -> Cue.PLACE)));

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    var out = new ArrayList<Detection>();
    find(SpokenTokens.of(text), out);
    return out;
  }

  void find(List<SpokenToken> tokens, List<Detection> out) {
    int i = 0;
    int n = tokens.size();
    while (i < n) {
      var run = NumberWords.read(tokens, i);
      if (run.isEmpty()) {
        i++;
        continue;
      }
      var r = run.get();
      var zipPlusFour = afterZipPlusFour(tokens, r);
      if (zipPlusFour != null) {
        // "the zip plus four three four oh seven eight dash seven nine one eight": the "four" of
        // the cue opens no phone number after a "plus"
        out.add(detection(zipPlusFour, EntityKind.ZIP, 0.85, zipPlusFour.digits()));
        i = zipPlusFour.endToken();
        continue;
      }
      var match = CUES.nearestMatchBefore(tokens, r.firstToken(), CUE_WINDOW).orElse(null);
      if (match != null && match.meaning() == Cue.NOT_A_CUE) {
        // "member id on the card is …" names the member id; "the number on the card" a card
        int left = Math.max(0, CUE_WINDOW - (r.firstToken() - match.lastToken()));
        var earlier = CUES.nearestMatchBefore(tokens, match.lastToken() - 1, left).orElse(null);
        boolean id = earlier != null && NAMED_ON_A_CARD.contains(earlier.meaning());
        match = id ? earlier : new CuePhrases.Match<>(Cue.CARD, match.lastToken());
      }
      boolean far = false;
      if (match == null && r.digits().length() >= MIN_FAR_DIGITS) {
        // "my mrn, i have it somewhere, yes, 40071882": an identifier's cue said further back
        match = CUES.nearestMatchBefore(tokens, r.firstToken(), FAR_WINDOW).orElse(null);
        far = match != null && FAR_CUES.contains(match.meaning());
        match = far ? match : null;
      }
      if (match != null
          && match.meaning() == Cue.BOX
          && numberBetween(tokens, match.lastToken(), r.firstToken())) {
        match = null; // "box 7706 brindle nc twenty three four six six": the box has its number
      }
      var cue = match == null ? null : match.meaning();
      if (cue == Cue.IDENTIFIER && isLongSpoken(r)) {
        // "my licence is from overseas seven eight double three …": read as the identifier it is
        // where its cue reaches it; an identifier all the same where it does not
        out.add(detection(r, EntityKind.OTHER_ID, 0.65, r.digits()));
      }
      if (cue == Cue.IDENTIFIER || cue == Cue.OTHER_ID || cue == Cue.NOT_A_CUE) {
        i = r.endToken();
        continue;
      }
      if (cue == Cue.HEALTH_PLAN || cue == Cue.MRN || cue == Cue.ACCOUNT || cue == Cue.ZIP) {
        int end = readCode(tokens, match.lastToken(), r, cue, out);
        if (end > 0) {
          i = end;
          continue;
        }
      }
      if ((cue == null || cue == Cue.ZIP)
          && (r.digits().length() == 5 || r.digits().length() == 9)
          && afterSpelledState(tokens, r.firstToken())) {
        // "grand ledge t x 35283", "rushmere i a oh six one eight three": a state's letters, then
        // its ZIP code, not a code of letters and digits
        out.add(detection(r, EntityKind.ZIP, 0.8, r.digits()));
        i = r.endToken();
        continue;
      }
      if ((cue == null || cue == Cue.CARD || cue == Cue.ID)
          && (r.hasWord() || isSpacedDigits(r) || isSpelledLetter(tokens, r.firstToken() - 2))
          && (isSpelledLetter(tokens, r.firstToken() - 1)
              || r.firstToken() > 0 && SpokenCode.isLetterGroup(tokens, r.firstToken() - 1))
          && tokens.get(r.firstToken() - 1).end() < tokens.get(r.firstToken()).start()) {
        // "the new id is t k p 4 4 6 8 4 7 7 3", "the card says x c e 0819 81332": letters and
        // digits with no cue this class knows, or a card's, which no card number has
        int end =
            readCode(tokens, Math.max(-1, r.firstToken() - 1 - MAX_LEADING_LETTERS), r, cue, out);
        if (end > 0) {
          i = end;
          continue;
        }
      }
      boolean rightBefore =
          match != null && CueOverValidator.rightBefore(match.lastToken(), r.firstToken());
      var zipAfterBox = cue == Cue.BOX && rightBefore ? zipAfterBoxNumber(tokens, r) : null;
      if (zipAfterBox != null) {
        // "p o box 4317 three eight zero three six dash three two one seven": the box's number in
        // digits, then its ZIP code said aloud, read as one run
        out.add(detection(zipAfterBox, EntityKind.ZIP, 0.8, zipAfterBox.digits()));
        i = r.endToken();
        continue;
      }
      if (r.hasWord()
          || isSpacedDigits(r)
          || far
          || cue == Cue.BOX
          || isInternational(tokens, r)
          || writtenAfterSpelledCue(tokens, match, r)) {
        if (cue == null && ScaledNumbers.counted(tokens, r)) {
          i = r.endToken(); // "two million dollars": an amount, no value by its shape
          continue;
        }
        var detection =
            (cue == null || cue == Cue.BOX || !rightBefore && cue != Cue.SSN)
                    && isZipPlusFour(tokens, r)
                ? detection(r, EntityKind.ZIP, 0.6, r.digits())
                : classify(r, cue, rightBefore);
        if (isInternational(tokens, r)) { // "plus four four seven seven oh oh nine oh oh …"
          int plus = tokens.get(r.firstToken() - 1).start();
          detection =
              new Detection(EntityKind.PHONE, plus, r.end(), 0.85, Pass.REGEX, "+" + r.digits());
        }
        if (detection != null && cue == Cue.BOX && rightBefore && r.hasWord()) {
          detection = withBox(tokens, match.lastToken(), r, detection);
        }
        if (detection == null && (isZipAfterPlace(tokens, r) || isZipBeforeCue(tokens, r))) {
          detection = detection(r, EntityKind.ZIP, 0.8, r.digits());
        }
        if (detection == null && isLongSpoken(r)) {
          // "my cpf is nine five two six two seven nine nine four eight five": a number this long
          // said aloud identifies someone whatever its cue
          detection = detection(r, EntityKind.OTHER_ID, 0.65, r.digits());
        }
        if (detection != null) {
          out.add(detection);
        }
      }
      i = r.endToken();
    }
  }

  /**
   * Whether the two tokens before {@code first} spell a state's postal abbreviation ("t x", "i a")
   * after a word that is no spelled letter: the letters are not the start of a longer code.
   */
  private static boolean afterSpelledState(List<SpokenToken> tokens, int first) {
    if (first < 3
        || !isSpelledLetter(tokens, first - 2)
        || !isSpelledLetter(tokens, first - 1)
        || isSpelledLetter(tokens, first - 3)
        || !tokens.get(first - 3).isWord()
        || !saidAsLetter(tokens.get(first - 2))
        || !saidAsLetter(tokens.get(first - 1))) {
      return false;
    }
    String state =
        (tokens.get(first - 2).text() + tokens.get(first - 1).text())
            .toUpperCase(java.util.Locale.ROOT);
    return UsStates.ABBREVIATIONS.contains(state);
  }

  /**
   * The ZIP code said after "zip plus four" or "zip code plus four", when the run read from "four"
   * holds it: five or nine digits after the "four". Null otherwise.
   */
  private static NumberWords.Run afterZipPlusFour(List<SpokenToken> tokens, NumberWords.Run run) {
    int four = run.firstToken();
    if (four < 2
        || !tokens.get(four).is("four")
        || !tokens.get(four - 1).is("plus")
        || !(tokens.get(four - 2).is("zip") || tokens.get(four - 2).is("code"))
        || four + 1 >= run.endToken()) {
      return null;
    }
    var zip = NumberWords.read(tokens, four + 1).orElse(null);
    if (zip == null) {
      return null;
    }
    int length = zip.digits().length();
    return length == 5 || length == 9 ? zip : null;
  }

  /** A letter written as itself, not read from its name ("double you", "ay"). */
  private static boolean saidAsLetter(SpokenToken token) {
    return token.end() - token.start() == 1;
  }

  /** Whether a number stands between the cue ending at {@code cue} and the token {@code first}. */
  private static boolean numberBetween(List<SpokenToken> tokens, int cue, int first) {
    for (int k = cue + 1; k < first; k++) {
      if (tokens.get(k).isNumber() || NumberWords.singleDigit(tokens.get(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * An identifier of letters and digits after an id cue ("member id is w x y one two three four
   * five six", "one e g four t e five m k seven three"): spelled letters before, between and after
   * number runs. Reports it when it has letters; returns the token index after it, or -1.
   */
  private static int readCode(
      List<SpokenToken> tokens, int cueEnd, NumberWords.Run run, Cue cue, List<Detection> out) {
    var code = new StringBuilder(24);
    int first = run.firstToken();
    int letters = 0;
    for (int k = run.firstToken() - 1; k > cueEnd && code.length() <= MAX_CODE; k--) {
      var t = tokens.get(k);
      if (isSpelledLetter(t)) {
        code.insert(0, t.text());
        letters++;
        first = k;
      } else if (k + 1 == first && SpokenCode.isLetterGroup(tokens, k)) {
        code.insert(0, t.text()); // "id number is mre nine six six 494"
        letters += t.text().length();
        first = k;
        break;
      } else if (!isCodeJoiner(t)) {
        break;
      }
    }
    if (letters == 1 && (code.charAt(0) == 'a' || code.charAt(0) == 'i')) {
      // "it's a one two three …", "is i …": an article or a pronoun, not a letter
      code.setLength(0);
      letters = 0;
      first = run.firstToken();
    }
    code.append(run.digits());
    boolean spoken = run.hasWord() || letters > 0;
    int last = run.endToken() - 1;
    int k = run.endToken();
    int n = tokens.size();
    var pending = new StringBuilder(8);
    int pendingLast = -1;
    while (k < n && code.length() + pending.length() <= MAX_CODE) {
      var t = tokens.get(k);
      if (isSpelledLetter(t)) {
        pending.append(t.text());
        pendingLast = k;
        k++;
      } else if (isCodeJoiner(t)) {
        k++;
      } else {
        var more = NumberWords.read(tokens, k);
        if (more.isEmpty()) {
          break;
        }
        code.append(pending).append(more.get().digits());
        letters += pending.length();
        pending.setLength(0);
        spoken |= more.get().hasWord();
        last = more.get().endToken() - 1;
        k = more.get().endToken();
      }
    }
    if (pending.length() >= 2) {
      // trailing letters count when they are more than a lone "i" or "a" before the next words
      code.append(pending);
      letters += pending.length();
      last = pendingLast;
    }
    spoken |= letters > 0;
    if (letters == 0 || !spoken) {
      return -1;
    }
    var canonical = code.toString().toUpperCase(java.util.Locale.ROOT);
    int len = canonical.length();
    boolean postcode = cue == Cue.ZIP; // "s w one a one a a", "k one a oh b one"
    if (len < 5 || len > (postcode ? 8 : MAX_CODE) || len - letters < (postcode ? 2 : 3)) {
      return -1;
    }
    var kind =
        cue == null || cue == Cue.ID
            ? EntityKind.OTHER_ID
            : switch (cue) {
              case HEALTH_PLAN -> EntityKind.HEALTH_PLAN_ID;
              case MRN -> EntityKind.MRN;
              case ZIP -> EntityKind.ZIP;
              default -> EntityKind.ACCOUNT;
            };
    out.add(
        new Detection(
            kind, tokens.get(first).start(), tokens.get(last).end(), 0.85, Pass.REGEX, canonical));
    return last + 1;
  }

  private static final int MAX_CODE = 20;

  /** How many spelled letters before a run a code with no cue may start with ("t k p 4 4 …"). */
  private static final int MAX_LEADING_LETTERS = 6;

  /** A run of this many digits or more said aloud is an identifier, with or without a cue. */
  private static final int MIN_CODE_DIGITS = 7;

  /**
   * Digits written after an identifier's cue spelled out ("m r n dash 447192"): the written
   * recognizers know the cue as a word ("mrn 447192"), not as its letters.
   */
  private static boolean writtenAfterSpelledCue(
      List<SpokenToken> tokens, CuePhrases.Match<Cue> match, NumberWords.Run r) {
    return match != null
        && NAMED_ON_A_CARD.contains(match.meaning())
        && r.digits().length() >= 5
        && CueOverValidator.rightBefore(match.lastToken(), r.firstToken())
        && isSpelledLetter(tokens, match.lastToken());
  }

  /** A run of {@value #MIN_CODE_DIGITS} digits or more said aloud, not counting up or down. */
  private static boolean isLongSpoken(NumberWords.Run r) {
    return (r.hasWord() || isSpacedDigits(r))
        && r.digits().length() >= MIN_CODE_DIGITS
        && !isCounting(r.groups());
  }

  private static boolean isSpelledLetter(List<SpokenToken> tokens, int k) {
    return k >= 0 && isSpelledLetter(tokens.get(k));
  }

  /** "7 7 2 0 4 1 9": digits one by one, as speech-to-text writes a number read out slowly. */
  private static boolean isSpacedDigits(NumberWords.Run run) {
    if (run.groups().size() < 5) {
      return false;
    }
    for (var group : run.groups()) {
      if (group.length() != 1) {
        return false;
      }
    }
    return true;
  }

  /** Words of a box's cue: "p o box", "post office box", "p.o. box". */
  private static final Set<String> BOX_WORDS = Set.of("p", "o", "po", "post", "office", ".", "box");

  /**
   * The box number with its cue ("post office box one zero oh"): the cue's words name the value as
   * a box, and they are part of the address.
   */
  private static Detection withBox(
      List<SpokenToken> tokens, int box, NumberWords.Run run, Detection number) {
    if (!tokens.get(box).is("box") || run.firstToken() != box + 1) {
      return number;
    }
    int first = box;
    while (first > 0 && box - first < 4 && BOX_WORDS.contains(tokens.get(first - 1).text())) {
      first--;
    }
    return new Detection(
        number.kind(),
        tokens.get(first).start(),
        number.end(),
        number.confidence(),
        number.pass(),
        number.canonical());
  }

  /** Five digits said before what they are ("near five 8 7 30, that's my zip"). */
  private static boolean isZipBeforeCue(List<SpokenToken> tokens, NumberWords.Run run) {
    return run.digits().length() == 5
        && run.groups().size() >= 3
        && CUES.nearestAfter(tokens, run.endToken(), ZIP_AFTER_WINDOW).orElse(null) == Cue.ZIP;
  }

  /** Five digits said one by one right after a state or a street ("… texas seven eight two …"). */
  private static boolean isZipAfterPlace(List<SpokenToken> tokens, NumberWords.Run run) {
    return run.digits().length() == 5
        && run.groups().size() >= 4
        && PLACES.nearestMatchBefore(tokens, run.firstToken(), PLACE_WINDOW).isPresent();
  }

  /** Ten to fifteen digits said after "plus": a phone number with its country code. */
  private static boolean isInternational(List<SpokenToken> tokens, NumberWords.Run run) {
    int length = run.digits().length();
    return run.firstToken() > 0
        && tokens.get(run.firstToken() - 1).is("plus")
        && length >= 10
        && length <= 15;
  }

  /**
   * Nine digits said as a ZIP+4 is written, five, a dash, four ("six seven six one six dash five
   * four double six"), with no cue: the ZIP code, not a social security number.
   */
  /**
   * The ZIP code said aloud after a box number written in digits, when the run holds both ("4317
   * three eight zero three six dash three two one seven"), or null.
   */
  private static NumberWords.Run zipAfterBoxNumber(List<SpokenToken> tokens, NumberWords.Run run) {
    int next = run.firstToken() + 1;
    if (!tokens.get(run.firstToken()).isNumber() || next >= run.endToken()) {
      return null;
    }
    var zip = NumberWords.read(tokens, next).orElse(null);
    if (zip == null || zip.endToken() != run.endToken() || tokens.get(next).isNumber()) {
      return null;
    }
    int length = zip.digits().length();
    return length == 5 || length == 9 && isZipPlusFour(tokens, zip) ? zip : null;
  }

  private static boolean isZipPlusFour(List<SpokenToken> tokens, NumberWords.Run run) {
    if (run.digits().length() != 9) {
      return false;
    }
    var before = new StringBuilder();
    for (int k = run.firstToken(); k < run.endToken(); k++) {
      var t = tokens.get(k);
      if (t.is("dash") || t.is("-") || t.is("hyphen")) {
        return NumberWords.digits(before.toString()).map(String::length).orElse(0) == 5;
      }
      before.append(t.text()).append(' ');
    }
    return false;
  }

  private static boolean isSpelledLetter(SpokenToken t) {
    if (!t.isWord() || t.text().length() != 1) {
      return false;
    }
    char c = t.text().charAt(0);
    return c >= 'a' && c <= 'z';
  }

  private static boolean isCodeJoiner(SpokenToken t) {
    return t.is("-") || t.is(",") || t.is(".") || t.is("dash") || t.is("um") || t.is("uh");
  }

  /**
   * The detection a run makes after {@code cue}; {@code rightBefore} when that cue ends at most a
   * few tokens before the run, so that a value failing its validator still counts ({@link
   * CueOverValidator}).
   */
  private static Detection classify(NumberWords.Run run, Cue cue, boolean rightBefore) {
    var d = run.digits();
    int len = d.length();
    if (isCounting(run.groups()) && !(cue != null && rightBefore)) {
      return null; // counting aloud, unless a cue right before asks for the number
    }
    if (cue == Cue.ID) {
      return null; // no phone, no SSN by shape: the number stands as a code of its own
    }
    if (cue != null) {
      switch (cue) {
        case PHONE:
        case FAX:
          var kind = cue == Cue.FAX ? EntityKind.FAX : EntityKind.PHONE;
          if (isTenDigitPhone(d)) {
            return detection(run, kind, 0.95, tenDigits(d));
          }
          if (len == 7) {
            return detection(run, kind, 0.85, d);
          }
          if (isNationalNumber(d)) {
            return detection(run, kind, 0.8, d);
          }
          if (len >= 6 && len <= 15) {
            return detection(run, kind, 0.75, d); // "triple five, oh one, double three four"
          }
          break;
        case SSN:
          if (len == 9) {
            double confidence = CueOverValidator.confidence(isValidSsn(d), () -> rightBefore, 0.95);
            if (confidence != CueOverValidator.NOT_REPORTED) {
              return detection(run, EntityKind.SSN, confidence, d);
            }
          }
          break;
        case HEALTH_PLAN:
          if (len >= 6 && len <= 20) {
            return detection(run, EntityKind.HEALTH_PLAN_ID, 0.85, d);
          }
          break;
        case MRN:
          if (len >= 5 && len <= 12) {
            return detection(run, EntityKind.MRN, 0.9, d);
          }
          break;
        case ACCOUNT:
          if (len >= 6 && len <= 17) {
            return detection(run, EntityKind.ACCOUNT, 0.85, d);
          }
          break;
        case CARD:
          if (len >= 13 && len <= 19) {
            double confidence =
                CueOverValidator.confidence(isLuhnValid(d), () -> rightBefore, 0.95);
            if (confidence != CueOverValidator.NOT_REPORTED) {
              return detection(run, EntityKind.CREDIT_CARD, confidence, d);
            }
          }
          break;
        case BOX:
          if (rightBefore && len <= 8) {
            return detection(run, EntityKind.ADDRESS, 0.9, d); // "p o box four four one two"
          }
          break;
        case ZIP:
          if (len == 5 || len == 9) {
            return detection(run, EntityKind.ZIP, 0.9, d);
          }
          break;
        default:
          break;
      }
    }
    if (isTenDigitPhone(d)) {
      boolean nanp = tenDigits(d).charAt(0) >= '2';
      return detection(run, EntityKind.PHONE, nanp ? 0.85 : 0.6, tenDigits(d));
    }
    if (len == 9 && isValidSsn(d)) {
      return detection(run, EntityKind.SSN, 0.5, d);
    }
    if ((len == 15 || len == 16) && isLuhnValid(d)) {
      return detection(run, EntityKind.CREDIT_CARD, 0.6, d);
    }
    if (len == 7 && d.charAt(0) >= '2') {
      return detection(run, EntityKind.PHONE, 0.5, d);
    }
    return null;
  }

  private static Detection detection(
      NumberWords.Run run, EntityKind kind, double confidence, String canonical) {
    return new Detection(kind, run.start(), run.end(), confidence, Pass.REGEX, canonical);
  }

  private static boolean isTenDigitPhone(String d) {
    return d.length() == 10 || (d.length() == 11 && d.charAt(0) == '1');
  }

  /** "oh seven seven double oh nine …": a number with a trunk 0 (UK, AU, EU), 10 or 11 digits. */
  private static boolean isNationalNumber(String d) {
    return (d.length() == 10 || d.length() == 11) && d.charAt(0) == '0' && d.charAt(1) != '0';
  }

  private static String tenDigits(String d) {
    return d.length() == 11 ? d.substring(1) : d;
  }

  /**
   * "one, two, three, four, five, …": counting aloud, not a number — unless a cue right before asks
   * for one ("my social is one two three four five six seven eight nine": a real number may run in
   * order).
   */
  private static boolean isCounting(List<String> groups) {
    if (groups.size() < 5) {
      return false;
    }
    for (int g = 1; g < groups.size(); g++) {
      var a = groups.get(g - 1);
      var b = groups.get(g);
      if (a.length() > 2 || b.length() > 2 || Integer.parseInt(b) != Integer.parseInt(a) + 1) {
        return false;
      }
    }
    return true;
  }

  /** Area not 000, 666 or 9xx; group not 00; serial not 0000. */
  static boolean isValidSsn(String d) {
    if (d.length() != 9) {
      return false;
    }
    var area = d.substring(0, 3);
    return !area.equals("000")
        && !area.equals("666")
        && d.charAt(0) != '9'
        && !d.startsWith("00", 3)
        && !d.startsWith("0000", 5);
  }

  static boolean isLuhnValid(String d) {
    int sum = 0;
    boolean twice = false;
    for (int i = d.length() - 1; i >= 0; i--) {
      int v = d.charAt(i) - '0';
      if (twice) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
