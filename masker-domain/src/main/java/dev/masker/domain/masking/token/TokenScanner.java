package dev.masker.domain.masking.token;

import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds tokens in a text, in any case (models sometimes lower-case text), in linear time.
 *
 * <p>The grammar, defined once here for the whole-text and the streaming rehydrator: {@code MSKV1.}
 * or {@code MSK1.}, then a kind {@code [A-Z][A-Z_]*} (at most 32 chars) and a dot, a kid {@code
 * [A-Z][A-Z0-9_]*} (at most 64 chars) and a dot, then a body of base32 chars {@code [A-Z2-7]}. One
 * space may follow each of the three dots of an MSKV1 token with its whole body: models respace
 * what they copy ("MSKV1. PHONE. K_HEALTHCARE. GEZD…"), and the caller must still hear the value
 * (ADR 24); a respaced span with a shorter body, or of the MSK1 scheme, is no token ("MSK1.A.B.
 * end" is text). Where a token ENDS: an MSKV1 body ends after exactly 26 chars, whatever follows
 * ("…DEFs" is the token then "s"); an MSK1 body runs to the first char outside base32, to the start
 * of another token glued to it ("…QMSK1.NAME…"), or to 1024 chars. A span with all four parts but a
 * body of the wrong length, or an unknown kind, is still found: it is a malformed token, which the
 * rehydrator reports and redacts. SYN1 surrogates are plain text and are not found here.
 */
public final class TokenScanner {
  /** {@link #matchAt} needs more text to decide. */
  public static final int NEED_MORE = -2;

  /** {@link #matchAt}: no token starts here. */
  public static final int NO_MATCH = -1;

  private static final int MAX_KIND_LENGTH = 32;

  private TokenScanner() {}

  /** A token found in a text: where it is and its parts as written (upper-cased). */
  public record Span(
      int start, int end, TokenScheme scheme, String kindName, String kid, String body) {

    /** The entity kind named by the token, if it names one. */
    public Optional<EntityKind> kind() {
      return EntityKind.fromName(kindName);
    }

    /** The token, if the span is a well-formed one. */
    public Optional<Token> token() {
      var kind = kind();
      if (kind.isEmpty() || !Token.isKid(kid)) {
        return Optional.empty();
      }
      if (scheme == TokenScheme.MSKV1 && body.length() != Token.MSKV1_BODY_LENGTH) {
        return Optional.empty();
      }
      return Optional.of(new Token(scheme, kind.get(), kid, body));
    }

    @Override
    public String toString() {
      return "TokenScanner.Span[" + start + ".." + end + " " + scheme + "." + kindName + "]";
    }
  }

  /** Every token of the text, left to right, not overlapping. */
  public static List<Span> find(CharSequence text) {
    var spans = new ArrayList<Span>();
    int i = 0;
    int length = text.length();
    while (i < length) {
      int end = matchAt(text, i, true);
      if (end > i) {
        spans.add(spanOf(text, i, end));
        i = end;
      } else {
        i++;
      }
    }
    return spans;
  }

  /**
   * Whether a token starts at {@code start}: its end (exclusive), {@link #NO_MATCH}, or, when
   * {@code complete} is false and the text ends before the answer is known, {@link #NEED_MORE}.
   * When {@code complete} is true the end of the text ends the token. The answer depends only on
   * {@code text[start..]}, and reads at most about 1,130 chars.
   */
  public static int matchAt(CharSequence text, int start, boolean complete) {
    int length = text.length();
    int undecided = complete ? NO_MATCH : NEED_MORE;
    int i = start;
    // scheme
    if (i >= length) {
      return undecided;
    }
    if (upper(text.charAt(i)) != 'M') {
      return NO_MATCH;
    }
    if (++i >= length) {
      return undecided;
    }
    if (upper(text.charAt(i)) != 'S') {
      return NO_MATCH;
    }
    if (++i >= length) {
      return undecided;
    }
    if (upper(text.charAt(i)) != 'K') {
      return NO_MATCH;
    }
    if (++i >= length) {
      return undecided;
    }
    TokenScheme scheme;
    char c = upper(text.charAt(i));
    if (c == 'V') {
      if (++i >= length) {
        return undecided;
      }
      if (text.charAt(i) != '1') {
        return NO_MATCH;
      }
      scheme = TokenScheme.MSKV1;
    } else if (c == '1') {
      scheme = TokenScheme.MSK1;
    } else {
      return NO_MATCH;
    }
    if (++i >= length) {
      return undecided;
    }
    if (text.charAt(i) != '.') {
      return NO_MATCH;
    }
    int next = afterSpace(text, i + 1);
    boolean respaced = next > i + 1;
    i = next;
    // kind
    int kindStart = i;
    while (true) {
      if (i >= length) {
        return undecided;
      }
      c = text.charAt(i);
      if (c == '.' && i > kindStart) {
        break;
      }
      boolean letter = isLetter(c);
      if (!(letter || (c == '_' && i > kindStart)) || i - kindStart >= MAX_KIND_LENGTH) {
        return NO_MATCH;
      }
      i++;
    }
    next = afterSpace(text, i + 1);
    respaced |= next > i + 1;
    i = next;
    // kid
    int kidStart = i;
    while (true) {
      if (i >= length) {
        return undecided;
      }
      c = text.charAt(i);
      if (c == '.' && i > kidStart) {
        break;
      }
      boolean ok = isLetter(c) || (i > kidStart && ((c >= '0' && c <= '9') || c == '_'));
      if (!ok || i - kidStart >= Token.MAX_KID_LENGTH) {
        return NO_MATCH;
      }
      i++;
    }
    next = afterSpace(text, i + 1);
    respaced |= next > i + 1;
    i = next;
    // body
    int bodyStart = i;
    int maxBody = scheme == TokenScheme.MSKV1 ? Token.MSKV1_BODY_LENGTH : Token.MAX_BODY_LENGTH;
    while (i - bodyStart < maxBody) {
      if (i >= length) {
        if (!complete) {
          return NEED_MORE;
        }
        break;
      }
      if (!Base32.isDigit(text.charAt(i)) || i > bodyStart && schemeAt(text, i)) {
        break; // "…QMSK1.NAME…": the next token, glued on; no body holds "1" or "."
      }
      if (!complete && i > bodyStart && schemeBegunAt(text, i)) {
        return NEED_MORE; // "…QMSK" at a chunk's end: the body, or the next token's start
      }
      i++;
    }
    if (respaced && (scheme != TokenScheme.MSKV1 || i - bodyStart != Token.MSKV1_BODY_LENGTH)) {
      return NO_MATCH; // respaced, but not a whole MSKV1 token
    }
    return i > bodyStart ? i : NO_MATCH;
  }

  /** {@code i}, or the position after it when one space stands there (after a token's dot). */
  private static int afterSpace(CharSequence text, int i) {
    return i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
  }

  /** Whether the text ends at {@code i} with the beginning of {@code MSK1.} or {@code MSKV1.}. */
  private static boolean schemeBegunAt(CharSequence text, int i) {
    int left = text.length() - i;
    if (left >= 6) {
      return false;
    }
    for (String scheme : new String[] {"MSK1.", "MSKV1."}) {
      int n = Math.min(left, scheme.length());
      boolean begins = left < scheme.length();
      for (int k = 0; k < n && begins; k++) {
        begins = upper(text.charAt(i + k)) == scheme.charAt(k);
      }
      if (begins) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code MSK1.} or {@code MSKV1.} (in any case) starts at {@code i}. */
  private static boolean schemeAt(CharSequence text, int i) {
    int length = text.length();
    if (i + 5 > length
        || upper(text.charAt(i)) != 'M'
        || upper(text.charAt(i + 1)) != 'S'
        || upper(text.charAt(i + 2)) != 'K') {
      return false;
    }
    char c = upper(text.charAt(i + 3));
    if (c == '1') {
      return text.charAt(i + 4) == '.';
    }
    return c == 'V' && i + 6 <= length && text.charAt(i + 4) == '1' && text.charAt(i + 5) == '.';
  }

  /** The parts of the token matched at {@code [start, end)}. */
  public static Span spanOf(CharSequence text, int start, int end) {
    var written = text.subSequence(start, end).toString().toUpperCase(Locale.ROOT);
    int a = written.indexOf('.');
    int b = written.indexOf('.', a + 1);
    int d = written.indexOf('.', b + 1);
    var scheme = a == 5 ? TokenScheme.MSKV1 : TokenScheme.MSK1;
    return new Span(
        start,
        end,
        scheme,
        written.substring(a + 1, b).strip(),
        written.substring(b + 1, d).strip(),
        written.substring(d + 1).strip());
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }
}
