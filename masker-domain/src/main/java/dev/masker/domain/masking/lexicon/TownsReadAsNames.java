package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.UsStates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A word read as a name where only a town stands is the town it names. The value is masked either
 * way; the kind decides the token the model reads and what the report counts. A town's places:
 *
 * <ul>
 *   <li>right after "in", "past" or "outside": "the lab in ostrava lost my sample", "doctor hauger
 *       in eden", "we're out past glen ardie";
 *   <li>right after "near" in a turn that gives a place (an address, a ZIP code or a town found),
 *       unless someone is to "be near" the person: "she's near quenby … 7816 south third drive";
 *   <li>after a move or a drive, "closer to" or "as far as": "we moved to wendlow", "i drive to
 *       tillery on mondays", "she only goes as far as pemberly";
 *   <li>between towns: "between cedar bluff junction and harwick";
 *   <li>right after an address: "the return address was box 9919 lindenau";
 *   <li>after "and it's" or "then it's" once an address or a ZIP code is said: "my zip code is four
 *       one double seven two and it's tallowmere";
 *   <li>before a state, with or without a comma or "in": "harmony indiana", "marrowby in oregon";
 *   <li>the same words found as a town elsewhere in the turn.
 * </ul>
 *
 * A name with "'s" after it stays one ("put it in ana's name"), and so does one a letter is spelled
 * with ("p as in paul", "two n's in hanna").
 */
public final class TownsReadAsNames {
  private static final Set<String> BEFORE_TOWN = Set.of("in", "past", "outside");
  private static final Set<String> GOING = Set.of("moved", "move", "moving", "drive", "drove");

  private TownsReadAsNames() {}

  /**
   * {@code resolved} with the names in a town's place made towns, where {@code masked} says the
   * town is masked too (a policy may mask names and not towns: then the name stays).
   */
  public static List<Detection> relabel(
      String text, List<Detection> resolved, Predicate<Detection> masked) {
    if (!holdsName(resolved)) {
      return resolved;
    }
    boolean givesPlace = ResolvedSpans.givePlace(resolved);
    List<Detection> out = new ArrayList<>(resolved.size());
    for (Detection d : resolved) {
      Detection town =
          d.kind() == EntityKind.NAME && inTownsPlace(text, d, givesPlace, resolved)
              ? town(text, d)
              : d;
      out.add(town == d || masked.test(town) ? town : d);
    }
    return out;
  }

  private static Detection town(String text, Detection name) {
    return ResolvedSpans.location(text, name.start(), name.end(), name.confidence());
  }

  private static boolean inTownsPlace(
      String text, Detection name, boolean givesPlace, List<Detection> resolved) {
    if (text.startsWith("'s", name.end())) {
      return false;
    }
    return afterTownsCue(text, name.start(), givesPlace)
        || betweenTowns(text, name.start(), resolved)
        || afterAddress(name.start(), resolved)
        || afterZipOrAddress(text, name.start(), resolved)
        || beforeState(text, name.end())
        || foundAsTown(text, name, resolved);
  }

  /** "between harwick and …", "between cedar bluff junction and harwick". */
  private static boolean betweenTowns(String text, int start, List<Detection> resolved) {
    String before = wordBefore(text, start);
    if (before.equals("between")) {
      return true;
    }
    if (!before.equals("and")) {
      return false;
    }
    int and = start - before.length() - 1;
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.LOCATION
          && d.end() == and - 1
          && wordBefore(text, d.start()).equals("between")) {
        return true;
      }
    }
    return false;
  }

  /** "… and it's …" or "… then it's …" after an address or a ZIP code: "… 41772 and it's osby". */
  private static boolean afterZipOrAddress(String text, int start, List<Detection> resolved) {
    if (!wordBefore(text, start).equals("it's")) {
      return false;
    }
    String joint = wordBefore(text, start - "it's ".length());
    if (!joint.equals("and") && !joint.equals("then")) {
      return false;
    }
    for (Detection d : resolved) {
      if ((d.kind() == EntityKind.ADDRESS || d.kind() == EntityKind.ZIP) && d.end() < start) {
        return true;
      }
    }
    return false;
  }

  /**
   * Right after an address, where its town is said: "the return address was box 9919 lindenau",
   * "thirty three meadowlane, harmony, right off the highway".
   */
  private static boolean afterAddress(int start, List<Detection> resolved) {
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.ADDRESS && (d.end() == start - 1 || d.end() == start - 2)) {
        return true;
      }
    }
    return false;
  }

  private static boolean afterTownsCue(String text, int start, boolean givesPlace) {
    String before = wordBefore(text, start);
    int cue = start - before.length() - 1;
    if (BEFORE_TOWN.contains(before)) {
      String spelling = wordBefore(text, cue); // "p as in paul", "two n's in hanna"
      return !spelling.equals("as") && !(spelling.length() == 3 && spelling.endsWith("'s"));
    }
    if (before.equals("near")) {
      return givesPlace && !wordBefore(text, cue).equals("be");
    }
    String twoBefore = wordBefore(text, cue);
    return before.equals("to") && (GOING.contains(twoBefore) || twoBefore.equals("closer"))
        || before.equals("as") && twoBefore.equals("far"); // "closer to …", "as far as …"
  }

  /** The word that ends one blank before {@code start}; empty when there is none. */
  private static String wordBefore(String text, int start) {
    int blank = start - 1;
    if (blank < 1 || text.charAt(blank) != ' ') {
      return "";
    }
    int from = text.lastIndexOf(' ', blank - 1) + 1;
    return text.substring(from, blank).toLowerCase(Locale.ROOT);
  }

  private static boolean beforeState(String text, int end) {
    int at = end;
    if (text.startsWith(",", at)) {
      at++;
    }
    if (!text.startsWith(" ", at)) {
      return false;
    }
    at++;
    if (text.regionMatches(true, at, "in ", 0, 3)) {
      at += 3;
    }
    for (String state : UsStates.NAMES) { // no allocation: most names fail on their first letter
      int stop = at + state.length();
      if (text.regionMatches(true, at, state, 0, state.length())
          && (stop == text.length() || !Character.isLetter(text.charAt(stop)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean foundAsTown(String text, Detection name, List<Detection> resolved) {
    int length = name.end() - name.start();
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.LOCATION
          && d.end() - d.start() == length
          && text.regionMatches(true, d.start(), text, name.start(), length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsName(List<Detection> resolved) {
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.NAME) {
        return true;
      }
    }
    return false;
  }
}
