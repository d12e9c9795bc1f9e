package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A date of a year long past said right after a name, as a caller gives who they are and when they
 * were born in one breath: "anthon phillips. august seventh nineteen fifty three.", "okay liviu
 * barta, january twelfth, 1972, …", "so it's wei park 9-18-1973", or after another birth date ("my
 * wife's birthday is … and mine is the twenty-sixth of february nineteen thirty nine", "you have my
 * birthday as … but it's actually …") with no visit between. A visit is this year's or a recent
 * one; a date fifteen years back or more beside a name or a birth date is a birth date.
 */
public final class BirthDatesAfterNames {
  /** How many years back a date beside a name must lie to be a birth date. */
  private static final int YEARS_BACK = 15;

  /** How many characters of blanks and marks may stand between the name and the date. */
  private static final int MAX_GAP = 3;

  private BirthDatesAfterNames() {}

  private static final SpokenDateRecognizer DATES = new SpokenDateRecognizer();

  /** The dates among {@code resolved} that are birth dates, as dates of birth. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    for (int k = 0; k < resolved.size(); k++) {
      Detection name = resolved.get(k);
      if (name.kind() == EntityKind.NAME) {
        saidAsNumbers(text, name, k + 1 < resolved.size() ? resolved.get(k + 1) : null, out);
      }
    }
    int latest = Year.now(ZoneOffset.UTC).getValue() - YEARS_BACK;
    Detection birth = null;
    for (int k = 1; k < resolved.size(); k++) {
      Detection date = resolved.get(k);
      Detection before = resolved.get(k - 1);
      birth = before.kind() == EntityKind.DOB ? before : birth;
      if (date.kind() != EntityKind.DATE || year(date.canonical()) > latest) {
        continue;
      }
      boolean afterName =
          before.kind() == EntityKind.NAME
              && date.start() - before.end() <= MAX_GAP
              && onlyMarks(text, before.end(), date.start());
      if (!afterName && !(birth != null && noVisitBetween(text, birth.end(), date.start()))) {
        continue;
      }
      out.add(
          new Detection(
              EntityKind.DOB,
              date.start(),
              date.end(),
              Math.min(0.97, date.confidence() + 0.02),
              date.pass(),
              date.canonical()));
    }
    return out;
  }

  /**
   * A date said as numbers right after a name, where nothing was found: "veronica oosters eleven
   * twenty one fifty three". Month, day and a year of two or four figures, as a birth date.
   */
  private static void saidAsNumbers(
      String text, Detection name, Detection next, List<Detection> out) {
    int at = name.end();
    while (at < text.length()
        && at - name.end() <= MAX_GAP
        && " ,.".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (at == name.end()
        || at >= text.length()
        || !Character.isLetter(text.charAt(at))
        || next != null && next.start() <= at) {
      return;
    }
    int wordEnd = at;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (NumberWords.wordValue(text.substring(at, wordEnd).toLowerCase(Locale.ROOT)) < 0) {
      return; // no number word after the name: nothing to read
    }
    Detection date = DATES.numericBirthDateAt(text, at);
    if (date != null
        && (next == null || next.start() >= date.end())
        && year(date.canonical()) <= Year.now(ZoneOffset.UTC).getValue() - YEARS_BACK) {
      out.add(date);
    }
  }

  /** Words that make a date after a birth date a visit's: "born …, and the surgery was …". */
  private static final List<String> VISITS =
      List.of(
          "surgery",
          "visit",
          "appointment",
          "seen",
          "admitted",
          "discharged",
          "procedure",
          "since",
          "married",
          "moved",
          "started",
          "last",
          "service",
          "scan",
          "test");

  /** Whether no visit word stands between a birth date ending at {@code from} and a date. */
  private static boolean noVisitBetween(String text, int from, int to) {
    for (String visit : VISITS) {
      int at = text.indexOf(visit, from);
      if (at >= 0 && at < to) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyMarks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** The year of an ISO date ("1953-08-07"), or a year to come when it has none. */
  private static int year(String canonical) {
    if (canonical == null
        || canonical.length() < 4
        || !canonical.chars().limit(4).allMatch(Character::isDigit)) {
      return Integer.MAX_VALUE;
    }
    return Integer.parseInt(canonical.substring(0, 4));
  }
}
