package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Set;

/**
 * The addresses of the country, said or written: a rural route or highway contract route and the
 * box on it ("rural route five box sixty two", "r r 2 box 35", "highway contract three box
 * eleven"), and a county road with a box or a mile marker ("county road eighty four mile marker
 * twelve"). Numbers in digits or in words. The route, its number and the box make one address.
 * Stateless; linear in the tokens.
 */
final class RuralRoutes {
  /** Confidence of such an address: a route, a number and a box say nothing else. */
  private static final double CONFIDENCE = 0.9;

  /**
   * Confidence of a numbered road alone: an address found around it ("7797 county road 50") wins.
   */
  private static final double ROAD_CONFIDENCE = 0.7;

  /** How many tokens a number of a route or a box may take ("one hundred twenty two"). */
  private static final int MAX_NUMBER_TOKENS = 5;

  private static final List<List<String>> ROUTES =
      List.of(
          List.of("rural", "route"),
          List.of("rural", "rt"),
          List.of("r", "r"),
          List.of("rr"),
          List.of("highway", "contract"),
          List.of("h", "c"),
          List.of("hc"),
          List.of("star", "route"),
          List.of("county", "road"),
          List.of("county", "rd"),
          List.of("route"), // "route one box 165": a box on it makes it a rural route
          List.of("rt"));

  /**
   * Roads known by a number, named alone as where someone lives or is picked up ("my mom lives out
   * on county road twenty seven", "off of highway 61", "farm to market 24"): the road and its
   * number make the address even with no box or marker after them.
   */
  private static final List<List<String>> NUMBERED_ROADS =
      List.of(
          List.of("county", "road"),
          List.of("county", "rd"),
          List.of("farm", "to", "market"),
          List.of("state", "route"),
          List.of("state", "road"),
          List.of("highway"),
          List.of("hwy"),
          List.of("route"));

  private static final List<List<String>> PLACES_ON_ROUTE =
      List.of(List.of("box"), List.of("mile", "marker"), List.of("mile"));

  /** The first words of {@link #ROUTES}: most tokens are none of them. */
  private static final Set<String> FIRST_WORDS =
      Set.of(
          "rural", "r", "rr", "highway", "h", "hc", "star", "county", "farm", "state", "hwy",
          "route", "rt");

  void find(List<SpokenToken> tokens, List<Detection> out) {
    int size = tokens.size();
    for (int i = 0; i < size; i++) {
      if (!tokens.get(i).isWord() || !FIRST_WORDS.contains(tokens.get(i).text())) {
        continue;
      }
      int end = routeWithPlace(tokens, i);
      double confidence = CONFIDENCE;
      if (end < 0) {
        end = roadAlone(tokens, i);
        confidence = ROAD_CONFIDENCE;
      }
      if (end < 0) {
        continue;
      }
      int first = confidence == ROAD_CONFIDENCE ? houseNumberStart(tokens, i) : i;
      int start = tokens.get(first).start();
      int last = tokens.get(end - 1).end();
      var canonical = new StringBuilder();
      for (int t = first; t < end; t++) {
        if (!tokens.get(t).isSymbol()) {
          canonical.append(canonical.isEmpty() ? "" : " ").append(tokens.get(t).text());
        }
      }
      out.add(
          new Detection(
              EntityKind.ADDRESS, start, last, confidence, Pass.REGEX, canonical.toString()));
      i = end - 1;
    }
  }

  /** The token after a route, its number and a box or marker on it from {@code i}, or -1. */
  private static int routeWithPlace(List<SpokenToken> tokens, int i) {
    int afterRoute = phraseEnd(tokens, i, ROUTES);
    if (afterRoute < 0) {
      return -1;
    }
    int at = numberEnd(tokens, afterRoute);
    if (at == afterRoute) {
      return -1;
    }
    if (at < tokens.size() && tokens.get(at).is(",")) {
      at++;
    }
    int afterPlace = phraseEnd(tokens, at, PLACES_ON_ROUTE);
    if (afterPlace < 0) {
      return -1;
    }
    int end = numberEnd(tokens, afterPlace);
    return end == afterPlace ? -1 : end;
  }

  /**
   * The token after a numbered road named alone from {@code i} ("county road twenty seven"), or -1,
   * where someone lives or turns off it ("we're on route 95", "off of highway 61"), not as a way
   * somewhere ("the park and ride on highway ninety", "county road eighty four is closed").
   */
  private static int roadAlone(List<SpokenToken> tokens, int i) {
    int afterRoad = phraseEnd(tokens, i, NUMBERED_ROADS);
    if (afterRoad < 0) {
      return -1;
    }
    int end = numberEnd(tokens, afterRoad);
    if (end == afterRoad || !roadNumber(tokens, end)) {
      return -1;
    }
    return lived(tokens, i) || numberBefore(tokens, i) ? end : -1;
  }

  /** Words that put someone on a road: "we're on", "lives out on", "our house is on". */
  private static final Set<String> DWELLING =
      Set.of(
          "live", "lives", "living", "we're", "i'm", "she's", "he's", "re", "m", "s", "house",
          "home", "stay", "stays", "staying", "farm", "place");

  /** Whether a house number stands right before the road: "at ninety four farm to market 87". */
  private static boolean numberBefore(List<SpokenToken> tokens, int i) {
    return houseNumberStart(tokens, i) < i;
  }

  /** The first token of the house number right before the road at {@code i}, or {@code i}. */
  private static int houseNumberStart(List<SpokenToken> tokens, int i) {
    int first = i;
    while (first >= 1
        && i - first < MAX_NUMBER_TOKENS
        && (tokens.get(first - 1).isNumber() || tokens.get(first - 1).wordValue() >= 0)) {
      first--;
    }
    return first;
  }

  private static boolean lived(List<SpokenToken> tokens, int i) {
    if (i < 1) {
      return false;
    }
    var before = tokens.get(i - 1);
    if (before.is("off") || before.is("of") || before.is("onto")) {
      return true;
    }
    if (!before.is("on")) {
      return false;
    }
    for (int k = i - 2; k >= 0 && k >= i - 4; k--) {
      if (tokens.get(k).isWord() && DWELLING.contains(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the number that ends before {@code end} numbers a road: not a time or a count after it
   * ("route 2 hours", "highway 5 minutes").
   */
  private static boolean roadNumber(List<SpokenToken> tokens, int end) {
    if (end < tokens.size() && tokens.get(end).isWord()) {
      String next = tokens.get(end).text();
      return !next.startsWith("minute") && !next.startsWith("hour") && !next.startsWith("mile");
    }
    return true;
  }

  /** The token after the first of {@code phrases} that starts at {@code i}, or -1. */
  private static int phraseEnd(List<SpokenToken> tokens, int i, List<List<String>> phrases) {
    for (var phrase : phrases) {
      int at = i;
      for (String word : phrase) {
        if (at >= tokens.size() || !tokens.get(at).is(word)) {
          at = -1;
          break;
        }
        at++;
      }
      if (at > 0) {
        return at;
      }
    }
    return -1;
  }

  /** The token after the number said or written from {@code i} ({@code i} when there is none). */
  private static int numberEnd(List<SpokenToken> tokens, int i) {
    int at = i;
    while (at < tokens.size()
        && at - i < MAX_NUMBER_TOKENS
        && (tokens.get(at).isNumber()
            || tokens.get(at).wordValue() >= 0
            || at > i && (tokens.get(at).is("hundred") || tokens.get(at).is("thousand")))) {
      at++;
    }
    return at;
  }
}
