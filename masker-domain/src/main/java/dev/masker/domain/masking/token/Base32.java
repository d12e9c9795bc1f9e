package dev.masker.domain.masking.token;

/** RFC 4648 base32, upper case, without padding. */
public final class Base32 {
  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  private Base32() {}

  /** Whether the char belongs to the alphabet, in either case. */
  public static boolean isDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7');
  }

  /** The number of chars {@code byteCount} bytes encode to. */
  public static int encodedLength(int byteCount) {
    return (byteCount * 8 + 4) / 5;
  }

  public static String encode(byte[] bytes) {
    return encode(bytes, 0, bytes.length);
  }

  public static String encode(byte[] bytes, int offset, int length) {
    var out = new char[encodedLength(length)];
    int buffer = 0;
    int bits = 0;
    int o = 0;
    for (int i = offset; i < offset + length; i++) {
      buffer = (buffer << 8) | (bytes[i] & 0xff);
      bits += 8;
      while (bits >= 5) {
        out[o++] = ALPHABET[(buffer >>> (bits - 5)) & 31];
        bits -= 5;
      }
    }
    if (bits > 0) {
      out[o++] = ALPHABET[(buffer << (5 - bits)) & 31];
    }
    return new String(out, 0, o);
  }

  /**
   * The bytes of an unpadded base32 text in either case, or null when it is not one: a char outside
   * the alphabet, a length no byte count encodes to, or non-zero unused trailing bits.
   */
  public static byte[] decode(CharSequence text) {
    int length = text.length();
    int rest = length % 8;
    if (rest == 1 || rest == 3 || rest == 6) {
      return null;
    }
    var out = new byte[length * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int o = 0;
    for (int i = 0; i < length; i++) {
      int value = valueOf(text.charAt(i));
      if (value < 0) {
        return null;
      }
      buffer = ((buffer << 5) | value) & 0xffff;
      bits += 5;
      if (bits >= 8) {
        out[o++] = (byte) (buffer >>> (bits - 8));
        bits -= 8;
      }
    }
    if (bits > 0 && (buffer & ((1 << bits) - 1)) != 0) {
      return null;
    }
    return out;
  }

  private static int valueOf(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '2' && c <= '7') {
      return c - '2' + 26;
    }
    return -1;
  }
}
