package dev.masker.application.leak;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.masking.text.Homoglyphs;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a body sent upstream still holds a planted value in any form: every string, key and
 * number of the JSON is folded (NFKC, digits of every script as ASCII digits, accents and invisible
 * characters dropped, lower case), tokens are cut out, and what is left is searched for the value's
 * digits (separators ignored), its name parts as whole words, its e-mail address or local part, its
 * date's digits.
 */
public final class LeakOracle {
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?i)(MSKV1|MSK1)\\.[A-Z_]+\\.[A-Z][A-Z0-9_]*\\.[A-Z2-7]+|\\[REDACTED:[A-Z_]+\\]");

  private LeakOracle() {}

  /** What of {@code planted} the body shows, if anything: a description for the failure. */
  public static Optional<String> leak(Planted planted, String upstreamBody) {
    var text = fold(TOKEN.matcher(strings(upstreamBody)).replaceAll(" "));
    var compact = text.replaceAll("[^\\p{L}\\p{N}]", "");
    switch (planted.kind()) {
      case NAME:
        for (var part : planted.nameParts()) {
          var word = fold(part);
          if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
              .matcher(text)
              .find()) {
            return Optional.of("the name part " + part);
          }
        }
        return Optional.empty();
      case EMAIL:
        var local = fold(planted.value().substring(0, planted.value().indexOf('@')));
        return compact.contains(local.replaceAll("[^\\p{L}\\p{N}]", ""))
            ? Optional.of("the e-mail's local part")
            : Optional.empty();
      case MEMBER_ID:
        return compact.contains(planted.digits())
            ? Optional.of("the member id's digits")
            : Optional.empty();
      default:
        return compact.contains(planted.digits())
            ? Optional.of("the digits " + planted.digits())
            : Optional.empty();
    }
  }

  /** Every key, string and number of a JSON body (or the text itself when it is not JSON). */
  static String strings(String body) {
    var out = new ArrayList<String>();
    try {
      collect(JsonParser.parse(body), out);
    } catch (RuntimeException notJson) {
      return body;
    }
    return String.join("\n", out);
  }

  private static void collect(Json json, List<String> out) {
    if (json instanceof JsonString s) {
      // A string that is JSON itself (tool arguments, tool results) is read inside too.
      out.add(s.value());
      var inner = s.value().strip();
      if (inner.startsWith("{") || inner.startsWith("[")) {
        try {
          collect(JsonParser.parse(inner), out);
        } catch (RuntimeException notJson) {
          // the string itself is enough
        }
      }
    } else if (json instanceof JsonNumber n) {
      out.add(n.text());
    } else if (json instanceof JsonObject o) {
      for (var entry : o.entries()) {
        out.add(entry.getKey());
        collect(entry.getValue(), out);
      }
    } else if (json instanceof JsonArray a) {
      for (var item : a) {
        collect(item, out);
      }
    }
  }

  /**
   * NFKC, ASCII digits, Latin look-alikes as Latin, no accents or invisible characters, lower case.
   */
  static String fold(String text) {
    var nfkc = Normalizer.normalize(Homoglyphs.latinise(text), Normalizer.Form.NFKD);
    var out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) {
                return;
              }
              if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
