package dev.masker.domain.masking;

import dev.masker.domain.masking.LabelledCells.Cell;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of an HL7 version 2 message, labelled by their place: the patient's ({@code PID}) and
 * the next of kin's ({@code NK1}) segments name nothing, but every field has a fixed meaning
 * ({@code PID|1||40071882^^^MRN||HALVORSEN^DAGNY||19610314|…}: the identifier, the name as family
 * and given, the birth date). Fields are split at {@code |}, components at {@code ^}; each
 * component that holds personal data is a cell with the label its place gives it. One pass.
 */
final class Hl7Cells {
  private static final List<String> PHONE = List.of("phone");

  /** For each segment, the labels of its fields' components, by field number. */
  private static final Map<String, Map<Integer, List<String>>> FIELDS =
      Map.of(
          "PID",
          Map.ofEntries(
              Map.entry(2, List.of("patient id")),
              Map.entry(3, List.of("mrn")),
              Map.entry(4, List.of("patient id")),
              Map.entry(5, List.of("family", "given", "middle")),
              Map.entry(6, List.of("maiden", "given")),
              Map.entry(7, List.of("dob")),
              Map.entry(9, List.of("family", "given", "middle")),
              Map.entry(11, List.of("street", "address line", "city", "state", "zip")),
              Map.entry(13, PHONE),
              Map.entry(14, PHONE),
              Map.entry(18, List.of("account number")),
              Map.entry(19, List.of("ssn")),
              Map.entry(20, List.of("driver license number"))),
          "NK1",
          Map.of(
              2,
              List.of("family", "given", "middle"),
              4,
              List.of("street", "address line", "city", "state", "zip"),
              5,
              PHONE,
              6,
              PHONE),
          // ADR 30: the insured's (IN1) and the guarantor's (GT1) segments
          "IN1",
          Map.of(
              16,
              List.of("family", "given", "middle"),
              18,
              List.of("dob"),
              19,
              List.of("street", "address line", "city", "state", "zip"),
              36,
              List.of("member id"),
              49,
              List.of("member id")),
          "GT1",
          Map.of(
              3,
              List.of("family", "given", "middle"),
              5,
              List.of("street", "address line", "city", "state", "zip"),
              6,
              PHONE,
              7,
              PHONE,
              8,
              List.of("dob"),
              12,
              List.of("ssn")));

  /** The ids of the segments a message commonly holds, besides a site's own {@code Z} ones. */
  private static final Set<String> SEGMENT_IDS =
      Set.of(
          "MSH", "EVN", "PID", "PD1", "NK1", "PV1", "PV2", "ORC", "OBR", "OBX", "NTE", "AL1", "DG1",
          "PR1", "GT1", "IN1", "IN2", "IN3", "MRG", "ROL", "SCH", "AIS", "RXA", "RXE", "RXO", "RXR",
          "SPM", "TQ1", "FT1", "ACC", "UB1", "UB2");

  private Hl7Cells() {}

  private static boolean isSegmentId(String s, int at) {
    var id = s.substring(at, at + 3);
    if (SEGMENT_IDS.contains(id)) {
      return true;
    }
    return id.charAt(0) == 'Z' && isUpperOrDigit(id.charAt(1)) && isUpperOrDigit(id.charAt(2));
  }

  private static boolean isUpperOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Whether {@code text} may hold a segment read here. */
  static boolean mayHold(String text) {
    return text.indexOf('|') >= 0
            && (text.contains("PID|")
                || text.contains("NK1|")
                || text.contains("IN1|")
                || text.contains("GT1|"))
        || text.contains("MSH") && withStandardDelimiters(text) != null;
  }

