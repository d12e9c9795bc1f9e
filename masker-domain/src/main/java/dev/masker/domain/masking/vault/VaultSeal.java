package dev.masker.domain.masking.vault;

import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.Opening;
import dev.masker.domain.masking.token.Token;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals values before they reach the {@link TokenVault}: AES-256-GCM (JDK) under a key derived from
 * the kid's key (HMAC-SHA256 of the label {@code masker vault seal v1}), a random 12-byte IV, and
 * as associated data the kid, the scope and the token, so a row moved to another token or another
 * conversation does not open.
 *
 * <p>Layout: {@code 0x01 ‖ len(kid) ‖ kid ‖ iv(12) ‖ ciphertext ‖ tag(16)}. The kid is in the row
 * so a value sealed with a key that has since become the {@code _OLD} one still opens.
 */
public final class VaultSeal {
  /**
   * One cipher per thread, initialised anew (key and a fresh IV) for every value: finding the
   * provider's implementation costs more than sealing a short value.
   */
  private static final ThreadLocal<Cipher> AES_GCM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES-GCM is part of every JDK", e);
            }
          });

  private static final byte VERSION = 1;
  private static final String LABEL = "masker vault seal v1";
  private static final int IV_LENGTH = 12;
  private static final int TAG_BITS = 128;

  private final KeyRing keys;
  private final SecureRandom random = new SecureRandom();

  /** Per kid, the AES keys derived from its current and old key: derived once, not per value. */
  private final Map<String, List<SecretKeySpec>> derived = new ConcurrentHashMap<>();

  public VaultSeal(KeyRing keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** The value sealed with the kid's current key. */
  public byte[] seal(String kid, String scope, String token, String value) {
    var kidBytes = kid.getBytes(StandardCharsets.US_ASCII);
    var iv = new byte[IV_LENGTH];
    random.nextBytes(iv);
    try {
      var cipher = AES_GCM.get();
      cipher.init(Cipher.ENCRYPT_MODE, sealingKey(kid), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad(kid, scope, token));
      var sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
      var out = new byte[2 + kidBytes.length + IV_LENGTH + sealed.length];
      out[0] = VERSION;
      out[1] = (byte) kidBytes.length;
      System.arraycopy(kidBytes, 0, out, 2, kidBytes.length);
      System.arraycopy(iv, 0, out, 2 + kidBytes.length, IV_LENGTH);
      System.arraycopy(sealed, 0, out, 2 + kidBytes.length + IV_LENGTH, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed to seal", e);
    }
  }

  /** The value, trying the kid's current key and then its old one. */
  public Opening open(String scope, String token, byte[] sealed) {
    if (sealed.length < 2 || sealed[0] != VERSION) {
      return new Opening.Unreadable();
    }
    int kidLength = sealed[1] & 0xff;
    int ivAt = 2 + kidLength;
    if (sealed.length < ivAt + IV_LENGTH + TAG_BITS / 8) {
      return new Opening.Unreadable();
    }
    var kid = new String(sealed, 2, kidLength, StandardCharsets.US_ASCII);
    if (!Token.isKid(kid)) {
      return new Opening.Unreadable();
    }
    var candidates = derivedKeys(kid);
    if (candidates.isEmpty()) {
      return new Opening.KeyUnavailable();
    }
    var aad = aad(kid, scope, token);
    var iv = Arrays.copyOfRange(sealed, ivAt, ivAt + IV_LENGTH);
    for (var key : candidates) {
      try {
        var cipher = AES_GCM.get();
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(aad);
        var plain = cipher.doFinal(sealed, ivAt + IV_LENGTH, sealed.length - ivAt - IV_LENGTH);
        return new Opening.Opened(new String(plain, StandardCharsets.UTF_8));
      } catch (GeneralSecurityException wrongKeyOrTampered) {
        // try the next key
      }
    }
    return new Opening.Unreadable();
  }

  private SecretKeySpec sealingKey(String kid) {
    if (!keys.has(kid)) {
      throw new IllegalStateException("no key for kid " + kid);
    }
    return derivedKeys(kid).get(0);
  }

  /** The kid's current key first, then its old one, as {@link KeyRing#candidates} lists them. */
  private List<SecretKeySpec> derivedKeys(String kid) {
    var known = derived.get(kid);
    if (known != null) {
      return known;
    }
    var keysOfKid = keys.candidates(kid).stream().map(VaultSeal::derive).toList();
    if (!keysOfKid.isEmpty()) {
      derived.put(kid, keysOfKid);
    }
    return keysOfKid;
  }

  private static SecretKeySpec derive(byte[] kidKey) {
    return new SecretKeySpec(KeyRing.hmac(kidKey, LABEL), "AES");
  }

  private static byte[] aad(String kid, String scope, String token) {
    return (kid + '\0' + scope + '\0' + token).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "VaultSeal[" + keys + "]";
  }
}
