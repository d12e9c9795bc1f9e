package dev.masker.domain.chat;

import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import java.util.ArrayList;
import java.util.List;

/**
 * The word items of a speech-to-text result ({@code [{"word": "five", "start": 0.7}, {"word": "oh",
 * …}, …]}), masked as one text: a value said over several words is in no item alone, and a model
 * reads the words in order (ADR 22). The words are joined by a space and a Unicode noncharacter, as
 * a message's text parts are ({@link RequestSites}), so that detection reads them as the words of
 * one sentence, and the masked text is split back at the joins: the item where a value starts holds
 * its token, the items it swallowed are left empty, and the timings stay.
 *
 * <p>An array counts when at least {@value #MIN_WORDS} of its items are objects holding a string of
 * at most {@value #MAX_WORD} chars under one of the keys word-level results write the word under.
 */
final class WordItems {
  static final int MIN_WORDS = 3;
  static final int MAX_WORD = 40;
  private static final List<String> KEYS = List.of("word", "punctuated_word", "w", "token");
  private static final int FIRST_JOIN = 0xFDD0;
  private static final int JOINS = 32;

  private WordItems() {}

  /** One site per word key of {@code array}'s items, each masking the words joined. */
  static List<RequestSite> sites(JsonArray array, int index, String field) {
    if (array.size() < MIN_WORDS) {
      return List.of();
    }
    List<RequestSite> sites = null;
    for (var key : KEYS) {
      var items = new ArrayList<JsonObject>();
      for (var item : array) {
        if (item instanceof JsonObject object
            && object.get(key) instanceof JsonString word
            && word.value().length() <= MAX_WORD) {
          items.add(object);
        }
      }
      if (items.size() < MIN_WORDS) {
        continue;
      }
      var joined = new StringBuilder();
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          joined.append(' ').appendCodePoint(FIRST_JOIN + (i - 1) % JOINS);
        }
        joined.append(((JsonString) items.get(i).get(key)).value());
      }
      if (sites == null) {
        sites = new ArrayList<>(1);
      }
      sites.add(
          new RequestSite(
              joined.toString(),
              null,
              index,
              field,
              masked -> split(((JsonString) masked).value(), items, key)));
    }
    return sites == null ? List.of() : sites;
  }

  /** The masked words back into their items, each without the space its join added. */
  private static void split(String masked, List<JsonObject> items, String key) {
    int current = 0;
    var piece = new StringBuilder();
    for (int i = 0; i < masked.length(); ) {
      int cp = masked.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= FIRST_JOIN && cp < FIRST_JOIN + JOINS) {
        int join = current + 1 + Math.floorMod(cp - FIRST_JOIN - current, JOINS);
        if (join < items.size()) {
          put(items.get(current), key, piece, true);
          for (int skipped = current + 1; skipped < join; skipped++) {
            items.get(skipped).put(key, new JsonString(""));
          }
          current = join;
          piece.setLength(0);
        }
        continue;
      }
      piece.appendCodePoint(cp);
    }
    put(items.get(current), key, piece, false);
    for (int skipped = current + 1; skipped < items.size(); skipped++) {
      items.get(skipped).put(key, new JsonString(""));
    }
  }

  private static void put(JsonObject item, String key, StringBuilder piece, boolean joined) {
    int end = piece.length();
    if (joined && end > 0 && piece.charAt(end - 1) == ' ') {
      end--;
    }
    item.put(key, new JsonString(piece.substring(0, end)));
  }
}
