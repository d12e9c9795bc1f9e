package dev.masker.domain.chat;

import java.util.regex.Pattern;

/**
 * A record read without the markup that hides its labels from detection, only to learn from: what
 * is learned there is masked where it is by the known-value search. Three shapes, each gated on a
 * cheap look at the text:
 *
 * <ul>
 *   <li>XML CDATA sections ({@code <mrn><![CDATA[73820516]]></mrn>}) read as their text, so the
 *       element labels its value as it does plain text;
 *   <li>lines of a form with leaders between a label and its value ({@code
 *       DOB..........03/09/1947}, {@code MRN ______ 73820516}) read as {@code DOB: 03/09/1947};
 *   <li>CSV whose cells are all quoted ({@code "Last Name","DOB"} over {@code
 *       "Lindqvist","03/09/1947"}), as spreadsheets and many libraries write it, read without the
 *       quotes (a comma or semicolon inside a quoted cell read as a space), so the header labels
 *       its columns.
 * </ul>
 */
final class RecordMarkup {
  private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
  private static final Pattern LEADERS =
      Pattern.compile(
          "(?m)^([ \\t]*[\\p{L}][\\p{L}\\p{N} #/()'-]{0,40}?)[ \\t]*(?:[._…·]{3,}|_{3,})[ \\t]*(?=\\S)");

  private RecordMarkup() {}

  /** The text read so, or null when it holds none of these shapes. */
  static String of(String text) {
    var read = text;
    if (read.contains("<![CDATA[")) {
      read = CDATA.matcher(read).replaceAll(m -> m.group(1).replace("$", "\\$"));
    }
    if (read.contains("...") || read.contains("___") || read.contains("…")) {
      read = LEADERS.matcher(read).replaceAll("$1: ");
    }
    if (read.startsWith("\"") && (read.contains("\",\"") || read.contains("\";\""))) {
      read = unquoted(read);
    }
    return read.equals(text) ? null : read;
  }

  /** CSV with its cells' quotes dropped: a delimiter inside a quoted cell becomes a space. */
  private static String unquoted(String csv) {
    var out = new StringBuilder(csv.length());
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          out.append('\'');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (quoted && (c == ',' || c == ';' || c == '\n' || c == '\r')) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
