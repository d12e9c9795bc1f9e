package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Towns after "in" or "near" that no list has, as callers say where someone lives or stays: "i'm
 * staying with genia in orrin until the hip heals" (a word the name readers took for a name),
 * "still in castor ridge, she won't move" (a word and a town ending: "ridge", "hollow",
 * "junction"), "out in east lydell now" (a compass word or "lake" and a word no common list has). A
 * name read there becomes the town; the place ends the clause (a mark, the end, or a word such as
 * "now", "until", "with").
 */
public final class PlacesAfterIn {
  private static final double CONFIDENCE = 0.7;
  private static final int MAX_WORDS = 3;

  private static final Set<String> PREPOSITIONS = Set.of("in", "near");

  /** Last words of small towns and neighbourhoods ("colter junction", "pike hollow"). */
  private static final Set<String> TOWN_ENDINGS =
      Set.of(
          "junction",
          "hollow",
          "ridge",
          "springs",
          "heights",
          "mills",
          "falls",
          "bend",
          "creek",
          "valley",
          "grove",
          "crossing",
          "landing",
          "harbor",
          "harbour",
          "bluff",
          "bluffs",
          "station",
          "corners",
          "flats",
          "prairie",
          "gap",
          "hills",
          "township");

  /** First words of town names before a word no common list has ("east lydell", "lake ossin"). */
  private static final Set<String> TOWN_STARTS =
      Set.of("north", "south", "east", "west", "lake", "port", "fort", "mount", "glen", "saint");

  /** Words after a town that start what comes next ("in orrin until …", "in hope now"). */
  private static final Set<String> AFTER_TOWN =
      Set.of(
          "now",
          "until",
          "till",
          "with",
          "and",
          "so",
          "for",
          "since",
          "but",
          "if",
          "anymore",
          "these",
          "this",
          "last",
          "where",
          "which",
          "too",
          "also",
          "though",
          "by",
          "is",
          "was",
          "area",
          "county",
          "nowadays");

  private PlacesAfterIn() {}

  /** The towns after "in" and "near" in {@code text}, names found there read as towns. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (text.indexOf("in ") < 0 && text.indexOf("near ") < 0) {
      return out;
    }
    var words = TokenizedText.of(text);
    var lexicon = Lexicon.standard();
    for (int i = 1; i < words.size(); i++) {
      if (!PREPOSITIONS.contains(words.word(i - 1))
          || words.gapBefore(i) != TokenizedText.GAP_SPACE
          || i >= 2 && words.word(i - 2).equals("as")) {
        continue; // not "p as in paul whitcombe"
      }
      int end = townEnd(words, i, lexicon, resolved);
      if (end > i && endsClause(words, end)) {
        int start = words.start(i);
        int to = words.end(end - 1);
        if (!ResolvedSpans.overlapPlace(resolved, start, to)) {
          out.add(ResolvedSpans.location(text, start, to, CONFIDENCE));
        }
      }
    }
    return out;
  }

  /** The token after a town starting at {@code i}, or {@code i} when none starts there. */
  private static int townEnd(
      TokenizedText words, int i, Lexicon lexicon, List<Detection> resolved) {
    String first = words.word(i);
    if (!plain(first) || lexicon.isFunctionWord(first)) {
      return i;
    }
    boolean pair = i + 1 < words.size() && words.gapBefore(i + 1) == TokenizedText.GAP_SPACE;
    String second = pair ? words.word(i + 1) : "";
    if (pair && TOWN_ENDINGS.contains(second)) {
      return i + 2; // "castor ridge", "colter junction"
    }
    if (pair
        && TOWN_STARTS.contains(first)
        && plain(second)
        && !lexicon.isCommonWord(second)
        && !lexicon.isFunctionWord(second)) {
      return i + 2; // "east lydell", "lake ossin"
    }
    Detection name = ResolvedSpans.nameAt(resolved, words.start(i));
    if (name == null) {
      return i;
    }
    int end = i;
    while (end < words.size() && end - i < MAX_WORDS && words.start(end) < name.end()) {
      end++;
    }
    boolean whole = end == words.size() || words.start(end) >= name.end();
    return whole && !NameWords.possessive(words.word(end - 1)) ? end : i; // not "in ana's"
  }

  private static boolean plain(String word) {
    return word.length() >= 3 && word.chars().allMatch(Character::isLetter);
  }

  private static boolean endsClause(TokenizedText words, int end) {
    return end >= words.size()
        || words.gapBefore(end) != TokenizedText.GAP_SPACE
        || AFTER_TOWN.contains(words.word(end));
  }
}
