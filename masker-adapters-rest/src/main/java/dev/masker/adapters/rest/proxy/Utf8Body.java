package dev.masker.adapters.rest.proxy;

import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A proxy body decoded as UTF-8, strictly (ADR 36). A lenient decoder turns a malformed byte into
 * U+FFFD and the byte after it into text of its own, so an invalid sequence in the middle of a
 * surname ("Kolva" 0xC3 0x28 "thorne") cut the name in two for detection while the upstream, or a
 * model reading the two halves, still read it. A body that is not well-formed UTF-8 is refused, as
 * a lone surrogate escaped in a string is.
 */
final class Utf8Body {
  private Utf8Body() {}

  /** The body as text (empty when there is none), or null when it is not well-formed UTF-8. */
  static String of(Buffer buffer) {
    if (buffer == null) {
      return "";
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(buffer.getBytes()))
          .toString();
    } catch (CharacterCodingException malformed) {
      return null;
    }
  }
}
