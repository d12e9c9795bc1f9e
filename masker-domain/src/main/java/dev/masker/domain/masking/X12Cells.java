package dev.masker.domain.masking;

import dev.masker.domain.masking.LabelledCells.Cell;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.List;
import java.util.Map;

/**
 * The values of an ASC X12 interchange (the 270/271 eligibility and 837 claim messages an insurer's
 * tool returns), labelled by their place: {@code NM1*IL*1*MORAR*SHANDA****MI*Q816570733~} names
 * nothing, but its elements are the family name, the given name and, after the qualifier {@code
 * MI}, the member id; {@code DMG*D8*19451107} holds the birth date. Segments end at {@code ~}, a
 * line break or one written as {@code \n}, and a segment quoted after other words starts at its id;
 * elements are split at {@code *}. Names are read only from a person's {@code NM1} (type 1), not a
 * payer's or a provider's organisation name. One pass.
 */
final class X12Cells {
  /** The label of an {@code NM1} identifier by its qualifier (element 8). */
  private static final Map<String, String> NM1_IDS =
      Map.of("MI", "member id", "34", "ssn", "II", "member id", "ZZ", "member id");

  /** The label of a {@code REF} value by its qualifier (element 1). */
  private static final Map<String, String> REF_IDS =
      Map.of(
          "SY", "ssn",
          "1W", "member id",
          "IG", "policy number",
          "EJ", "patient account number",
          "EA", "medical record number",
          "F6", "medicare number",
          "NQ", "medicaid number",
          "Q4", "member id");

  /** The label of a {@code PER} contact by its qualifier. */
  private static final Map<String, String> CONTACTS =
      Map.of(
          "TE", "phone", "CP", "phone", "HP", "phone", "WP", "phone", "FX", "fax", "EM", "email");

  private X12Cells() {}

  /** Whether {@code text} may hold a segment read here. */
  static boolean mayHold(String text) {
    return text.indexOf('*') >= 0
        && (text.contains("NM1*")
            || text.contains("DMG*")
            || text.contains("N3*")
            || text.contains("nm1*")
            || text.contains("dmg*")
            || text.contains("n3*"));
  }

  static void segments(String s, List<Cell> cells) {
    int n = s.length();
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n
          && s.charAt(end) != '~'
          && s.charAt(end) != '\n'
          && s.charAt(end) != '\r'
          && !writtenBreakAt(s, end)) {
        end++;
      }
      ScanSteps.record(end - start + 1);
      while (start < end && Character.isWhitespace(s.charAt(start))) {
        start++;
      }
      if (!startsSegment(s, start, end)) {
        // quoted after other words ("the 271 said NM1*IL*1*…", ADR 26): the segment starts at the
        // first id after a space
        int k = start + 1;
        while (k < end && !(s.charAt(k - 1) == ' ' && startsSegment(s, k, end))) {
          k++;
        }
        start = k;
      }
      if (start < end) {
        segment(s, start, end, cells);
      }
      start = end < n && writtenBreakAt(s, end) ? end + 2 : end + 1;
    }
  }

  private static boolean startsSegment(String s, int start, int end) {
    return end - start > 4 && s.charAt(start + 3) == '*'
        || end - start > 3 && s.charAt(start + 2) == '*';
  }

  /** A line break written as {@code \n} or {@code \r}, as logs print a message (ADR 26). */
  private static boolean writtenBreakAt(String s, int i) {
    return s.charAt(i) == '\\'
        && i + 1 < s.length()
        && (s.charAt(i + 1) == 'n' || s.charAt(i + 1) == 'r');
  }

  private static void segment(String s, int start, int end, List<Cell> cells) {
    int star = s.indexOf('*', start);
    String id = s.substring(start, star).toUpperCase(java.util.Locale.ROOT); // "nm1*il*1*…" too
    int[] bounds = elements(s, star, end);
    int count = bounds.length / 2;
    switch (id) {
      case "NM1" -> {
        if (count > 2 && element(s, bounds, 2).equals("1")) {
          add(cells, "family", s, bounds, 3);
          add(cells, "given", s, bounds, 4);
          add(cells, "middle", s, bounds, 5);
        }
        String label = count > 9 ? NM1_IDS.get(qualifier(s, bounds, 8)) : null;
        if (label != null) {
          add(cells, label, s, bounds, 9);
        }
      }
      case "DMG" -> add(cells, "birth date", s, bounds, 2);
      case "N3" -> {
        add(cells, "street", s, bounds, 1);
        add(cells, "street", s, bounds, 2);
      }
      case "N4" -> {
        add(cells, "city", s, bounds, 1);
        add(cells, "zip", s, bounds, 3);
      }
      case "REF" -> {
        String label = count > 2 ? REF_IDS.get(qualifier(s, bounds, 1)) : null;
        if (label != null) {
          add(cells, label, s, bounds, 2);
        }
        if ("ssn".equals(label)) {
          // a payer writes its own subscriber number under SY too (ADR 30)
          add(cells, "member id", s, bounds, 2);
        }
      }
      case "PER" -> {
        add(cells, "contact name", s, bounds, 2);
        for (int e = 3; e + 1 <= count - 1; e += 2) {
          String label = CONTACTS.get(qualifier(s, bounds, e));
          if (label != null) {
            add(cells, label, s, bounds, e + 1);
          }
        }
      }
      default -> {}
    }
  }

  /** Start and end of each element after the segment id, element 1 first (index 2 of the pairs). */
  private static int[] elements(String s, int firstStar, int end) {
    int count = 1;
    for (int i = firstStar; i < end; i++) {
      if (s.charAt(i) == '*') {
        count++;
      }
    }
    int[] bounds = new int[2 * count];
    int element = 1;
    int from = firstStar + 1;
    for (int i = firstStar + 1; i <= end; i++) {
      if (i == end || s.charAt(i) == '*') {
        bounds[2 * element] = from;
        bounds[2 * element + 1] = i;
        element++;
        from = i + 1;
        if (element >= count) {
          break;
        }
      }
    }
    return bounds;
  }

  /** A qualifier element in upper case, as the standard writes it ("mi" read as "MI"). */
  private static String qualifier(String s, int[] bounds, int e) {
    return element(s, bounds, e).toUpperCase(java.util.Locale.ROOT);
  }

  private static String element(String s, int[] bounds, int e) {
    return 2 * e + 1 < bounds.length ? s.substring(bounds[2 * e], bounds[2 * e + 1]) : "";
  }

  private static void add(List<Cell> cells, String label, String s, int[] bounds, int e) {
    if (2 * e + 1 < bounds.length && bounds[2 * e + 1] > bounds[2 * e]) {
      LabelledCells.addTrimmed(cells, label, s, bounds[2 * e], bounds[2 * e + 1], true);
    }
  }
}
