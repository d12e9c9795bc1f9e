package dev.masker.domain.chat;

import java.util.regex.Pattern;

/**
 * A value written in pieces that code or markup joins: string literals concatenated by a formula or
 * a program ({@code ="503"&"555"&"0163"}, {@code '503' + '555' + '0163'}, {@code "503" || "555"}),
 * and TeX boxes and thin spaces between groups ({@code \mbox{503}\,\mbox{555}\,\mbox{0163}}). A
 * model reads the value whole (ADR 22). Read with the joins dropped, only to learn from: what is
 * learned is then masked where it is by the known-value search (a phone's or a record number's last
 * four digits stand alone among the pieces).
 */
final class JoinedPieces {
  /** A closing quote, a join operator and an opening quote. */
  private static final Pattern JOIN = Pattern.compile("([\"'])\\s*(?:&|\\+|\\|\\|)\\s*\\1");

  /** A TeX box command with its brace, a closing brace, and TeX's small spaces. */
  private static final Pattern TEX =
      Pattern.compile(
          "\\\\(?:mbox|hbox|text|textrm|textsf|texttt|textsc|textbf|textit)\\{|\\}|\\\\[,;:!]");

  private JoinedPieces() {}

  /** The text with its pieces joined, or null when it has none. */
  static String of(String text) {
    boolean quotes = text.indexOf('"') >= 0 || text.indexOf('\'') >= 0;
    boolean tex = text.indexOf('\\') >= 0;
    if (!quotes && !tex) {
      return null;
    }
    var joined = quotes ? JOIN.matcher(text).replaceAll("") : text;
    if (tex) {
      joined =
          TEX.matcher(joined)
              .replaceAll(m -> m.group().startsWith("\\") && m.group().length() == 2 ? " " : "");
    }
    return joined.equals(text) ? null : joined;
  }
}
