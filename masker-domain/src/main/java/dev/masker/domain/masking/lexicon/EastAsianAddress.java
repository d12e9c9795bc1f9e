package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * The house number before the road, as Japan and Korea write it on the tokens of a written text: a
 * Japanese block address ("4-12-7 Nishi-Shinjuku, Shinjuku-ku") and a Korean road address ("212
 * Jungang-ro", "92-17 Gwangbok-gil"). Read by {@link StreetFirstAddress}.
 */
final class EastAsianAddress {
  /** Endings of a Korean road name: "Jungang-ro", "Dongseong-gil", "Teheran-daero". */
  private static final Set<String> KOREAN_ROAD_ENDINGS = Set.of("ro", "gil", "daero");

  private EastAsianAddress() {}

  /**
   * A Korean road address: a house number (or a lot "218-39") before one capitalised word ending in
   * "-ro", "-gil" or "-daero" ("212 Jungang-ro", "92-17 Gwangbok-gil"): returns the token after, or
   * {@code i}.
   */
  static int koreanRoad(TokenizedText text, int i) {
    int size = text.size();
    if (!text.isDigits(i) || text.word(i).length() > 4) {
      return i;
    }
    int road = i + 1;
    if (road < size
        && text.isDigits(road)
        && text.word(road).length() <= 3
        && text.start(road) - text.end(i) == 1
        && text.text().charAt(text.end(i)) == '-') {
      road++; // "218-39": a lot and its sub-number
    }
    if (road >= size
        || text.gapBefore(road) != TokenizedText.GAP_SPACE
        || !StreetFirstAddress.upper(text, road)) {
      return i;
    }
    String word = text.word(road);
    int dash = word.lastIndexOf('-');
    return dash > 2 && KOREAN_ROAD_ENDINGS.contains(word.substring(dash + 1)) ? road + 1 : i;
  }

  /**
   * A Japanese block address: a house number of three groups joined by dashes (chōme, block,
   * house), then its district in one or two capitalised words, hyphens inside, before a comma and
   * the ward or city ("4-12-7 Nishi-Shinjuku, Shinjuku-ku"; not "1-2-3 Tablets, then"). Returns the
   * token after the district, or {@code i}.
   */
  static int blockNumber(TokenizedText text, int i) {
    int size = text.size();
    if (i + 3 >= size || !text.isDigits(i) || text.word(i).length() > 2) {
      return i;
    }
    for (int t = i + 1; t <= i + 2; t++) {
      if (!text.isDigits(t)
          || text.word(t).length() > 3
          || text.start(t) - text.end(t - 1) != 1
          || text.text().charAt(text.end(t - 1)) != '-') {
        return i;
      }
    }
    int t = i + 3;
    int first = t;
    while (t < size
        && t - first < 4
        && StreetFirstAddress.upper(text, t)
        && !UnlistedTowns.hasDigit(text.word(t))
        && (t == first
            ? text.gapBefore(t) == TokenizedText.GAP_SPACE
            : text.start(t) - text.end(t - 1) == 1 && text.text().charAt(text.end(t - 1)) == '-'
                || text.gapBefore(t) == TokenizedText.GAP_SPACE)) {
      t++;
    }
    if (t == first || t + 2 >= size || text.gapBefore(t) != TokenizedText.GAP_COMMA) {
      return i;
    }
    // the ward or city after it names itself: "Shibuya-ku", "Kyoto-shi", "Aoba-ku"
    String next = text.word(t);
    int dash = next.lastIndexOf('-');
    boolean ward =
        StreetFirstAddress.upper(text, t)
            && (dash > 0 && WARD_SUFFIXES.contains(next.substring(dash + 1))
                || text.start(t + 1) - text.end(t) == 1
                    && text.text().charAt(text.end(t)) == '-'
                    && WARD_SUFFIXES.contains(text.word(t + 1)));
    return ward ? t : i;
  }

  /** What ends the name of a Japanese ward, city, county or town ("-ku", "-shi", "-gun"). */
  private static final Set<String> WARD_SUFFIXES =
      Set.of("ku", "shi", "gun", "cho", "machi", "mura", "ken", "to", "fu");
}
