package dev.masker.domain.masking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The values a text holds uuencoded ({@code begin 644 note.txt}, lines of 61 chars, {@code end}),
 * as mail archives and old record exports carry a file (ADR 34): a block whose decoded text holds a
 * value becomes one detection over its encoded lines, as a base64 run does ({@link Base64Values}),
 * so the model can decode nothing of it. Used by detection and by the known-value search. A text
 * without {@code "begin "} pays one scan.
 */
public final class UuencodedValues {
  private static final Pattern BEGIN =
      Pattern.compile("(?m)^begin(?:-base64)? [0-7]{3,4} \\S[^\\n]*$");

  /** The most lines a block is read over. */
  static final int MAX_LINES = 2_000;

  private UuencodedValues() {}

  /**
   * One detection over the encoded lines of each block of {@code text} whose decoded text {@code
   * detect} finds a value in, of the kind of the first value found there.
   */
  public static List<Detection> detections(String text, Function<String, List<Detection>> detect) {
    if (!text.contains("begin ")) {
      return List.of();
    }
    List<Detection> found = List.of();
    var m = BEGIN.matcher(text);
    while (m.find()) {
      int start = m.end() + 1;
      int at = start;
      int end = start;
      var decoded = new StringBuilder();
      for (int lines = 0; at < text.length() && lines < MAX_LINES; lines++) {
        int lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) {
          lineEnd = text.length();
        }
        var line = text.substring(at, lineEnd).stripTrailing();
        if (line.equals("end") || line.isEmpty() || !decode(line, decoded)) {
          break;
        }
        end = at + line.length();
        at = lineEnd + 1;
      }
      if (end > start) {
        var inside = detect.apply(decoded.toString());
        if (!inside.isEmpty()) {
          if (found.isEmpty()) {
            found = new ArrayList<>(1);
          }
          found.add(Base64Values.wholeRun(text, start, end, inside));
        }
      }
    }
    return found;
  }

  /** Decodes one line into {@code out}: false when it is no uuencoded line. */
  private static boolean decode(String line, StringBuilder out) {
    int n = (line.charAt(0) - 32) & 63;
    if (line.charAt(0) < 32 || line.charAt(0) > 96 || line.length() > 62) {
      return false;
    }
    var bytes = new byte[n];
    int at = 0;
    for (int i = 1; at < n; i += 4) {
      int[] c = new int[4];
      for (int k = 0; k < 4; k++) {
        char ch = i + k < line.length() ? line.charAt(i + k) : ' ';
        if (ch < 32 || ch > 96) {
          return false;
        }
        c[k] = (ch - 32) & 63;
      }
      int[] b = {c[0] << 2 | c[1] >> 4, (c[1] << 4 | c[2] >> 2) & 0xFF, (c[2] << 6 | c[3]) & 0xFF};
      for (int k = 0; k < 3 && at < n; k++) {
        bytes[at++] = (byte) b[k];
      }
    }
    out.append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
    return true;
  }
}
