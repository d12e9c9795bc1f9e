package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Written e-mail addresses ("Jane.Doe+clinic@Example.com"), internationalized ones too
 * ("mária.lópez@exämple.com", "用户@例子.广告"): a local part, "@", a domain whose last label is an
 * alphabetic top-level domain; letters and digits of any script count. Canonical form: the address
 * in lower case. Spelled addresses ("j o h n at gmail dot com") belong to the spoken pass.
 */
public final class EmailRecognizer implements Recognizer {
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}\\p{N}_.%+'-])[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._%+'-]{0,63}@"
              + "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}-]{0,62}(?:\\.[\\p{L}\\p{M}\\p{N}-]{1,63}){1,6}");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    if (text.indexOf('@') < 0) {
      return out;
    }
    Anchored m = Anchored.atWordStarts(EMAIL, text, EmailRecognizer::mayStart);
    while (m.find()) {
      int end = m.end();
      while (text.charAt(end - 1) == '-') {
        end--;
      }
      int lastDot = text.lastIndexOf('.', end - 1);
      if (lastDot < m.start() || !isTopLevelDomain(text, lastDot + 1, end)) {
        continue;
      }
      if (end < text.length() && text.charAt(end) == '@') {
        continue;
      }
      String canonical = text.substring(m.start(), end).toLowerCase(Locale.ROOT);
      out.add(new Detection(EntityKind.EMAIL, m.start(), end, 0.96, Pass.REGEX, canonical));
    }
    return out;
  }

  /** A local part starts here and an "@" follows within 64 chars. */
  private static boolean mayStart(String text, int i) {
    if (!Character.isLetterOrDigit(text.charAt(i))) {
      return false;
    }
    if (i > 0) {
      char before = text.charAt(i - 1);
      if (Anchored.isWordChar(before) || ".%+'-".indexOf(before) >= 0) {
        return false;
      }
    }
    int limit = Math.min(text.length(), i + 65);
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '@') {
        return true;
      }
      if (Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isTopLevelDomain(String text, int from, int to) {
    if (to - from < 2 || to - from > 24) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return true;
  }
}
