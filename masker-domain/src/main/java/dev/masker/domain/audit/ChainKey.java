package dev.masker.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit key ({@code MASKER_AUDIT_HMAC_KEY}) and the two MACs made with it (SPEC §8): the link
 * of the chain, {@code hash_n = HMAC-SHA256(key, hash_{n-1} ‖ canonical_json(event_n))}, and the
 * seal of a checkpoint, {@code HMAC-SHA256(key, canonical_json(checkpoint))}. Never printed.
 */
public final class ChainKey {
  /** The length of a chain hash, and of the key. */
  public static final int LENGTH = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public ChainKey(byte[] key) {
    if (key == null || key.length != LENGTH) {
      throw new IllegalArgumentException("the audit key must be 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** {@code hash_0}: 32 zero bytes. */
  public static byte[] genesis() {
    return new byte[LENGTH];
  }

  /**
   * The chain hash of an event whose canonical JSON is {@code eventJson}, after {@code previous}.
   */
  public byte[] link(byte[] previous, String eventJson) {
    if (previous == null || previous.length != LENGTH) {
      throw new IllegalArgumentException("a chain hash is 32 bytes");
    }
    var mac = mac();
    mac.update(previous);
    return mac.doFinal(eventJson.getBytes(StandardCharsets.UTF_8));
  }

  /** The seal of a checkpoint whose canonical JSON is {@code checkpointJson}. */
  public byte[] seal(String checkpointJson) {
    return mac().doFinal(checkpointJson.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code seal} is the seal of {@code checkpointJson}, compared in constant time. */
  public boolean sealed(String checkpointJson, byte[] seal) {
    return seal != null && MessageDigest.isEqual(seal(checkpointJson), seal);
  }

  private Mac mac() {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Whether two chain hashes are the same, in constant time. */
  static boolean same(byte[] a, byte[] b) {
    return a != null && b != null && MessageDigest.isEqual(a, b);
  }

  @Override
  public String toString() {
    return "ChainKey[redacted]";
  }
}
