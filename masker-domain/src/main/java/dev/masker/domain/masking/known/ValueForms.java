package dev.masker.domain.masking.known;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.lexicon.NamePart;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The compact forms one detected value is found again by ({@link CompactText} folding):
 *
 * <ul>
 *   <li>the value as written ("Maria Lopez" → {@code marialopez});
 *   <li>its canonical form when that differs ("(415) 555-2671" and "four one five …" both → {@code
 *       4155552671}; an e-mail spelled out → its address), except for dates and ages, whose
 *       canonical digits would match unrelated numbers; a birth date's digits as one number in
 *       year-month-day, day-month-year and month-day-year order, with a four- or two-digit year,
 *       and with the month's name ("9-Mar-47"), as whole words only;
 *   <li>each identifying word of a name of two words or more ("Maria", "Lopez"); a word that is
 *       also an ordinary word ("Will", "Rose") only where it recurs capitalised; titles and
 *       particles ("Dr", "van") never;
 *   <li>the digits of an identifying code that mixes letters and digits, however it was grouped,
 *       when there are six or more ("XJH 4471 22" is found again as "447122");
 *   <li>the local part of an e-mail address, when it has four letters or digits or more;
 *   <li>the last four digits of a number of eight digits or more of an identifying kind (SSN, card,
 *       account, phone, record and plan numbers), when the policy asks for it: "the one ending in
 *       6789".
 * </ul>
 *
 * A form with six digits or more is found anywhere, even inside a longer run of letters and digits
 * ("MRN12345678" holds "12345678"); any other form only as whole words. Forms shorter than two
 * chars, and digit-only forms shorter than three, are not kept: they would match everywhere.
 */
final class ValueForms {
  private static final Set<EntityKind> DATES =
      EnumSet.of(EntityKind.DATE, EntityKind.DOB, EntityKind.AGE);
  static final Set<EntityKind> LAST_FOUR =
      EnumSet.of(
          EntityKind.SSN,
          EntityKind.CREDIT_CARD,
          EntityKind.ACCOUNT,
          EntityKind.PHONE,
          EntityKind.FAX,
          EntityKind.MRN,
          EntityKind.HEALTH_PLAN_ID,
          EntityKind.IBAN,
          EntityKind.LICENSE);

  private ValueForms() {}

  /** Which of the optional forms a policy wants. */
  record Rules(boolean nameParts, boolean lastFourDigits) {}

  /** How a form must sit in a text to count. */
  enum Placement {
    /** Anywhere, even inside a longer word: long digit runs. */
    ANYWHERE,
    /** As whole words. */
    WORDS,
    /** As whole words starting with a capital letter: names that are also ordinary words. */
    CAPITALISED
  }

