package dev.masker.server.security;

import dev.masker.application.port.out.CallerIdHash;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.masking.token.Base32;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under the server's {@code MASKER_EXTERNAL_ID_KEY} of the account id and the caller's
 * id, cut to its first 20 bytes (160 bits) and written as {@code xid_} and 32 base32 letters. The
 * key is read on first use, after {@code ServerKeys} has loaded it.
 */
public final class HmacCallerIdHash implements CallerIdHash {
  private static final String ALGORITHM = "HmacSHA256";
  static final int BYTES = 20;

  private final Supplier<byte[]> key;
  private volatile SecretKeySpec spec;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  public HmacCallerIdHash(Supplier<byte[]> key) {
    this.key = key;
  }

  @Override
  public String hash(AccountId account, String callerId) {
    var mac = macs.get();
    mac.update(account.value().getBytes(StandardCharsets.UTF_8));
    // A separator no account id holds: account and id cannot run into each other.
    mac.update((byte) 0);
    var digest = mac.doFinal(callerId.getBytes(StandardCharsets.UTF_8));
    return PREFIX + Base32.encode(digest, 0, BYTES);
  }

  private Mac newMac() {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(spec());
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private SecretKeySpec spec() {
    var current = spec;
    if (current == null) {
      current = new SecretKeySpec(key.get(), ALGORITHM);
      spec = current;
    }
    return current;
  }
}
