package dev.masker.domain.masking.token;

import dev.masker.domain.masking.EntityKind;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A token as it appears in masked text: {@code {scheme}.{KIND}.{kid}.{body}} (SPEC §9), for example
 * {@code MSKV1.PHONE.K_HEALTHCARE.GEZDGNBVGY3TQOJQGEZDGNBVGY}. The kind may contain underscores,
 * the kid matches {@code [A-Z][A-Z0-9_]*}, the body is upper-case unpadded base32; none contains a
 * dot, so splitting on dots is unambiguous.
 *
 * <p>An MSKV1 body is exactly {@value #MSKV1_BODY_LENGTH} chars; an MSK1 body at most {@value
 * #MAX_BODY_LENGTH}.
 */
public record Token(TokenScheme scheme, EntityKind kind, String kid, String body) {
  public static final int MSKV1_BODY_LENGTH = 26;
  public static final int MAX_BODY_LENGTH = 1024;
  public static final int MAX_KID_LENGTH = 64;

  public Token {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(kind, "kind");
    if (!isKid(kid)) {
      throw new IllegalArgumentException("a kid matches [A-Z][A-Z0-9_]* (at most 64 chars)");
    }
    Objects.requireNonNull(body, "body");
    if (body.isEmpty() || body.length() > MAX_BODY_LENGTH || !isUpperBase32(body)) {
      throw new IllegalArgumentException("a token body is upper-case unpadded base32");
    }
    if (scheme == TokenScheme.MSKV1 && body.length() != MSKV1_BODY_LENGTH) {
      throw new IllegalArgumentException("an MSKV1 body has 26 chars");
    }
  }

  /** The token as text. */
  public String format() {
    return scheme.name() + '.' + kind.name() + '.' + kid + '.' + body;
  }

  /** The token written in that text, in any case, if the whole text is a valid one. */
  public static Optional<Token> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    var parts = text.toUpperCase(Locale.ROOT).split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    TokenScheme scheme;
    try {
      scheme = TokenScheme.valueOf(parts[0]);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    var kind = EntityKind.fromName(parts[1]);
    if (kind.isEmpty() || !isKid(parts[2]) || parts[3].isEmpty()) {
      return Optional.empty();
    }
    if (!isUpperBase32(parts[3]) || parts[3].length() > MAX_BODY_LENGTH) {
      return Optional.empty();
    }
    if (scheme == TokenScheme.MSKV1 && parts[3].length() != MSKV1_BODY_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(new Token(scheme, kind.get(), parts[2], parts[3]));
  }

  /** Whether the text is a valid kid: {@code [A-Z][A-Z0-9_]*}, at most 64 chars. */
  public static boolean isKid(String kid) {
    if (kid == null || kid.isEmpty() || kid.length() > MAX_KID_LENGTH) {
      return false;
    }
    if (kid.charAt(0) < 'A' || kid.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < kid.length(); i++) {
      char c = kid.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpperBase32(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    // The body of an MSK1 token is the encrypted value: keep it out of logs all the same.
    return "Token[" + scheme + "." + kind + "." + kid + "]";
  }
}
