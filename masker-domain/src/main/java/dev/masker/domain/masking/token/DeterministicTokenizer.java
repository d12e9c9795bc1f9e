package dev.masker.domain.masking.token;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.vault.TokenVault;
import dev.masker.domain.masking.vault.VaultSeal;
import java.util.Objects;

/**
 * MSKV1, vault-deterministic (SPEC §9): body = base32 of the first 16 bytes of
 * HMAC-SHA256(key(kid), sessionId ‖ 0x00 ‖ KIND ‖ 0x00 ‖ normalize(canonical)), 26 chars. Same
 * value in one session, same token; another session, an unrelated token.
 *
 * <p>The SURFACE text is sealed into the vault the first time a token is made; later surface forms
 * of the same value keep that first row, so rehydration gives the value back as it was first said
 * ("(415) 555-2671" said first, then "four one five…": both come back as "(415) 555-2671").
 */
public final class DeterministicTokenizer implements Tokenizer {
  private final KeyRing keys;
  private final String kid;
  private final TokenVault vault;
  private final VaultSeal seal;

  public DeterministicTokenizer(KeyRing keys, String kid, TokenVault vault) {
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
    var token = tokenOf(sessionId, kind, canonical).format();
    // At most one round trip: the vault keeps the first row of a token and ignores later ones, and
    // one that knows the row is there already skips the sealing too.
    vault.putUnlessKnown(sessionId, token, () -> seal.seal(kid, sessionId, token, surface));
    return new Replacement(token, TokenScheme.MSKV1, kid);
  }

  /** The token of a value, without touching the vault. */
  public Token tokenOf(String sessionId, EntityKind kind, String canonical) {
    var normalized = Normalizer.forKind(kind).apply(canonical);
    var mac = KeyRing.hmac(keys.require(kid), sessionId, kind.name(), normalized);
    return new Token(TokenScheme.MSKV1, kind, kid, Base32.encode(mac, 0, 16));
  }
}
