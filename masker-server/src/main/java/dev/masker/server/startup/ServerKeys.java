package dev.masker.server.startup;

import dev.masker.application.port.out.KeyCatalog;
import dev.masker.domain.masking.token.KeyRing;
import dev.masker.server.ServerSettings;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The secret keys the server needs: the token key of the built-in policy, the audit-chain HMAC key,
 * the report-signing key and the key of caller-id hashes, each base64 of 32 random bytes.
 * Production sets them in the environment. Local mode generates missing ones once into {@code <data
 * dir>/keys.properties} (mode 0600) and warns loudly; with {@code MASKER_DEV=1} missing keys are
 * ephemeral. Otherwise a missing key stops the server from starting.
 */
@ApplicationScoped
public class ServerKeys implements KeyCatalog {
  /** The key of the hashes that stand for caller-supplied ids ({@code HmacCallerIdHash}). */
  public static final String EXTERNAL_ID_KEY = "MASKER_EXTERNAL_ID_KEY";

  public static final List<String> REQUIRED =
      List.of(
          "MASKER_KEY_K_HEALTHCARE",
          "MASKER_AUDIT_HMAC_KEY",
          "MASKER_REPORT_SIGNING_KEY",
          EXTERNAL_ID_KEY);
  private static final Logger LOG = Logger.getLogger(ServerKeys.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, byte[]> keys = new LinkedHashMap<>();
  private final Config config;
  private final boolean localMode;
  private final boolean dev;

  private final String dataDir;

  public ServerKeys(Config config, ServerSettings settings) {
    this.config = config;
    this.localMode = settings.localMode();
    this.dev = settings.dev();
    this.dataDir = settings.dataDir();
  }

  void onStart(@Observes @Priority(1) StartupEvent start) {
    provide(REQUIRED, true);
  }

  /**
   * Whether the token key of {@code kid} ({@code MASKER_KEY_<KID>}) is available: set in the
   * environment, or — in local and dev mode — made now as the required keys are.
   */
  @Override
  public synchronized boolean hasKey(String kid) {
    var name = "MASKER_KEY_" + kid;
    if (!keys.containsKey(name)) {
      provide(List.of(name), false);
    }
    return keys.containsKey(name);
  }

  /** The key of {@code kid} and, during a rotation, its {@code MASKER_KEY_<KID>_OLD}. */
  @Override
  public KeyRing keyRing(String kid) {
    if (!hasKey(kid)) {
      throw new IllegalStateException("no key for kid " + kid);
    }
    var ring = KeyRing.builder().key(kid, key("MASKER_KEY_" + kid));
    var old = configured(config, "MASKER_KEY_" + kid + "_OLD");
    if (old != null) {
      ring.oldKey(kid, decode("MASKER_KEY_" + kid + "_OLD", old));
    }
    return ring.build();
  }

  private synchronized void provide(List<String> names, boolean required) {
    var missing = names.stream().filter(name -> configured(config, name) == null).toList();
    for (var name : names) {
      var value = configured(config, name);
      if (value != null) {
        keys.put(name, decode(name, value));
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    if (localMode) {
      var file = Path.of(dataDir).resolve(KeysFile.NAME);
      var stored =
          KeysFile.withEntries(file, missing, () -> Base64.getEncoder().encodeToString(random()));
      missing.forEach(name -> keys.put(name, decode(name, stored.getProperty(name))));
      LOG.warnf(
          "LOCAL MODE: keys %s are read from %s, generated on first start. Anyone who can read"
              + " that file can unmask tokens and forge reports. Production must set them in the"
              + " environment.",
          missing, file);
    } else if (dev) {
      missing.forEach(name -> keys.put(name, random()));
      LOG.warnf(
          "MASKER_DEV=1: keys %s are EPHEMERAL; tokens and reports die with this process.",
          missing);
    } else if (required) {
      throw new IllegalStateException(
          "Missing keys "
              + missing
              + ": set each to base64 of 32 random bytes (openssl rand"
              + " -base64 32), or set MASKER_DEV=1 for throwaway keys");
    }
  }

  /** The key of that name (for example {@code MASKER_KEY_K_HEALTHCARE}). */
  public byte[] key(String name) {
    var key = keys.get(name);
    if (key == null) {
      throw new IllegalStateException("no key " + name);
    }
    return key.clone();
  }

  private static String configured(Config config, String name) {
    return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).orElse(null);
  }

  private static byte[] decode(String name, String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(name + " is not base64");
    }
    if (key.length != 32) {
      throw new IllegalStateException(name + " must be 32 bytes, base64-encoded");
    }
    return key;
  }

  private static byte[] random() {
    var key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }
}
