package dev.masker.domain.masking.token;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.vault.TokenVault;
import dev.masker.domain.masking.vault.VaultSeal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;

/**
 * SYN1, synthetic surrogates (SPEC §9): a realistic value of the same kind and shape (see {@link
 * Surrogates}), chosen by HMAC-seeded choice from (session, kind, normalized value), so one value
 * gets one surrogate within a session; distinct values get distinct surrogates (a collision with an
 * existing surrogate of the session, in any case, retries with the next seed).
 *
 * <p>Two vault rows per value, both sealed: {@code SYN1.KIND.kid.base32(surrogate)} → surface (the
 * rehydrator finds surrogates through these), and {@code SYN1-FP.KIND.kid.fingerprint} → surrogate
 * (so a value seen again gets its surrogate again). The first surface said is the one given back.
 * Two threads making the first surrogate of one value at once may both write; the first row stays.
 */
public final class SyntheticTokenizer implements Tokenizer {
  private static final int ATTEMPTS = 64;

  private final KeyRing keys;
  private final String kid;
  private final TokenVault vault;
  private final VaultSeal seal;

  public SyntheticTokenizer(KeyRing keys, String kid, TokenVault vault) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.kid = Objects.requireNonNull(kid, "kid");
    this.vault = Objects.requireNonNull(vault, "vault");
    if (!keys.has(kid)) {
      throw new IllegalArgumentException("no key for kid " + kid);
    }
    this.seal = new VaultSeal(keys);
  }

  @Override
  public Replacement replace(String sessionId, EntityKind kind, String surface, String canonical) {
    Tokenizer.check(sessionId, kind, surface, canonical);
    var key = keys.require(kid);
    var normalized = Normalizer.forKind(kind).apply(canonical);
    var fingerprint =
        "SYN1-FP."
            + kind.name()
            + '.'
            + kid
            + '.'
            + Base32.encode(KeyRing.hmac(key, "syn1", sessionId, kind.name(), normalized), 0, 16);
    var known = vault.get(sessionId, fingerprint);
    if (known.isPresent()) {
      var opening = seal.open(sessionId, fingerprint, known.get());
      if (opening instanceof Opening.Opened) {
        return new Replacement(((Opening.Opened) opening).value(), TokenScheme.SYN1, kid);
      }
    }
    var taken = new HashSet<String>();
    for (var row : vault.tokens(sessionId)) {
      var token = row.startsWith("SYN1.") ? Token.parse(row) : java.util.Optional.<Token>empty();
      if (token.isPresent()) {
        var bytes = Base32.decode(token.get().body());
        if (bytes != null) {
          taken.add(new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
        }
      }
    }
    var shiftSeed = KeyRing.hmac(key, "syn1-date-shift", sessionId);
    int dayShift = 1 + Math.floorMod(shiftSeed[0] << 8 | (shiftSeed[1] & 0xff), 365);
    dayShift = (shiftSeed[2] & 1) == 0 ? dayShift : -dayShift;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      var seed = KeyRing.hmac(key, "syn1-seed", sessionId, kind.name(), normalized, "" + attempt);
      var surrogate =
          Surrogates.make(kind, surface, normalized, new Surrogates.Seed(seed), dayShift + attempt);
      var folded = surrogate.toLowerCase(Locale.ROOT);
      if (surrogate.isEmpty()
          || taken.contains(folded)
          || folded.equals(surface.toLowerCase(Locale.ROOT))) {
        continue;
      }
      var body = Base32.encode(surrogate.getBytes(StandardCharsets.UTF_8));
      if (body.length() > Token.MAX_BODY_LENGTH) {
        break;
      }
      var row = new Token(TokenScheme.SYN1, kind, kid, body).format();
      vault.put(sessionId, row, seal.seal(kid, sessionId, row, surface));
      vault.put(sessionId, fingerprint, seal.seal(kid, sessionId, fingerprint, surrogate));
      return new Replacement(surrogate, TokenScheme.SYN1, kid);
    }
    throw new IllegalStateException("no free " + kind + " surrogate in this session");
  }
}
