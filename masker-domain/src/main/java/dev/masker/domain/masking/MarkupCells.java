package dev.masker.domain.masking;

import dev.masker.domain.masking.LabelledCells.Cell;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The values XML and HTML label ({@link LabelledCells} reads the other shapes): an element's
 * content by its name ({@code <family>Halvorsen</family>}); in HTML, where names say nothing ("td",
 * "span"), by what does say it: a table cell by its column's {@code <th>}, a {@code <dd>} by the
 * {@code <dt>} before it, a generic element by its {@code itemprop}, {@code name}, {@code id} or
 * {@code class} attribute ({@code <span class="surname">}), and the text after an element that ends
 * in a colon by that element ({@code <b>Last name:</b> Halvorsen}). One pass over the tags.
 */
final class MarkupCells {
  private static final int MAX_TAG = 200;
  private static final int MAX_LABEL = 40;

  /** HTML elements whose names label nothing: their attributes may. */
  private static final Set<String> GENERIC =
      Set.of(
          "span", "div", "p", "li", "td", "dd", "label", "output", "data", "font", "b", "strong",
          "em", "i", "u", "small", "cite", "mark", "section", "article", "field");

  /** Attributes that name what an element holds, in the order they are trusted. */
  private static final List<String> NAMING_ATTRIBUTES =
      List.of("itemprop", "name", "data-field", "data-label", "id", "class", "title");

  private MarkupCells() {}

  static void elements(String s, List<Cell> cells) {
    int n = s.length();
    List<String> headers = new ArrayList<>();
    int column = 0;
    String term = null;
    String rowLabel = null; // the first cell of a row, when it is a label: "<td>MRN</td><td>…"
    int i = s.indexOf('<');
    while (i >= 0 && i < n) {
      int nameEnd = i + 1;
      while (nameEnd < n && nameEnd - i <= MAX_TAG && isNameChar(s.charAt(nameEnd))) {
        nameEnd++;
      }
      ScanSteps.record(nameEnd - i);
      if (nameEnd == i + 1 || !Character.isLetter(s.charAt(i + 1))) {
        i = s.indexOf('<', i + 1);
        continue;
      }
      int close = nameEnd;
      while (close < n
          && close - i <= MAX_TAG
          && s.charAt(close) != '>'
          && s.charAt(close) != '<') {
        close++;
      }
      ScanSteps.record(close - nameEnd);
      if (close < n && s.charAt(close) == '<') {
        i = close;
        continue;
      }
      if (close >= n || s.charAt(close) != '>' || s.charAt(close - 1) == '/') {
        i = s.indexOf('<', i + 1);
        continue;
      }
      var name = s.substring(i + 1, nameEnd);
      var tag = name.toLowerCase(Locale.ROOT);
      if (tag.equals("tr")) {
        column = 0;
        rowLabel = null;
      }
      int contentStart = close + 1;
      int next = s.indexOf('<', contentStart);
      ScanSteps.record((next < 0 ? n : next) - contentStart);
      if (next < 0) {
        return;
      }
      int closingEnd = next + 2 + name.length();
      if (next - contentStart <= MAX_CELL
          && s.startsWith("</", next)
          && s.startsWith(name, next + 2)
          && closingEnd < n
          && s.charAt(closingEnd) == '>') {
        var content = s.substring(contentStart, next).strip();
        if ((tag.equals("th") || tag.equals("td")) && column == 0) {
          rowLabel = isLabel(content) ? LabelledCells.words(content) : null;
        } else if (tag.equals("td") && column == 1 && rowLabel != null) {
          LabelledCells.addTrimmed(cells, rowLabel, s, contentStart, next);
        }
        if (tag.equals("th")) {
          if (column == 0) {
            headers = new ArrayList<>();
          }
          headers.add(LabelledCells.words(content));
          column++;
        } else if (tag.equals("dt")) {
          term = LabelledCells.words(content);
        } else if (content.endsWith(":") && content.length() > 1) {
          // "<b>Last name:</b> Halvorsen": the text after the element, up to the next tag or line
          var label = LabelledCells.words(content.substring(0, content.length() - 1));
          int valueEnd = closingEnd + 1;
          while (valueEnd < n
              && valueEnd - closingEnd <= MAX_CELL
              && s.charAt(valueEnd) != '<'
              && s.charAt(valueEnd) != '\n') {
            valueEnd++;
          }
          ScanSteps.record(valueEnd - closingEnd);
          LabelledCells.addTrimmed(cells, label, s, closingEnd + 1, valueEnd);
        } else {
          var label = LabelledCells.words(name);
          if (tag.equals("td")) {
            label = column < headers.size() ? headers.get(column) : label;
            column++;
          } else if (tag.equals("dd") && term != null) {
            label = term;
          }
          if (GENERIC.contains(tag) && (label.equals(tag))) {
            var named = attributeLabel(s, nameEnd, close);
            label = named != null ? named : label;
          }
          LabelledCells.addTrimmed(cells, label, s, contentStart, next);
        }
      }
      i = next;
    }
  }

  /** What an element's naming attribute says, as words, or null. */
  private static String attributeLabel(String s, int from, int to) {
    var attributes = s.substring(from, to); // at most MAX_TAG chars
    ScanSteps.record(attributes.length() * NAMING_ATTRIBUTES.size());
    for (var attribute : NAMING_ATTRIBUTES) {
      int at = attributes.indexOf(attribute + "=");
      if (at < 0 || (at > 0 && Character.isLetterOrDigit(attributes.charAt(at - 1)))) {
        continue;
      }
      int quote = at + attribute.length() + 1;
      if (quote >= attributes.length()
          || (attributes.charAt(quote) != '"' && attributes.charAt(quote) != '\'')) {
        continue;
      }
      int end = attributes.indexOf(attributes.charAt(quote), quote + 1);
      if (end > quote + 1 && end - quote <= MAX_LABEL) {
        return LabelledCells.words(attributes.substring(quote + 1, end));
      }
    }
    return null;
  }

  private static final int MAX_CELL = LabelledCells.MAX_CELL;

  /** A short label: a letter, at most four words, no digit (a value is not a label). */
  private static boolean isLabel(String content) {
    if (content.isEmpty() || content.length() > MAX_LABEL) {
      return false;
    }
    boolean letter = false;
    int words = 1;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (Character.isDigit(c) || c == '<') {
        return false;
      }
      letter |= Character.isLetter(c);
      words += c == ' ' ? 1 : 0;
    }
    return letter && words <= LabelledCells.MAX_LABEL_WORDS;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
  }
}