  /**
   * The text with the delimiters its {@code MSH} segment declares read as the standard ones, one
   * char for one char, when they differ ({@code MSH#$%!@#…}: fields at {@code #}, components at
   * {@code $}, repetitions at {@code %}); null when the text declares none or the standard ones.
   * HL7 lets a sender choose them (ADR 30).
   */
  static String withStandardDelimiters(String s) {
    int msh = s.indexOf("MSH");
    if (msh < 0 || msh + 8 >= s.length()) {
      return null;
    }
    char field = s.charAt(msh + 3);
    char component = s.charAt(msh + 4);
    char repetition = s.charAt(msh + 5);
    if (field == '|'
        || Character.isLetterOrDigit(field)
        || Character.isWhitespace(field)
        || s.charAt(msh + 8) != field
        || Character.isLetterOrDigit(component)
        || Character.isLetterOrDigit(repetition)
        || component == field
        || repetition == field) {
      return null;
    }
    var out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c == field ? '|' : c == component ? '^' : c == repetition ? '~' : c);
    }
    return out.toString();
  }

  static void segments(String text, List<Cell> cells) {
    var standard = text.indexOf("MSH") >= 0 ? withStandardDelimiters(text) : null;
    var s = standard != null ? standard : text;
    int n = s.length();
    int i = 0;
    while (i + 4 < n) {
      var fields = startsSegment(s, i) ? FIELDS.get(s.substring(i, i + 3)) : null;
      if (fields == null) {
        i++;
        continue;
      }
      int end = segmentEnd(s, i + 4);
      ScanSteps.record(end - i + 1);
      segment(s, i + 4, end, fields, cells);
      i = end;
    }
    ScanSteps.record(n);
  }

  /**
   * Whether a segment read here starts at {@code i}: at a line's start, as a message writes it, and
   * also after a space, a mark or a line break written as {@code \r} or {@code \n}, as logs, notes
   * and prose quote one ("e.g. PID|1||…", "…|2.5\rPID|1||…", a message run onto one line) (ADR 26).
   */
  private static boolean startsSegment(String s, int i) {
    char first = s.charAt(i);
    if (s.charAt(i + 3) != '|' || (first != 'P' && first != 'N' && first != 'I' && first != 'G')) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = s.charAt(i - 1);
    return !Character.isLetterOrDigit(before) || writtenBreakEndsAt(s, i);
  }

  /** Whether a line break written as {@code \r} or {@code \n} ends right before {@code i}. */
  private static boolean writtenBreakEndsAt(String s, int i) {
    return i >= 2 && s.charAt(i - 2) == '\\' && (s.charAt(i - 1) == 'r' || s.charAt(i - 1) == 'n');
  }

  /**
   * Where the segment whose fields start at {@code from} ends: at a line break, one written as
   * {@code \r} or {@code \n}, or a space before the next segment's id ("… PV1|1|O").
   */
  private static int segmentEnd(String s, int from) {
    int n = s.length();
    for (int k = from; k < n; k++) {
      char c = s.charAt(k);
      if (c == '\r' || c == '\n') {
        return k;
      }
      if (c == '\\' && k + 1 < n && (s.charAt(k + 1) == 'r' || s.charAt(k + 1) == 'n')) {
        return k;
      }
      if (c == ' ' && k + 4 < n && s.charAt(k + 4) == '|' && isSegmentId(s, k + 1)) {
        return k;
      }
    }
    return n;
  }

  private static void segment(
      String s, int start, int end, Map<Integer, List<String>> fields, List<Cell> cells) {
    int field = 1;
    int component = 0;
    int fieldStart = start;
    int cellStart = start;
    for (int i = start; i <= end; i++) {
      char c = i < end ? s.charAt(i) : '|';
      if (c != '|' && c != '^' && c != '~') {
        continue;
      }
      var labels = fields.get(field);
      // a phone field is one value, whatever its components: "^PRN^PH^^1^415^5550134"
      boolean phone = labels != null && labels.equals(PHONE);
      if (labels != null && !phone && component < labels.size()) {
        LabelledCells.addTrimmed(cells, labels.get(component), s, cellStart, i, true);
      }
      if (c == '|') {
        if (phone) {
          LabelledCells.addTrimmed(cells, "phone", s, fieldStart, i);
        }
        field++;
        component = 0;
        fieldStart = i + 1;
      } else if (c == '^') {
        component++;
      } else {
        component = 0; // a repetition starts again at the first component
      }
      cellStart = i + 1;
    }
  }
}
