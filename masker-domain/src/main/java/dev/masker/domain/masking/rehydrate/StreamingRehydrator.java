package dev.masker.domain.masking.rehydrate;

import dev.masker.domain.masking.text.ScanSteps;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rehydrates an answer that arrives in fragments. It emits at once everything that cannot be the
 * start of a token or of a surrogate and holds only a possible prefix (at most about 1,130 chars
 * for an MSK1 token), a trailing high surrogate, and an incomplete UTF-8 sequence. For every split
 * of the input the concatenated output equals {@link Rehydrator#rehydrate}'s text, and a partial
 * token is never emitted. At {@link #finish()} the end of the stream ends a held token: one that
 * parses (all four parts) is rehydrated or, when it cannot be, emitted as {@code [REDACTED:KIND]};
 * a held prefix that does not parse as a token is emitted as text. Not thread-safe.
 */
public final class StreamingRehydrator {
  private final RehydrationScan scan;
  private final StringBuilder pending = new StringBuilder();
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private byte[] carry = new byte[0];
  private char before;
  private boolean finished;

  StreamingRehydrator(RehydrationScan scan, char before) {
    this.scan = scan;
    this.before = before;
  }

  /** Takes the next fragment; returns what can be emitted now (possibly empty). */
  public String accept(CharSequence fragment) {
    checkOpen();
    pending.append(fragment);
    return drain(false);
  }

  /**
   * Takes the next bytes of a UTF-8 stream; a multi-byte sequence split across calls is kept until
   * it is complete. Returns what can be emitted now.
   */
  public String acceptUtf8(byte[] bytes, int offset, int length) {
    checkOpen();
    var input = new byte[carry.length + length];
    System.arraycopy(carry, 0, input, 0, carry.length);
    System.arraycopy(bytes, offset, input, carry.length, length);
    var in = ByteBuffer.wrap(input);
    var chars = CharBuffer.allocate(input.length + 1);
    decoder.decode(in, chars, false);
    carry = new byte[in.remaining()];
    in.get(carry);
    chars.flip();
    pending.append(chars);
    return drain(false);
  }

  /** Ends the stream: returns everything still held, rehydrated as the whole-text rule says. */
  public String finish() {
    checkOpen();
    if (carry.length > 0) {
      var chars = CharBuffer.allocate(carry.length * 2 + 2);
      decoder.decode(ByteBuffer.wrap(carry), chars, true);
      decoder.flush(chars);
      chars.flip();
      pending.append(chars);
      carry = new byte[0];
    }
    var out = drain(true);
    finished = true;
    return out;
  }

  /** The tokens that could not be rehydrated so far (redacted in the output). */
  public List<RehydrationFailure> failures() {
    return List.copyOf(scan.failures());
  }

  private String drain(boolean complete) {
    if (pending.length() == 0) {
      return "";
    }
    var out = new StringBuilder(pending.length() + 16);
    int consumed = scan.run(ScanSteps.readable(pending), before, complete, out);
    if (consumed > 0) {
      before = pending.charAt(consumed - 1);
      pending.delete(0, consumed);
    }
    return out.toString();
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("the stream has finished");
    }
  }
}
