package dev.masker.adapters.persistence;

import dev.masker.domain.audit.ChainKey;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;

/** The audit key of the database tests, as the server's wiring gives one from its keys. */
@Singleton
public class TestChainKey {
  public static final byte[] BYTES = bytes();
  public static final ChainKey KEY = new ChainKey(BYTES);

  private static byte[] bytes() {
    var bytes = new byte[32];
    Arrays.fill(bytes, (byte) 0x5a);
    return bytes;
  }

  @Produces
  @Singleton
  ChainKey chainKey() {
    return KEY;
  }
}
