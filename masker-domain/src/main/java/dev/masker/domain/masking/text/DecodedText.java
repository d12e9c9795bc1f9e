package dev.masker.domain.masking.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes decoded from base64, base32 or hex, read as text when they are text: valid UTF-8, no
 * control character but line breaks and tabs, and letters, digits and blanks making at least a
 * given share of it. Random bytes seldom pass; a value written in an encoding does.
 */
final class DecodedText {
  private DecodedText() {}

  /**
   * The text the bytes hold, or null when they are none, or hold fewer readable characters than
   * {@code share} of their length.
   */
  static String of(byte[] bytes, double share) {
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notText) {
      return null;
    }
    int readable = 0;
    for (int k = 0; k < decoded.length(); k++) {
      char c = decoded.charAt(k);
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        return null;
      }
      if (Character.isLetterOrDigit(c) || c == ' ') {
        readable++;
      }
    }
    ScanSteps.record(decoded.length());
    return readable > 0 && readable >= decoded.length() * share ? decoded : null;
  }
}
