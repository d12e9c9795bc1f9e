package dev.masker.testkit;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Maskers for tests: a fixed, public test key (never use it for real data) and an in-memory vault,
 * so a test needs no configuration and two runs give the same tokens.
 */
public final class TestMasker {
  private static final byte[] KEY = sha256("masker-testkit: a fixed key for tests, never for data");

  private TestMasker() {}

  /** A new masker with the built-in healthcare policy: its own vault, no session known yet. */
  public static Masker create() {
    return create(Policy.healthcareDefault());
  }

  /** A new masker with {@code policy}, keyed with {@link #key()} under the policy's kid. */
  public static Masker create(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    return Masker.builder().policy(policy).key(policy.kid(), key()).build();
  }

  /** The fixed test key: 32 bytes, the same in every run (a copy). */
  public static byte[] key() {
    return KEY.clone();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
