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
          List.of("county", "rd"));

  private static final List<List<String>> PLACES_ON_ROUTE =
      List.of(List.of("box"), List.of("mile", "marker"), List.of("mile"));

  /** The first words of {@link #ROUTES}: most tokens are none of them. */
  private static final Set<String> FIRST_WORDS =
      Set.of("rural", "r", "rr", "highway", "h", "hc", "star", "county");

  void find(List<SpokenToken> tokens, List<Detection> out) {
    int size = tokens.size();
    for (int i = 0; i < size; i++) {
      if (!tokens.get(i).isWord() || !FIRST_WORDS.contains(tokens.get(i).text())) {
        continue;
      }
      int afterRoute = phraseEnd(tokens, i, ROUTES);
      if (afterRoute < 0) {
        continue;
      }
      int afterNumber = numberEnd(tokens, afterRoute);
      if (afterNumber == afterRoute) {
        continue;
      }
      int at = afterNumber;
      if (at < size && tokens.get(at).is(",")) {
        at++;
      }
      int afterPlace = phraseEnd(tokens, at, PLACES_ON_ROUTE);
      if (afterPlace < 0) {
        continue;
      }
      int end = numberEnd(tokens, afterPlace);
      if (end == afterPlace) {
        continue;
      }
      int start = tokens.get(i).start();
      int last = tokens.get(end - 1).end();
      var canonical = new StringBuilder();
      for (int t = i; t < end; t++) {
        if (!tokens.get(t).isSymbol()) {
          canonical.append(canonical.isEmpty() ? "" : " ").append(tokens.get(t).text());
        }
      }
      out.add(
          new Detection(
              EntityKind.ADDRESS, start, last, CONFIDENCE, Pass.REGEX, canonical.toString()));
      i = end - 1;
    }
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
        && (tokens.get(at).isNumber() || tokens.get(at).wordValue() >= 0)) {
      at++;
    }
    return at;
  }
}
