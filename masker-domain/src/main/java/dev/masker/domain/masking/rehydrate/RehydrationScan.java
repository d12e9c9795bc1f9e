package dev.masker.domain.masking.rehydrate;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.rehydrate.RehydrationFailure.Reason;
import dev.masker.domain.masking.token.AeadTokenizer;
import dev.masker.domain.masking.token.Base32;
import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.Opening;
import dev.masker.domain.masking.token.RedactedText;
import dev.masker.domain.masking.token.Token;
import dev.masker.domain.masking.token.TokenScanner;
import dev.masker.domain.masking.token.TokenScheme;
import dev.masker.domain.masking.vault.TokenVault;
import dev.masker.domain.masking.vault.VaultSeal;
import java.util.ArrayList;
import java.util.List;

/**
 * The one scan both rehydrators run, so they cannot disagree: left to right, at each position a
 * token ({@link TokenScanner}) first, then the longest synthetic surrogate, else the char itself.
 * Each decision depends only on the text from that position on (and the one char before it, for
 * surrogate word boundaries), which is what lets the streaming rehydrator hold back only an
 * undecided suffix and still match the whole-text result for every split.
 */
final class RehydrationScan {
  private final String sessionId;
  private final KeyRing keys;
  private final TokenVault vault;
  private final VaultSeal seal;
  private final SurrogateIndex surrogates;
  private final ValueEscaping escaping;
  private final List<RehydrationFailure> failures = new ArrayList<>();
  private final int[] end = new int[1];

  RehydrationScan(
      String sessionId,
      KeyRing keys,
      TokenVault vault,
      VaultSeal seal,
      ValueEscaping escaping,
      boolean withSurrogates) {
    this.sessionId = sessionId;
    this.escaping = escaping;
    this.keys = keys;
    this.vault = vault;
    this.seal = seal;
    this.surrogates = withSurrogates ? loadSurrogates() : SurrogateIndex.EMPTY;
  }

  private SurrogateIndex loadSurrogates() {
    List<String> rows;
    try {
      rows = vault.tokens(sessionId);
    } catch (TokenVault.Unavailable down) {
      failures.add(
          new RehydrationFailure(
              EntityKind.OTHER_ID, TokenScheme.SYN1, null, Reason.VAULT_UNAVAILABLE));
      return SurrogateIndex.EMPTY;
    }
    var index = new SurrogateIndex();
    for (var row : rows) {
      index.addRow(row);
    }
    return index.isEmpty() ? SurrogateIndex.EMPTY : index;
  }

  List<RehydrationFailure> failures() {
    return failures;
  }

  /**
   * Rehydrates {@code text} from its start into {@code out} and returns how many chars were
   * consumed: all of them when {@code complete}, else up to the first undecided position (a
   * possible token or surrogate prefix, or a trailing high surrogate).
   *
   * @param before the char before {@code text[0]} in the whole input, or a space at its start
   */
  int run(CharSequence text, char before, boolean complete, StringBuilder out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == 'M' || c == 'm') {
        int tokenEnd = TokenScanner.matchAt(text, i, complete);
        if (tokenEnd == TokenScanner.NEED_MORE) {
          return i;
        }
        if (tokenEnd > i) {
          out.append(resolve(TokenScanner.spanOf(text, i, tokenEnd)));
          i = tokenEnd;
          continue;
        }
      }
      if (!surrogates.isEmpty()) {
        char previous = i == 0 ? before : text.charAt(i - 1);
        if (!(SurrogateIndex.isWord(previous) && SurrogateIndex.isWord(c))) {
          var entry = surrogates.longestAt(text, i, complete, end);
          if (entry == SurrogateIndex.NEED_MORE) {
            return i;
          }
          if (entry != null) {
            out.append(resolve(entry));
            i = end[0];
            continue;
          }
        }
      }
      if (!complete && i + 1 == n && Character.isHighSurrogate(c)) {
        return i;
      }
      out.append(c);
      i++;
    }
    return n;
  }

  private String resolve(TokenScanner.Span span) {
    var kind = span.kind().orElse(EntityKind.OTHER_ID);
    var kid = Token.isKid(span.kid()) ? span.kid() : null;
    var parsed = span.token();
    if (parsed.isEmpty()) {
      return fail(kind, span.scheme(), kid, Reason.MALFORMED);
    }
    var token = parsed.get();
    if (token.scheme() == TokenScheme.MSK1) {
      var body = Base32.decode(token.body());
      if (body == null || body.length <= AeadTokenizer.NONCE_LENGTH + AeadTokenizer.TAG_LENGTH) {
        return fail(kind, TokenScheme.MSK1, kid, Reason.MALFORMED);
      }
      return opened(AeadTokenizer.open(keys, sessionId, token), kind, TokenScheme.MSK1, kid);
    }
    return fromVault(token.format(), kind, token.scheme(), kid);
  }

  private String resolve(SurrogateIndex.Entry entry) {
    return fromVault(entry.row(), entry.kind(), TokenScheme.SYN1, entry.kid());
  }

  private String fromVault(String row, EntityKind kind, TokenScheme scheme, String kid) {
    byte[] sealed;
    try {
      var found = vault.get(sessionId, row);
      if (found.isEmpty()) {
        return fail(kind, scheme, kid, Reason.NOT_FOUND);
      }
      sealed = found.get();
    } catch (TokenVault.Unavailable down) {
      return fail(kind, scheme, kid, Reason.VAULT_UNAVAILABLE);
    }
    return opened(seal.open(sessionId, row, sealed), kind, scheme, kid);
  }

  private String opened(Opening opening, EntityKind kind, TokenScheme scheme, String kid) {
    if (opening instanceof Opening.Opened) {
      return escaping.apply(((Opening.Opened) opening).value());
    }
    var reason =
        opening instanceof Opening.KeyUnavailable ? Reason.KEY_UNAVAILABLE : Reason.UNREADABLE;
    return fail(kind, scheme, kid, reason);
  }

  private String fail(EntityKind kind, TokenScheme scheme, String kid, Reason reason) {
    failures.add(new RehydrationFailure(kind, scheme, kid, reason));
    return RedactedText.of(kind);
  }
}
