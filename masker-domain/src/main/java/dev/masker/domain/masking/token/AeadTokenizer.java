package dev.masker.domain.masking.token;

import dev.masker.domain.masking.EntityKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMSIVBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * MSK1, reversible AEAD (SPEC §9): body = base32(nonce ‖ AES-256-GCM-SIV(key(kid), surface)),
 * stateless, no vault. The nonce is the first 12 bytes of HMAC-SHA256(key, "nonce" ‖ sessionId ‖
 * KIND ‖ normalized value) (parts separated by 0x00), so one surface of one value gives one token
 * within a session; GCM-SIV stays safe when a nonce repeats.
 *
 * <p>Associated data: KIND ‖ 0x00 ‖ kid ‖ 0x00 ‖ sessionId. The SPEC names KIND ‖ kid; the session
 * is bound too, so a token copied into another conversation (by a model, or by a user pasting it)
 * does not reveal its value there. Rehydration therefore needs the session the token was made in.
 *
 * <p>Limits: the plaintext is the surface, so two surface forms of one value ("(415) 555-2671" and
 * "four one five…") give two tokens; values longer than {@value #MAX_VALUE_BYTES} UTF-8 bytes are
 * refused (the body is capped at 1024 chars). Erasure works only by retiring the key.
 */
public final class AeadTokenizer implements Tokenizer {
  public static final int NONCE_LENGTH = 12;
  public static final int TAG_LENGTH = 16;
  public static final int MAX_VALUE_BYTES = Token.MAX_BODY_LENGTH * 5 / 8 - 28;

  private final KeyRing keys;
  private final String kid;

  public AeadTokenizer(KeyRing keys, String kid) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.kid = Objects.requireNonNull(kid, "kid");
    if (!keys.has(kid)) {
      throw new IllegalArgumentException("no key for kid " + kid);
    }
  }

  @Override
  public Replacement replace(String sessionId, EntityKind kind, String surface, String canonical) {
    Tokenizer.check(sessionId, kind, surface, canonical);
    var plain = surface.getBytes(StandardCharsets.UTF_8);
    if (plain.length > MAX_VALUE_BYTES) {
      throw new IllegalArgumentException(
          "a value of " + plain.length + " bytes is too long for an MSK1 token");
    }
    var key = keys.require(kid);
    var normalized = Normalizer.forKind(kind).apply(canonical);
    var nonce =
        Arrays.copyOf(KeyRing.hmac(key, "nonce", sessionId, kind.name(), normalized), NONCE_LENGTH);
    var sealed = encrypt(key, nonce, aad(kind, kid, sessionId), plain);
    var body = new byte[NONCE_LENGTH + sealed.length];
    System.arraycopy(nonce, 0, body, 0, NONCE_LENGTH);
    System.arraycopy(sealed, 0, body, NONCE_LENGTH, sealed.length);
    var token = new Token(TokenScheme.MSK1, kind, kid, Base32.encode(body));
    return new Replacement(token.format(), TokenScheme.MSK1, kid);
  }

  /** The value in an MSK1 token, trying the kid's current key and then its old one. */
  public static Opening open(KeyRing keys, String sessionId, Token token) {
    var body = Base32.decode(token.body());
    if (body == null || body.length < NONCE_LENGTH + TAG_LENGTH) {
      return new Opening.Unreadable();
    }
    var candidates = keys.candidates(token.kid());
    if (candidates.isEmpty()) {
      return new Opening.KeyUnavailable();
    }
    var nonce = Arrays.copyOf(body, NONCE_LENGTH);
    var sealed = Arrays.copyOfRange(body, NONCE_LENGTH, body.length);
    var aad = aad(token.kind(), token.kid(), sessionId);
    for (var key : candidates) {
      try {
        var plain = crypt(false, key, nonce, aad, sealed);
        return new Opening.Opened(new String(plain, StandardCharsets.UTF_8));
      } catch (InvalidCipherTextException wrongKeyOrTampered) {
        // try the next key
      }
    }
    return new Opening.Unreadable();
  }

  /** AES-256-GCM-SIV (RFC 8452) with BouncyCastle: encrypts (ciphertext ‖ tag) or decrypts. */
  static byte[] crypt(boolean encrypt, byte[] key, byte[] nonce, byte[] aad, byte[] input)
      throws InvalidCipherTextException {
    var cipher = new GCMSIVBlockCipher(AESEngine.newInstance());
    cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, nonce, aad));
    var out = new byte[cipher.getOutputSize(input.length)];
    int n = cipher.processBytes(input, 0, input.length, out, 0);
    n += cipher.doFinal(out, n);
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static byte[] encrypt(byte[] key, byte[] nonce, byte[] aad, byte[] in) {
    try {
      return crypt(true, key, nonce, aad, in);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("AES-GCM-SIV failed to encrypt", e);
    }
  }

  private static byte[] aad(EntityKind kind, String kid, String sessionId) {
    return (kind.name() + '\0' + kid + '\0' + sessionId).getBytes(StandardCharsets.UTF_8);
  }
}
