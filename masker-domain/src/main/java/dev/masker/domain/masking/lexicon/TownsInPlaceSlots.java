package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A town the name readers took for a person, where only a place is said: "we're moving to orland",
 * "i'm from lucille originally", "the pharmacy in eden", "the other side of vallory", "down by
 * chester", "the town is reliance". Many towns carry a person's name, and a caller who names one
 * after those words means the town. The name is masked either way; its kind tells the model, and
 * the audit, what it stands for. A name with a possessive after it ("moving to gina's") stays one.
 */
public final class TownsInPlaceSlots {
  private static final int MAX_WORDS = 3;

  /** Words after which only a place is named, each with the blank before the town. */
  private static final Set<String> SLOTS =
      Set.of(
          "live in",
          "lives in",
          "living in",
          "lived in",
          "moved to",
          "move to",
          "moving to",
          "moved back to",
          "moved from",
          "moving from",
          "relocated to",
          "relocating to",
          "grew up in",
          "raised in",
          "city of",
          "town of",
          "village of",
          "located in",
          "based in",
          "resident of",
          "i'm from",
          "we're from",
          "he's from",
          "she's from",
          "they're from",
          "originally from",
          "i'm in",
          "we're in",
          "we are in",
          "that's in",
          "pharmacy in",
          "clinic in",
          "hospital in",
          "office in",
          "side of",
          "down by",
          "up by",
          "out by",
          "over by",
          "up near",
          "down near",
          "out near",
          "right near",
          "over in",
          "out in",
          "up in",
          "down in",
          "the town is",
          "the city is",
          "the town",
          "the city",
          "town is called",
          "city is called",
          "part of",
          "end of",
          "edge of",
          "outskirts of",
          "it's in",
          "not the other",
          "originally");

  private static final int LONGEST_SLOT =
      SLOTS.stream().mapToInt(String::length).max().orElseThrow();

  /** The last words of {@link #SLOTS}: most names have none of them before them. */
  private static final Set<String> LAST_WORDS =
      SLOTS.stream()
          .map(slot -> slot.substring(slot.lastIndexOf(' ') + 1))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private TownsInPlaceSlots() {}

  /**
   * The towns among the names of {@code resolved} that stand where only a place goes, and the names
   * that say such a town, or a town found, again ("it's in eugene not the person the town eugene").
   */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    Set<String> towns = new HashSet<>(0);
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.LOCATION) {
        towns.add(d.canonical());
      } else if (d.kind() == EntityKind.NAME && inSlot(text, d) && !possessive(text, d.end())) {
        out.add(ResolvedSpans.location(text, d.start(), d.end(), d.confidence() + 0.01));
        towns.add(d.canonical());
      }
    }
    if (towns.isEmpty()) {
      return out;
    }
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.NAME
          && towns.contains(d.canonical())
          && !possessive(text, d.end())
          && out.stream().noneMatch(town -> town.start() == d.start())) {
        out.add(ResolvedSpans.location(text, d.start(), d.end(), d.confidence() + 0.01));
      }
    }
    return out;
  }

  private static boolean inSlot(String text, Detection d) {
    if (d.start() < 2 || text.charAt(d.start() - 1) != ' ' || words(text, d) > MAX_WORDS) {
      return false;
    }
    int lastWord = d.start() - 1;
    while (lastWord > 0 && text.charAt(lastWord - 1) != ' ') {
      lastWord--;
    }
    if (!LAST_WORDS.contains(text.substring(lastWord, d.start() - 1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int from = Math.max(0, d.start() - 1 - LONGEST_SLOT - 1);
    String before = text.substring(from, d.start() - 1).toLowerCase(Locale.ROOT);
    for (String slot : SLOTS) {
      if (before.endsWith(slot)
          && (before.length() == slot.length()
              || before.charAt(before.length() - slot.length() - 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  private static int words(String text, Detection d) {
    int words = 1;
    for (int i = d.start(); i < d.end(); i++) {
      words += text.charAt(i) == ' ' ? 1 : 0;
    }
    return words;
  }

  private static boolean possessive(String text, int end) {
    return end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019');
  }
}
