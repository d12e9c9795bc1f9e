package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Web addresses: "http(s)://…" and "www.…" up to the next space, and bare domains with a common
 * top-level domain when a path follows ("example.com/patients/42"). Trailing sentence punctuation
 * is not part of the URL. Canonical form: the URL as written. A bare domain without a path
 * ("example.com") is not reported: in a voice transcript it is usually a company name.
 */
public final class UrlRecognizer implements Recognizer {
  private static final Pattern URL =
      Pattern.compile(
          "(?<![\\w@.-])(?:(?:https?|ftp)://[^\\s<>\"'`]{1,2048}|www\\.[a-z0-9-]{1,63}\\.[^\\s<>\"'`]{1,2048}"
              + "|(?:[a-z0-9-]{1,63}\\.){1,5}(?:com|org|net|edu|gov|io|co|us|uk|info|biz|health|care"
              + "|app|dev|me|ca|de|fr|au|in|ly|ai)/[^\\s<>\"'`]{0,2048})",
          Pattern.CASE_INSENSITIVE);

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    Anchored m = Anchored.atWordStarts(URL, text, UrlRecognizer::mayStart);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() + 1 && isTrailingPunctuation(text.charAt(end - 1))) {
        end--;
      }
      if (end < m.end() && text.charAt(end) == ')' && hasOpenParenthesis(text, m.start(), end)) {
        end++;
      }
      char first = Character.toLowerCase(text.charAt(m.start()));
      double confidence = first == 'h' || first == 'f' ? 0.95 : first == 'w' ? 0.9 : 0.85;
      out.add(
          new Detection(
              EntityKind.URL,
              m.start(),
              end,
              confidence,
              Pass.REGEX,
              text.substring(m.start(), end)));
    }
    return out;
  }

  /** A word that starts with a scheme or "www.", or that holds a dot. */
  private static boolean mayStart(String text, int i) {
    if (!Anchored.WORD_START.at(text, i)) {
      return false;
    }
    if (Anchored.startsWith(text, i, "http")
        || Anchored.startsWith(text, i, "ftp")
        || Anchored.startsWith(text, i, "www.")) {
      return true;
    }
    // the dot of a bare domain comes within its first label (at most 63 chars)
    int limit = Math.min(text.length(), i + 64);
    for (int j = i + 1; j < limit; j++) {
      char d = text.charAt(j);
      if (d == '.') {
        return true;
      }
      if (!(Character.isLetterOrDigit(d) || d == '-')) {
        return false;
      }
    }
    return false;
  }

  private static boolean isTrailingPunctuation(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'
        || c == ']' || c == '}';
  }

  private static boolean hasOpenParenthesis(String text, int start, int end) {
    return text.lastIndexOf('(', end) >= start;
  }
}
