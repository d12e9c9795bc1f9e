package dev.masker.domain.chat;

import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;

/**
 * An object whose members hold the groups of one number ({@code {"area": "312", "prefix": "555",
 * "line": "0187"}}, {@code {"first": "312 555", "last": "0187"}}): a model reads them as the one
 * number, so its short digit groups are also read joined by spaces in order, only to learn from
 * (ADRs 18 and 20).
 */
final class DigitGroupMembers {
  private DigitGroupMembers() {}

  /**
   * The digit groups of {@code object}'s members joined in order, or null when fewer than two
   * members hold them. A member counts when it is one to three groups of one to six digits, one
   * space, dash or dot between two.
   */
  static String of(JsonObject object) {
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
