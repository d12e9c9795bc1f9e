package dev.masker.domain.masking.spoken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of cue phrases ("social security", "date of birth", "call") each meaning something, and
 * the nearest one found within a few tokens of a position. Phrases are matched word by word on
 * lower-case tokens; where several end on the same token, the longest wins ("member number" before
 * "number").
 */
final class CuePhrases<T> {
  private record Phrase<T>(String[] words, T meaning) {}

  private final Map<String, List<Phrase<T>>> byLastWord;

  private CuePhrases(Map<String, List<Phrase<T>>> byLastWord) {
    this.byLastWord = byLastWord;
  }

  static <T> CuePhrases<T> of(Map<String, T> phrases) {
    var map = new HashMap<String, List<Phrase<T>>>();
    for (var e : phrases.entrySet()) {
      var words = e.getKey().split(" ");
      map.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>())
          .add(new Phrase<>(words, e.getValue()));
    }
    for (var list : map.values()) {
      list.sort(Comparator.comparingInt((Phrase<T> p) -> p.words().length).reversed());
    }
    var frozen = new HashMap<String, List<Phrase<T>>>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new CuePhrases<>(Map.copyOf(frozen));
  }

  /** A cue found: what it means and the index of its last token. */
  record Match<T>(T meaning, int lastToken) {}

  /** The meaning of the cue ending nearest before token {@code before}, within {@code window}. */
  Optional<T> nearestBefore(List<SpokenToken> tokens, int before, int window) {
    return nearestMatchBefore(tokens, before, window).map(Match::meaning);
  }

  /** The cue ending nearest before token {@code before}, within {@code window}. */
  Optional<Match<T>> nearestMatchBefore(List<SpokenToken> tokens, int before, int window) {
    int stop = Math.max(0, before - window);
    for (int p = before - 1; p >= stop; p--) {
      var found = endingAt(tokens, p);
      if (found != null) {
        return Optional.of(new Match<>(found, p));
      }
    }
    return Optional.empty();
  }

  /** The meaning of a cue starting within {@code window} tokens from {@code from}. */
  Optional<T> nearestAfter(List<SpokenToken> tokens, int from, int window) {
    int stop = Math.min(tokens.size(), from + window);
    for (int p = from; p < stop; p++) {
      var found = endingAt(tokens, p);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private T endingAt(List<SpokenToken> tokens, int p) {
    var t = tokens.get(p);
    if (!t.isWord()) {
      return null;
    }
    var candidates = byLastWord.get(t.text());
    if (candidates == null) {
      return null;
    }
    for (var phrase : candidates) {
      var words = phrase.words();
      int first = p - words.length + 1;
      if (first < 0) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < words.length - 1 && match; k++) {
        match = tokens.get(first + k).is(words[k]);
      }
      if (match) {
        return phrase.meaning();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "CuePhrases" + Arrays.toString(byLastWord.keySet().toArray());
  }
}
