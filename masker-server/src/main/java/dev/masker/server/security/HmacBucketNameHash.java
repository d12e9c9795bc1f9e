package dev.masker.server.security;

import dev.masker.application.port.out.BucketNameHash;
import dev.masker.domain.masking.token.Base32;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under the server's {@code MASKER_EXTERNAL_ID_KEY} of {@code rate-limit}, a zero byte
 * and the subject, cut to 20 bytes and written as 32 base32 letters. The label keeps these hashes
 * apart from the caller-id hashes made with the same key (those start with an account id, which
 * never reads {@code rate-limit}). The key is read on first use, after {@code ServerKeys} has it.
 */
public final class HmacBucketNameHash implements BucketNameHash {
  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] LABEL = "rate-limit".getBytes(StandardCharsets.UTF_8);
  private static final int BYTES = 20;

  private final Supplier<byte[]> key;
  private volatile SecretKeySpec spec;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  public HmacBucketNameHash(Supplier<byte[]> key) {
    this.key = key;
  }

  @Override
  public String hash(String subject) {
    var mac = macs.get();
    mac.update(LABEL);
    mac.update((byte) 0);
    var digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
    return Base32.encode(digest, 0, BYTES);
  }

  private Mac newMac() {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      var current = spec;
      if (current == null) {
        current = new SecretKeySpec(key.get(), ALGORITHM);
        spec = current;
      }
      mac.init(current);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
