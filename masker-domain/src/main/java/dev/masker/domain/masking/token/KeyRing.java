package dev.masker.domain.masking.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token keys by kid: a current 32-byte key and, during a rotation, the old one ({@code _OLD}).
 * New tokens use the current key; rehydration tries the current key, then the old one. Immutable
 * and thread-safe. Keys never appear in {@link #toString()} or in an exception.
 */
public final class KeyRing {
  private static final ThreadLocal<Mac> HMAC_SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Mac.getInstance("HmacSHA256");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
          });

  public static final int KEY_LENGTH = 32;
  private static final String PREFIX = "MASKER_KEY_";
  private static final String OLD_SUFFIX = "_OLD";

  private final Map<String, byte[]> current;
  private final Map<String, byte[]> old;

  private KeyRing(Map<String, byte[]> current, Map<String, byte[]> old) {
    this.current = Map.copyOf(current);
    this.old = Map.copyOf(old);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The keys named by {@code MASKER_KEY_<KID>} (base64 of 32 bytes) and {@code
   * MASKER_KEY_<KID>_OLD}. A kid that ends in {@code _OLD} itself is read as the old key of the
   * shorter kid when that one is present.
   *
   * @throws IllegalArgumentException naming the variable (never its value) when a value is not
   *     base64 of exactly 32 bytes, or an old key has no current one
   */
  public static KeyRing fromEnvironment(Map<String, String> environment) {
    var builder = builder();
    var names = new TreeSet<String>();
    for (var name : environment.keySet()) {
      if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
        names.add(name);
      }
    }
    for (var name : names) {
      var kid = name.substring(PREFIX.length());
      boolean isOld =
          kid.endsWith(OLD_SUFFIX) && names.contains(name.substring(0, name.length() - 4));
      if (isOld) {
        continue;
      }
      if (!Token.isKid(kid)) {
        throw new IllegalArgumentException(name + " does not name a kid ([A-Z][A-Z0-9_]*)");
      }
      builder.key(kid, decode(name, environment.get(name)));
      var oldName = name + OLD_SUFFIX;
      if (environment.containsKey(oldName)) {
        builder.oldKey(kid, decode(oldName, environment.get(oldName)));
      }
    }
    return builder.build();
  }

  private static byte[] decode(String name, String value) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(value == null ? "" : value.trim());
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException(name + " is not base64 (of 32 random bytes)");
    }
    if (key.length != KEY_LENGTH) {
      throw new IllegalArgumentException(
          name + " must be base64 of 32 bytes, but decodes to " + key.length + " bytes");
    }
    return key;
  }

  /** Whether a current key exists for the kid. */
  public boolean has(String kid) {
    return current.containsKey(kid);
  }

  /** The kids with a current key. */
  public Set<String> kids() {
    return new TreeSet<>(current.keySet());
  }

  /** A copy of the kid's current key. */
  public Optional<byte[]> current(String kid) {
    var key = current.get(kid);
    return key == null ? Optional.empty() : Optional.of(key.clone());
  }

  /** Copies of the keys to try for the kid: the current one first, then the old one. */
  public List<byte[]> candidates(String kid) {
    var keys = new ArrayList<byte[]>(2);
    var key = current.get(kid);
    if (key != null) {
      keys.add(key.clone());
    }
    var oldKey = old.get(kid);
    if (oldKey != null) {
      keys.add(oldKey.clone());
    }
    return keys;
  }

  /** The kid's current key, for code that must have one. */
  public byte[] require(String kid) {
    var key = current.get(kid);
    if (key == null) {
      throw new IllegalStateException("no key for kid " + kid);
    }
    return key.clone();
  }

  /** This ring without the old keys: the end of a rotation. */
  public KeyRing withoutOldKeys() {
    return new KeyRing(current, Map.of());
  }

  /** HMAC-SHA256 of the parts, each followed by 0x00 except the last. */
  public static byte[] hmac(byte[] key, String... parts) {
    try {
      // One Mac per thread, keyed anew each call: finding the provider's implementation costs more
      // than the HMAC of a short value.
      var mac = HMAC_SHA256.get();
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          mac.update((byte) 0);
        }
        mac.update(parts[i].getBytes(StandardCharsets.UTF_8));
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "KeyRing[kids=" + kids() + ", rotating=" + new TreeSet<>(old.keySet()) + "]";
  }

  /** Collects keys; each must be 32 bytes, and an old key needs a current one. */
  public static final class Builder {
    private final Map<String, byte[]> current = new LinkedHashMap<>();
    private final Map<String, byte[]> old = new LinkedHashMap<>();

    private Builder() {}

    public Builder key(String kid, byte[] key) {
      current.put(checkKid(kid), checkKey(kid, key));
      return this;
    }

    public Builder oldKey(String kid, byte[] key) {
      old.put(checkKid(kid), checkKey(kid, key));
      return this;
    }

    public KeyRing build() {
      for (var kid : old.keySet()) {
        if (!current.containsKey(kid)) {
          throw new IllegalArgumentException("old key for kid " + kid + " without a current key");
        }
      }
      return new KeyRing(current, old);
    }

    private static String checkKid(String kid) {
      if (!Token.isKid(kid)) {
        throw new IllegalArgumentException("a kid matches [A-Z][A-Z0-9_]*");
      }
      return kid;
    }

    private static byte[] checkKey(String kid, byte[] key) {
      if (key == null || key.length != KEY_LENGTH) {
        throw new IllegalArgumentException("the key of kid " + kid + " must have 32 bytes");
      }
      return key.clone();
    }
  }
}