  /** One form of one value, and what a recurrence of it is reported as. */
  record Form(
      String text,
      EntityKind kind,
      String canonical,
      double confidence,
      Pass pass,
      Placement placement) {

    boolean isDigits() {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the compact chars {@code [first, last]} are a recurrence by this form's placement.
     */
    boolean matchesAt(CompactText compact, int first, int last) {
      switch (placement) {
        case ANYWHERE:
          return true;
        case CAPITALISED:
          return compact.wordStartsAt(first)
              && compact.wordEndsAfter(last)
              && Character.isUpperCase(
                  compact.original().codePointAt(compact.originalStart(first)));
        default:
          boolean glued = isGluable();
          boolean camel = isCamelWord();
          return (compact.wordStartsAt(first)
                  || glued && wordStartsBefore(compact, first)
                  || camel && camelStartsAt(compact, first))
              && (compact.wordEndsAfter(last)
                  || pluralEndsAfter(compact, last)
                  || glued && wordEndsAfter(compact, last)
                  || camel && camelEndsAfter(compact, last));
      }
    }

    /**
     * Whether this form is a name word of four letters or more, which a capital starts or ends
     * inside a longer word written in camel case ("#TeamHalvorsen", "HalvorsenFamily").
     */
    private boolean isCamelWord() {
      return kind == EntityKind.NAME && text.length() >= 4 && isAllLetters(text);
    }

    /** Whether a capital after a small letter starts compact char {@code first}. */
    private static boolean camelStartsAt(CompactText compact, int first) {
      return first > 0
          && Character.isLetter(compact.charAt(first - 1))
          && Character.isUpperCase(compact.original().codePointAt(compact.originalStart(first)))
          && Character.isLowerCase(
              compact.original().codePointAt(compact.originalStart(first - 1)));
    }

    /** Whether a capital after a small letter starts the compact char after {@code last}. */
    private static boolean camelEndsAfter(CompactText compact, int last) {
      return last + 1 < compact.size() && camelStartsAt(compact, last + 1);
    }

    /** At most this many letters glued to a name still leave it legible ("dhalvorsen"). */
    static final int GLUE = 2;

    /**
     * Whether this form is a name word long enough to be read inside a longer word: an initial or a
     * title glued to it makes a handle or a login ("@dhalvorsen", "HalvorsenD", "drhalvorsen") that
     * still names the person. Six letters at least, so a short name inside an ordinary word
     * ("maria" in "mariachi") is left alone; never a name that is also an ordinary word, whose
     * placement asks for a capital.
     */
    private boolean isGluable() {
      return kind == EntityKind.NAME && text.length() >= 6 && isAllLetters(text);
    }

    /**
     * Whether a word of letters starts at most {@link #GLUE} compact chars before {@code first}.
     */
    private static boolean wordStartsBefore(CompactText compact, int first) {
      for (int k = first - 1; k >= 0 && first - k <= GLUE; k--) {
        if (!Character.isLetter(compact.charAt(k))) {
          return false;
        }
        if (compact.wordStartsAt(k)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a word of letters ends at most {@link #GLUE} compact chars after {@code last}. */
    private static boolean wordEndsAfter(CompactText compact, int last) {
      for (int k = last + 1; k < compact.size() && k - last <= GLUE; k++) {
        if (!Character.isLetter(compact.charAt(k)) || compact.wordStartsAt(k)) {
          return false;
        }
        if (compact.wordEndsAfter(k)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a word ends one "s" or "es" after compact char {@code last} of a name of four letters
     * or more: a plural or a possessive written without its apostrophe ("the Kowalskis", "kowalskis
     * file") still names the person.
     */
    private boolean pluralEndsAfter(CompactText compact, int last) {
      if (kind != EntityKind.NAME || text.length() < 4 || isDigits()) {
        return false;
      }
      int next = last + 1;
      if (next < compact.size() && compact.charAt(next) == 'e') {
        next++;
      }
      return next < compact.size()
          && compact.charAt(next) == 's'
          && compact.wordEndsAfter(next)
          && !compact.wordStartsAt(last + 1);
    }

    Detection detection(int start, int end) {
      return new Detection(kind, start, end, confidence, pass, canonical);
    }

    /** A recurrence said as number words whose digits are {@code digits}. */
    Detection spoken(int start, int end, String digits) {
      return new Detection(
          kind, start, end, confidence, pass, digits.equals(text) ? canonical : digits);
    }

    @Override
    public String toString() {
      // Never the form or the canonical value: they are the personal data.
      return "Form[" + kind + " " + placement + "]";
    }
  }

  /** Every form {@code surface} (a detected value of {@code kind}) is found again by. */
  static List<Form> of(
      EntityKind kind,
      String surface,
      String canonical,
      double confidence,
      Pass pass,
      Rules rules) {
    var forms = new ArrayList<Form>(4);
    var words = words(surface);
    // A one-word value says as much as one word of a name.
    var part =
        words.size() == 1 && isLetters(words.get(0))
            ? NamePart.of(words.get(0))
            : NamePart.IDENTIFYING;
    add(forms, CompactText.fold(surface), kind, canonical, confidence, pass, part);
    if (!DATES.contains(kind)) {
      var canonicalForm = CompactText.fold(canonical);
      if (!canonicalForm.equals(CompactText.fold(surface))) {
        add(forms, canonicalForm, kind, canonical, confidence, pass, NamePart.IDENTIFYING);
      }
    }
    if (kind == EntityKind.DOB && ISO_DATE.matcher(canonical).matches()) {
      // A birth date written in another order as one number ("19610314", "14031961"): a whole
      // word only, since eight digits of a date can be part of an unrelated longer number.
      var year = canonical.substring(0, 4);
      var month = canonical.substring(5, 7);
      var day = canonical.substring(8, 10);
      var surfaceForm = CompactText.fold(surface);
      for (var order : birthDateOrders(year, month, day)) {
        if (!order.equals(surfaceForm)) {
          forms.add(new Form(order, kind, canonical, confidence, pass, Placement.WORDS));
        }
      }
    }
    if (kind == EntityKind.ADDRESS) {
      streetName(forms, surface, words, canonical, confidence, pass);
    }
    if (kind != EntityKind.NAME && words.size() > 1) {
      // The digits of a code that mixes letters and digits identify it on their own.
      for (var word : words) {
        if (!isLetters(word) && word.length() >= 6) {
          var digits = CompactText.fold(word);
          add(forms, digits, kind, digits, confidence, pass, NamePart.IDENTIFYING);
        }
      }
    }
    if (LAST_FOUR.contains(kind)) {
      // The digits of an identifying code that mixes letters and digits, however it was grouped
      // ("X J H 4 4 7 1 2 2"): said again as words ("x-ray juliet hotel four four seven one two
      // two"), they identify it without its letters.
      var compact = CompactText.fold(canonical);
      var digits = digitsOf(compact);
      if (digits.length() >= 6
          && digits.length() < compact.length()
          && forms.stream().noneMatch(form -> form.text().equals(digits))) {
        add(forms, digits, kind, digits, confidence, pass, NamePart.IDENTIFYING);
      }
    }
    if (kind == EntityKind.NAME && rules.nameParts() && words.size() > 1) {
      for (var word : words) {
        if (isLetters(word)) {
          add(forms, CompactText.fold(word), kind, word, confidence, pass, NamePart.of(word));
        }
      }
    }
    if (kind == EntityKind.EMAIL) {
      int at = canonical.indexOf('@');
      if (at > 0) {
        var local = CompactText.fold(canonical.substring(0, at));
        if (local.length() >= 4) {
          add(
              forms,
              local,
              kind,
              canonical.substring(0, at),
              confidence,
              pass,
              NamePart.IDENTIFYING);
        }
        localWords(forms, canonical.substring(0, at), confidence, pass);
      }
    }
    DisguisedForms.add(forms, kind, canonical, words, confidence, pass, rules);
    if (rules.lastFourDigits() && LAST_FOUR.contains(kind)) {
      var digits = CompactText.fold(canonical);
      if (digits.length() >= 8 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        var last = digits.substring(digits.length() - 4);
        forms.add(new Form(last, kind, last, confidence, pass, Placement.WORDS));
      }
    }
    return forms;
  }

  /**
   * The words of an e-mail address's local part ("ottilie.brackenridge", "o_brackenridge"), each a
   * form of its own when the part has two or more and the word is no ordinary word: a caller spells
   * the address over two turns ("my email is ottilie dot brackenridge" | "at example dot org"), and
   * the turn with the local part holds no address to find, only the person's names (ADR 24). Words
   * of fewer than four letters (initials, "jr") and ordinary words ("info", "support") are left.
   * Each is a name when said alone, and masked as one.
   */
  private static void localWords(List<Form> forms, String local, double confidence, Pass pass) {
    var words = local.split("[._+-]+");
    if (words.length < 2) {
      return;
    }
    for (var word : words) {
      if (word.length() >= 4
          && isAllLetters(word)
          && NamePart.of(word) == NamePart.IDENTIFYING
          && !NamePart.isOrdinaryWord(word.toLowerCase(Locale.ROOT))) {
        add(
            forms,
            CompactText.fold(word),
            EntityKind.NAME,
            word,
            confidence,
            pass,
            NamePart.IDENTIFYING);
      }
    }
  }

  private static void add(
      List<Form> forms,
      String text,
      EntityKind kind,
      String canonical,
      double confidence,
      Pass pass,
      NamePart part) {
    if (part == NamePart.NONE || text.length() < 2) {
      return;
    }
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        digits++;
      }
    }
    if (digits == text.length() && digits < 3) {
      return;
    }
    Placement placement;
    if (digits >= 6) {
      placement = Placement.ANYWHERE;
    } else if (part == NamePart.ORDINARY_WORD) {
      placement = Placement.CAPITALISED;
    } else {
      placement = Placement.WORDS;
    }
    forms.add(new Form(text, kind, canonical, confidence, pass, placement));
  }

  /**
   * The name of an address's street without its number and type word, which identifies it when said
   * again alone ("near birch hollow" after "88 Birch Hollow Road"): the words after the number but
   * the last ("Road"), or, street first, those after the first ("Rua das Flores 1634"). A name of
   * one ordinary word ("Main") counts only where it recurs capitalised.
   */
  private static void streetName(
      List<Form> forms,
      String surface,
      List<String> words,
      String canonical,
      double confidence,
      Pass pass) {
    var letters = new ArrayList<String>();
    for (var word : words) {
      if (isLetters(word)) {
        letters.add(word);
      }
    }
    if (letters.size() < 2 || words.isEmpty()) {
      return;
    }
    boolean numberFirst = !isLetters(words.get(0));
    var name =
        numberFirst ? letters.subList(0, letters.size() - 1) : letters.subList(1, letters.size());
    // Two words or more name one street; one ordinary word ("Main") only where capitalised.
    boolean ordinary = name.size() == 1 && NamePart.of(name.get(0)) != NamePart.IDENTIFYING;
    var form = CompactText.fold(String.join(" ", name));
    if (form.length() >= 4 && !form.equals(CompactText.fold(surface))) {
      forms.add(
          new Form(
              form,
              EntityKind.ADDRESS,
              canonical,
              confidence,
              pass,
              ordinary ? Placement.CAPITALISED : Placement.WORDS));
    }
  }

  /** The runs of letters or digits of {@code text}, as written. */
  private static List<String> words(String text) {
    var words = new ArrayList<String>(4);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean letter = Character.isLetter(cp);
      while (i < text.length()) {
        int c = text.codePointAt(i);
        if (Character.isLetter(c) != letter || !Character.isLetterOrDigit(c)) {
          // An apostrophe or mark inside a word ("O'Brien") keeps it one word.
          if (letter
              && (c == '\''
                  || c == '\u2019'
                  || Character.getType(c) == Character.NON_SPACING_MARK)) {
            i += Character.charCount(c);
            continue;
          }
          break;
        }
        i += Character.charCount(c);
      }
      words.add(text.substring(start, i));
    }
    return words;
  }

  private static boolean isLetters(String word) {
    return word.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean isAllLetters(String word) {
    return word.codePoints().allMatch(Character::isLetter);
  }

  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /**
   * A birth date's forms in other orders and spellings: its digits as one number in year-month-day,
   * day-month-year and month-day-year order, with the year's four digits or its last two
   * ("19470309", "030947", "470309"), and the day, the month's name (whole or its first three
   * letters) and the year as records and forms write them ("9-Mar-47", "09MAR1947", "Mar 9 47"),
   * and the month and the day without their leading zero ("3947", too short, is not one; "391947").
   */
  static List<String> birthDateOrders(String year, String month, String day) {
    var orders = new ArrayList<String>();
    var shortYear = year.substring(2);
    for (var y : List.of(year, shortYear)) {
      orders.add(y + month + day);
      orders.add(day + month + y);
      orders.add(month + day + y);
    }
    // Said as plain numbers ("eight twenty three seventy four"), five digits or more (ADR 26)
    var bareDay = day.startsWith("0") ? day.substring(1) : day;
    var bareMonth = month.startsWith("0") ? month.substring(1) : month;
    for (var y : List.of(year, shortYear)) {
      for (var order : List.of(bareMonth + bareDay + y, bareDay + bareMonth + y)) {
        if (order.length() >= 5 && !orders.contains(order)) {
          orders.add(order);
        }
      }
    }
    int m = Integer.parseInt(month);
    if (m >= 1 && m <= 12) {
      var name = MONTHS.get(m - 1);
      for (var monthName : List.of(name, name.substring(0, 3))) {
        for (var d : bareDay.equals(day) ? List.of(day) : List.of(day, bareDay)) {
          for (var y : List.of(year, shortYear)) {
            orders.add(d + monthName + y);
            orders.add(monthName + d + y);
          }
        }
      }
    }
    return orders;
  }

  /** A birth date's canonical form, compiled once: {@code 1947-03-09}. */
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The ASCII digits of {@code text}, in order. */
  private static String digitsOf(String text) {
    var digits = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }
}
