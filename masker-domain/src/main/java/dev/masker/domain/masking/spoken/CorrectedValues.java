package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.lexicon.ResolvedSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A number said again to correct it: "zip is three five two eight six, no, sorry, three five two
 * eight one", "plate seven b t d five three nine, no, d as in david not b, so seven d t d five
 * three nine". The first value had its cue; the correction has none but is the same kind. Right
 * after a value of a numbered kind, a word that takes it back ("no", "sorry", "wait", "i mean",
 * "actually") opens a short stretch; the first run of digits, number words and single letters in it
 * holding three digits or more is that kind too.
 */
public final class CorrectedValues {
  /** How many tokens after the value the correction may start. */
  private static final int OPENER_REACH = 3;

  /** How many tokens after the opener the corrected value may start. */
  private static final int VALUE_REACH = 14;

  private static final Set<String> OPENERS =
      Set.of("no", "sorry", "wait", "actually", "oops", "correction", "mean", "rather", "nope");

  /** What may stand between the value and the word that takes it back ("uh, no"). */
  private static final Set<String> FILLERS = Set.of("uh", "um", "oh", "er", "erm", "i", "or");

  private static final Set<EntityKind> NUMBERED =
      Set.of(
          EntityKind.ZIP,
          EntityKind.PHONE,
          EntityKind.FAX,
          EntityKind.MRN,
          EntityKind.HEALTH_PLAN_ID,
          EntityKind.ACCOUNT,
          EntityKind.SSN,
          EntityKind.CREDIT_CARD,
          EntityKind.LICENSE,
          EntityKind.VEHICLE_ID,
          EntityKind.DEVICE_ID,
          EntityKind.OTHER_ID);

  private CorrectedValues() {}

  /** The corrections of the numbered values among {@code resolved}, not yet covered. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    List<SpokenToken> tokens = null;
    for (Detection value : resolved) {
      boolean birth = value.kind() == EntityKind.DOB;
      if (!NUMBERED.contains(value.kind()) && !birth || !openerFollows(text, value.end())) {
        continue;
      }
      if (tokens == null) {
        tokens = SpokenTokens.of(text);
      }
      int t = firstTokenFrom(tokens, value.end());
      int opener = -1;
      for (int k = t; k < tokens.size() && k < t + OPENER_REACH; k++) {
        var token = tokens.get(k);
        if (OPENERS.contains(token.text()) && !abbreviation(tokens, k)) {
          opener = k;
          break;
        }
        if (!token.isSymbol() && !FILLERS.contains(token.text())) {
          break; // "Insurance card no.: …, File no.: 3285239" is the next field, no correction
        }
      }
      if (opener < 0) {
        continue;
      }
      if (birth) {
        birthDateAfter(tokens, opener, resolved, out);
        continue;
      }
      correction(text, tokens, opener, value.kind(), value.confidence(), 3, resolved, out);
    }
    if (opensWithOpener(text)) {
      openingCorrection(text, tokens, resolved, out);
    }
    return out;
  }

  /**
   * "no, seven d t d five three nine", "no sorry, nine seven one two four": a turn that opens by
   * taking back what the caller said before, then says a number or a code of five chars or more
   * with three digits, corrects a value of an earlier turn. Its kind is not known here: a code.
   */
  private static void openingCorrection(
      String text, List<SpokenToken> tokens, List<Detection> resolved, List<Detection> out) {
    var all = tokens == null ? SpokenTokens.of(text) : tokens;
    for (int k = 0; k < all.size() && k < OPENER_REACH; k++) {
      var token = all.get(k);
      if (OPENERS.contains(token.text()) && !abbreviation(all, k)) {
        correction(text, all, k, EntityKind.OTHER_ID, 0.7, 5, resolved, out);
        return;
      }
      if (!token.isSymbol() && !FILLERS.contains(token.text())) {
        return;
      }
    }
  }

  /**
   * Adds the first run of digits, number words and single letters within {@value #VALUE_REACH}
   * tokens after the {@code opener} that holds three digits and {@code least} chars, as a value of
   * {@code kind}.
   */
  private static void correction(
      String text,
      List<SpokenToken> tokens,
      int opener,
      EntityKind kind,
      double confidence,
      int least,
      List<Detection> resolved,
      List<Detection> out) {
    for (int k = opener + 1; k < tokens.size() && k <= opener + VALUE_REACH; k++) {
      if (!digitLike(tokens.get(k))) {
        continue;
      }
      int end = k;
      int digits = 0;
      int letters = 0;
      while (end < tokens.size() && (digitLike(tokens.get(end)) || letter(tokens.get(end)))) {
        var token = tokens.get(end);
        digits += token.isNumber() ? token.text().length() : digitLike(token) ? 1 : 0;
        letters += letter(token) ? 1 : 0;
        end++;
      }
      int start = k;
      while (start > opener + 1 && letter(tokens.get(start - 1))) {
        start--; // "so m k m three two ...": the letters before the digits
        letters++;
      }
      if (digits >= 3 && digits + letters >= least) {
        int from = tokens.get(start).start();
        int to = tokens.get(end - 1).end();
        boolean afterLast = out.isEmpty() || out.get(out.size() - 1).end() <= from;
        if (afterLast && !overlaps(resolved, from, to)) {
          out.add(
              new Detection(
                  kind,
                  from,
                  to,
                  // surer than a code found inside it, which it covers whole
                  Math.max(Math.min(confidence, 0.85), codeInside(resolved, from, to) + 0.01),
                  Pass.REGEX,
                  text.substring(from, to).toLowerCase(Locale.ROOT)));
        }
        return;
      }
      k = end - 1; // "the new one is one six six seven one": a lone "one" is no value yet
    }
  }

