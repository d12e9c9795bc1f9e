package dev.masker.domain.masking.regex;

/**
 * IPv4 dotted quads (0–255, no leading zeros, which some parsers read as octal) and IPv6 addresses
 * in full, compressed ({@code ::}) and IPv4-suffixed forms (RFC 4291 §2.2).
 */
public final class IpAddresses {
  private IpAddresses() {}

  public static boolean isIpv4(CharSequence s) {
    return isIpv4(s, 0, s.length());
  }

  /** Whether the chars {@code [from, to)} are an IPv4 dotted quad. */
  public static boolean isIpv4(CharSequence s, int from, int to) {
    int parts = 0;
    int i = from;
    while (true) {
      int start = i;
      int value = 0;
      while (i < to && i - start < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && s.charAt(start) == '0')) {
        return false;
      }
      parts++;
      if (i == to) {
        return parts == 4;
      }
      if (s.charAt(i) != '.' || parts == 4) {
        return false;
      }
      i++;
    }
  }

  /** Whether the whole string is an IPv6 address. */
  public static boolean isIpv6(CharSequence s) {
    int length = s.length();
    if (length < 2 || length > 45) {
      return false;
    }
    int groups = 0;
    boolean compressed = false;
    int i = 0;
    if (s.charAt(0) == ':') {
      if (s.charAt(1) != ':') {
        return false;
      }
      compressed = true;
      i = 2;
      if (i == length) {
        return true;
      }
    }
    while (i < length) {
      int start = i;
      while (i < length && i - start < 5 && isHex(s.charAt(i))) {
        i++;
      }
      if (i < length && s.charAt(i) == '.') {
        // an IPv4 suffix takes the place of the last two groups
        if (!isIpv4(s, start, length)) {
          return false;
        }
        groups += 2;
        i = length;
        break;
      }
      int digits = i - start;
      if (digits == 0 || digits > 4) {
        return false;
      }
      groups++;
      if (i == length) {
        break;
      }
      if (s.charAt(i) != ':') {
        return false;
      }
      i++;
      if (i < length && s.charAt(i) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i++;
        if (i == length) {
          break;
        }
      } else if (i == length) {
        return false;
      }
    }
    return compressed ? groups <= 7 : groups == 8;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
