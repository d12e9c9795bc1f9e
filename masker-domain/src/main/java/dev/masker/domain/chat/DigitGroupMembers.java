package dev.masker.domain.chat;

import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import java.util.Locale;
import java.util.Map;

/**
 * An object whose members hold the groups of one number ({@code {"area": "312", "prefix": "555",
 * "line": "0187"}}, {@code {"first": "312 555", "last": "0187"}}): a model reads them as the one
 * number, so its short digit groups are also read joined by spaces in order, only to learn from
 * (ADRs 18 and 20). When every such member's key names its group's place in a phone number ({@code
 * {"line": "0173", "area": "541", "exchange": "555"}}), the groups are joined area code first, the
 * order a model reads them in whatever the order of the keys (ADR 53).
 */
final class DigitGroupMembers {
  private DigitGroupMembers() {}

  /**
   * The digit groups of {@code object}'s members joined in order, or null when fewer than two
   * members hold them. A member counts when it is one to three groups of one to six digits, one
   * space, dash or dot between two.
   */
  static String of(JsonObject object) {
    var placed = new String[PLACES];
    int members = 0;
    boolean inPlace = true;
    boolean reordered = false;
    int last = -1;
    for (var entry : object.entries()) {
      var text =
          entry.getValue() instanceof JsonString string
              ? string.value()
              : entry.getValue() instanceof JsonNumber number ? number.text() : null;
      if (text == null || groupsIn(text) == 0) {
        continue;
      }
      var place = PLACE.get(entry.getKey().toLowerCase(Locale.ROOT));
      if (place == null || placed[place] != null) {
        inPlace = false;
        break;
      }
      reordered |= place < last;
      last = place;
      placed[place] = text;
      members++;
    }
    if (inPlace && reordered && members >= 2) {
      var out = new StringBuilder();
      for (var text : placed) {
        if (text != null) {
          out.append(out.isEmpty() ? "" : " ").append(text);
        }
      }
      return out.toString();
    }
    return inOrder(object);
  }

  /** A phone's places: area code, exchange, line. */
  private static final int PLACES = 3;

  private static final Map<String, Integer> PLACE =
      Map.ofEntries(
          Map.entry("area", 0),
          Map.entry("area_code", 0),
          Map.entry("areacode", 0),
          Map.entry("npa", 0),
          Map.entry("exchange", 1),
          Map.entry("prefix", 1),
          Map.entry("nxx", 1),
          Map.entry("line", 2),
          Map.entry("line_number", 2),
          Map.entry("subscriber", 2),
          Map.entry("station", 2),
          Map.entry("suffix", 2));

  /** The digit groups of {@code object}'s members joined in their written order, or null. */
  private static String inOrder(JsonObject object) {
    StringBuilder groups = null;
    int members = 0;
    for (var entry : object.entries()) {
      var text =
          entry.getValue() instanceof JsonString string
              ? string.value()
              : entry.getValue() instanceof JsonNumber number ? number.text() : null;
      if (text != null && groupsIn(text) > 0) {
        if (groups == null) {
          groups = new StringBuilder();
        } else {
          groups.append(' ');
        }
        groups.append(text);
        members++;
      }
    }
    return members >= 2 ? groups.toString() : null;
  }

  /**
   * How many short digit groups {@code text} is: one to three groups of one to six digits, with one
   * space, dash or dot between two ("617", "617 555", "617-555"); 0 when it is anything else.
   */
  static int groupsIn(String text) {
    int groups = 0;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 6) {
          return 0;
        }
      } else if ((c == ' ' || c == '-' || c == '.') && digits > 0 && i + 1 < text.length()) {
        groups++;
        digits = 0;
      } else {
        return 0;
      }
    }
    if (digits == 0) {
      return 0;
    }
    groups++;
    return groups <= 3 ? groups : 0;
  }
}
