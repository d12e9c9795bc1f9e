package dev.masker.domain.auth;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Where a browser goes after signing in: a path of this server, with a query and a fragment if
 * asked, such as {@code /portal/agents?tab=keys}. Anything that could take the browser to another
 * site ({@code //evil.example}, {@code https://evil.example}, {@code /\evil.example}, the same
 * percent-encoded, control characters) is never kept: {@link #of} gives {@link #PORTAL} instead.
 */
public record ReturnPath(String value) {
  public static final ReturnPath PORTAL = new ReturnPath("/portal");

  /** Longer requests fall back to the portal; the path is stored while the sign-in lasts. */
  public static final int MAX_LENGTH = 1024;

  /** Percent-decoding rounds checked: a target encoded more often than this is refused. */
  private static final int DECODING_ROUNDS = 3;

  private static final String ALLOWED_PUNCTUATION = "-._~!$&'()*+,;=:@/?%#";
  private static final String PROBE_HOST = "masker.invalid";

  public ReturnPath {
    if (!isSameOrigin(value)) {
      throw new IllegalArgumentException("a return path must be a path of this server");
    }
  }

  /** {@code requested} when it is a path of this server, else {@link #PORTAL}. */
  public static ReturnPath of(String requested) {
    return isSameOrigin(requested) ? new ReturnPath(requested) : PORTAL;
  }

  private static boolean isSameOrigin(String path) {
    if (path == null || path.isEmpty() || path.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      if (!allowed(path.charAt(i))) {
        return false;
      }
    }
    var level = path;
    for (int round = 0; round <= DECODING_ROUNDS; round++) {
      if (!startsAsLocalPath(level)) {
        return false;
      }
      if (level.indexOf('%') < 0) {
        return resolvesHere(path);
      }
      level = percentDecoded(level);
      if (level == null) {
        return false;
      }
    }
    return false;
  }

  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || ALLOWED_PUNCTUATION.indexOf(c) >= 0;
  }

  /** One slash, then not a second slash or a backslash; no backslash or control anywhere. */
  private static boolean startsAsLocalPath(String path) {
    if (path.length() < 1 || path.charAt(0) != '/') {
      return false;
    }
    if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
      return false;
    }
    return path.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7f);
  }

  /** Browsers resolve it against this server's origin and stay there. */
  private static boolean resolvesHere(String path) {
    try {
      var resolved = new URI("https://" + PROBE_HOST + path);
      return PROBE_HOST.equals(resolved.getHost()) && resolved.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The text with its %XX sequences decoded as UTF-8 bytes; null when one is malformed. */
  private static String percentDecoded(String text) {
    var bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '%') {
        bytes.write(c);
        continue;
      }
      if (i + 2 >= text.length()) {
        return null;
      }
      int high = Character.digit(text.charAt(i + 1), 16);
      int low = Character.digit(text.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return null;
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
