package dev.masker.domain.chat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record read without the markup that hides its labels from detection, only to learn from: what
 * is learned there is masked where it is by the known-value search. Each shape is gated on a cheap
 * look at the text:
 *
 * <ul>
 *   <li>XML CDATA sections ({@code <mrn><![CDATA[73820516]]></mrn>}) read as their text, so the
 *       element labels its value as it does plain text;
 *   <li>lines of a form with leaders between a label and its value ({@code
 *       DOB..........03/09/1947}, {@code MRN ______ 73820516}) read as {@code DOB: 03/09/1947};
 *   <li>CSV whose cells are all quoted ({@code "Last Name","DOB"} over {@code
 *       "Lindqvist","03/09/1947"}), as spreadsheets and many libraries write it, read without the
 *       quotes (a comma or semicolon inside a quoted cell read as a space), so the header labels
 *       its columns;
 *   <li>markup tags right between two digits ({@code 617<br>555<br>0142}) read as a space;
 *   <li>an element holding its value in a {@code value} or {@code extension} attribute ({@code
 *       <birthTime value="19470309"/>}) read as a label line of the element's name;
 *   <li>DICOM patient attributes as dumps print them ({@code (0010,0030) DA [19470309]}) read as
 *       label lines of what the tag names ("date of birth: 19470309").
 * </ul>
 */
final class RecordMarkup {
  private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
  private static final Pattern LEADERS =
      Pattern.compile(
          "(?m)^([ \\t]*[\\p{L}][\\p{L}\\p{N} #/()'-]{0,40}?)[ \\t]*(?:\\.{4,}|[…·]{2,}|_{3,})[ \\t]*(?=\\S)");

  private RecordMarkup() {}

  /** The text read so, or null when it holds none of these shapes. */
  static String of(String text) {
    var read = text;
    if (read.contains("<![CDATA[")) {
      read = CDATA.matcher(read).replaceAll(m -> m.group(1).replace("$", "\\$"));
    }
    // four dots or more: three are a pause in a transcript ("wait... what?")
    if (read.contains("....")
        || read.contains("___")
        || read.contains("……")
        || read.contains("··")) {
      read = LEADERS.matcher(read).replaceAll("$1: ");
    }
    if (read.startsWith("\"") && (read.contains("\",\"") || read.contains("\";\""))) {
      read = unquoted(read);
    }
    if (read.indexOf('<') >= 0) {
      read = TAGS_BETWEEN_DIGITS.matcher(read).replaceAll(" ");
      if (read.contains("value=\"") || read.contains("extension=\"")) {
        read = VALUE_ATTRIBUTE.matcher(read).replaceAll(m -> labelled(m.group(1), m.group(2)));
      }
    }
    if (read.contains("(0010,") || read.contains("(0008,")) {
      read = DICOM.matcher(read).replaceAll(m -> labelled(dicomLabel(m.group(1)), m.group(2)));
    }
    return read.equals(text) ? null : read;
  }

  /** Markup tags right between two digits ({@code 617<br>555}): a model reads a break there. */
  private static final Pattern TAGS_BETWEEN_DIGITS =
      Pattern.compile("(?<=[0-9])(?:\\s*</?[A-Za-z][^<>]{0,80}>\\s*)+(?=[0-9])");

  /**
   * An element that holds its value in an attribute ({@code <birthTime value="19470309"/>}, {@code
   * <id root="…" extension="73820516"/>}, as clinical documents write them): labelled by the
   * element's name.
   */
  private static final Pattern VALUE_ATTRIBUTE =
      Pattern.compile(
          "<([A-Za-z][\\w:.-]{0,40})\\b[^<>]{0,200}?\\b(?:value|extension)=\"([^\"<>]{1,200})\"[^<>]{0,200}>");

  /** A DICOM attribute as dumps print it: {@code (0010,0030) DA [19470309]}. */
  private static final Pattern DICOM =
      Pattern.compile(
          "\\((00(?:08|10),[0-9A-Fa-f]{4})\\)[ \\t]*(?:[A-Z]{2}[ \\t]*)?\\[([^\\]\\n]{1,200})]");

  /** The patient attributes of DICOM, by tag, as words a label line reads. */
  private static String dicomLabel(String tag) {
    return switch (tag.toUpperCase(Locale.ROOT)) {
      case "0010,0010" -> "patient name";
      case "0010,0020" -> "patient id";
      case "0010,0030" -> "date of birth";
      case "0010,1000" -> "other patient ids";
      case "0010,1001" -> "other patient names";
      case "0010,1005" -> "patient birth name";
      case "0010,1040" -> "patient address";
      case "0010,1060" -> "mother maiden name";
      case "0010,2154" -> "patient phone";
      case "0008,0050" -> "accession number";
      case "0008,0090" -> "referring physician name";
      default -> "value";
    };
  }

  /** A label line of {@code label} (its camel-case words apart) and {@code value}. */
  private static String labelled(String label, String value) {
    var words = label.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Matcher.quoteReplacement("\n" + words + ": " + value + "\n");
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