  /**
   * "date of birth is february eighth two thousand and four, no sorry, 6/1/1974": the first date
   * found after the correction is the birth date too; reported again as one, a little surer.
   */
  private static void birthDateAfter(
      List<SpokenToken> tokens, int opener, List<Detection> resolved, List<Detection> out) {
    int from = tokens.get(opener).end();
    int until = tokens.get(Math.min(tokens.size() - 1, opener + VALUE_REACH)).end();
    for (int i = ResolvedSpans.firstEndingAfter(resolved, from);
        i < resolved.size() && resolved.get(i).start() < until;
        i++) {
      var date = resolved.get(i);
      if (date.kind() == EntityKind.DATE && !eventBetween(tokens, opener, date.start())) {
        out.add(
            new Detection(
                EntityKind.DOB,
                date.start(),
                date.end(),
                Math.min(1.0, date.confidence() + 0.01),
                date.pass(),
                date.canonical()));
        return;
      }
    }
  }

  /** Words of a visit or a treatment before a date: "sorry, the appointment is on june 4". */
  private static final Set<String> EVENTS =
      Set.of(
          "appointment",
          "visit",
          "surgery",
          "procedure",
          "seen",
          "scheduled",
          "booked",
          "admitted",
          "discharged",
          "test",
          "shot",
          "shots",
          "infusion",
          "refill",
          "filled",
          "appt",
          "follow",
          "today",
          "tomorrow",
          "yesterday",
          "last",
          "next");

  private static boolean eventBetween(List<SpokenToken> tokens, int opener, int dateStart) {
    for (int k = opener + 1; k < tokens.size() && tokens.get(k).start() < dateStart; k++) {
      if (EVENTS.contains(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** A cheap look before tokenizing: one of the first words, past fillers, takes something back. */
  private static boolean opensWithOpener(String text) {
    int i = 0;
    int n = text.length();
    for (int words = 0; words < OPENER_REACH && i < n; words++) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      var word = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (OPENERS.contains(word)) {
        return true;
      }
      if (!FILLERS.contains(word)) {
        return false;
      }
    }
    return false;
  }

  /** A cheap look before tokenizing: a word of an opener within a few chars after the value. */
  private static boolean openerFollows(String text, int end) {
    int limit = Math.min(text.length(), end + 24);
    var after = text.substring(end, limit).toLowerCase(Locale.ROOT);
    for (String opener : OPENERS) {
      if (after.contains(opener)) {
        return true;
      }
    }
    return false;
  }

  /** "no." and "no:" as forms write "number". */
  private static boolean abbreviation(List<SpokenToken> tokens, int k) {
    return k + 1 < tokens.size()
        && tokens.get(k).is("no")
        && (tokens.get(k + 1).is(".") || tokens.get(k + 1).is(":") || tokens.get(k + 1).is("#"));
  }

  /** The first token at or after {@code offset}, by binary search. */
  private static int firstTokenFrom(List<SpokenToken> tokens, int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static boolean digitLike(SpokenToken token) {
    return token.isNumber()
        || token.wordValue() >= 0 && !token.is("o")
        || token.is("double")
        || token.is("triple");
  }

  private static boolean letter(SpokenToken token) {
    return token.isWord() && token.text().length() == 1 && !token.is("i") && !token.is("a");
  }

  /** The highest confidence of a code of no known kind inside the span, or 0. */
  private static double codeInside(List<Detection> resolved, int from, int to) {
    double most = 0;
    for (int i = ResolvedSpans.firstEndingAfter(resolved, from);
        i < resolved.size() && resolved.get(i).start() < to;
        i++) {
      most = Math.max(most, resolved.get(i).confidence());
    }
    return most;
  }

  /** Overlaps a resolved value, other than a code of no known kind inside the span. */
  private static boolean overlaps(List<Detection> resolved, int from, int to) {
    for (int i = ResolvedSpans.firstEndingAfter(resolved, from);
        i < resolved.size() && resolved.get(i).start() < to;
        i++) {
      var d = resolved.get(i);
      if (!(d.kind() == EntityKind.OTHER_ID && from <= d.start() && d.end() <= to)) {
        return true;
      }
    }
    return false;
  }
}
