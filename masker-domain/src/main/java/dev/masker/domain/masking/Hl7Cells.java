package dev.masker.domain.masking;

import dev.masker.domain.masking.LabelledCells.Cell;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.List;
import java.util.Map;

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
              PHONE));

  private Hl7Cells() {}

  /** Whether {@code text} may hold a segment read here. */
  static boolean mayHold(String text) {
    return text.indexOf('|') >= 0 && (text.contains("PID|") || text.contains("NK1|"));
  }

  static void segments(String s, List<Cell> cells) {
    int n = s.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = lineStart;
      while (lineEnd < n && s.charAt(lineEnd) != '\r' && s.charAt(lineEnd) != '\n') {
        lineEnd++;
      }
      ScanSteps.record(lineEnd - lineStart + 1);
      var fields =
          lineEnd - lineStart > 4 && s.charAt(lineStart + 3) == '|'
              ? FIELDS.get(s.substring(lineStart, lineStart + 3))
              : null;
      if (fields != null) {
        segment(s, lineStart + 4, lineEnd, fields, cells);
      }
      lineStart = lineEnd + 1;
    }
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
