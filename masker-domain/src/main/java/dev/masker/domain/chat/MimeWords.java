package dev.masker.domain.chat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A text with MIME encoded-words in the Q encoding ({@code =?UTF-8?Q?Refill_for_Ysmaray?=}, as
 * e-mail headers carry them) read with each word decoded: underscores as blanks and {@code =XX} as
 * the byte it stands for, only to learn from (ADR 34). The underscores glue the words of a name
 * into one word no recognizer takes for a name. What the decoded words yield is then masked where
 * it is by the known-value search, which reads an underscore as a blank. The base64 encoding
 * ({@code ?B?}) is read as any base64 run is. A text without {@code =?} pays one scan.
 */
final class MimeWords {
  /** The longest text read. */
  static final int MAX_LENGTH = 20_000;

  private static final Pattern Q_WORD =
      Pattern.compile(
          "=\\?[A-Za-z0-9_-]{1,40}(?:\\*[A-Za-z-]{1,20})?\\?[Qq]\\?([^?\\s]{1,300})\\?=");

  private MimeWords() {}

  /** The text with its Q encoded-words decoded, or null when it has none. */
  static String of(String text) {
    if (text.length() > MAX_LENGTH || !text.contains("=?")) {
      return null;
    }
    var m = Q_WORD.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, m.start()).append(decoded(m.group(1)));
      last = m.end();
    }
    return out == null ? null : out.append(text, last, text.length()).toString();
  }

  private static String decoded(String q) {
    var bytes = new ByteArrayOutputStream(q.length());
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      int high = i + 2 < q.length() ? Character.digit(q.charAt(i + 1), 16) : -1;
      int low = i + 2 < q.length() ? Character.digit(q.charAt(i + 2), 16) : -1;
      if (c == '=' && high >= 0 && low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '_') {
        bytes.write(' ');
      } else {
        bytes.write(c < 0x80 ? c : '?');
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
