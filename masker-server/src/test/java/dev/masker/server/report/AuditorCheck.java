package dev.masker.server.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an auditor does with a report and the public key, with the JDK and a JSON library only (no
 * Masker code): recompute the canonical JSON, verify the Ed25519 signature, recompute the RFC 6962
 * Merkle root.
 */
final class AuditorCheck {
  private static final ObjectMapper SORTED =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private AuditorCheck() {}

  /** The report object of {@code {"report": {...}}}, in the order it was served. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> report(String body) throws Exception {
    var whole = SORTED.readValue(body, LinkedHashMap.class);
    return (Map<String, Object>) whole.get("report");
  }

  /** Keys sorted at every depth, no whitespace, UTF-8: the bytes the signature covers. */
  static byte[] canonicalWithoutSignature(Map<String, Object> report) throws Exception {
    var copy = new LinkedHashMap<>(report);
    copy.remove("signature");
    return SORTED.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8);
  }

  /** Whether the report's {@code signature.sig} verifies under {@code key}. */
  @SuppressWarnings("unchecked")
  static boolean verifies(Map<String, Object> report, PublicKey key) throws Exception {
    var signature = (Map<String, Object>) report.get("signature");
    var verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(canonicalWithoutSignature(report));
    return verifier.verify(Base64.getDecoder().decode((String) signature.get("sig")));
  }

  /** The key of a PEM {@code PUBLIC KEY} (SubjectPublicKeyInfo). */
  static PublicKey fromPem(String pem) throws Exception {
    var base64 =
        pem.replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }

  /**
   * The key of a JWK's {@code x} (RFC 8037): the encoded point, little-endian y with the sign of x
   * in its top bit (RFC 8032 §5.1.2).
   */
  static PublicKey fromJwkX(String x) throws Exception {
    var encoded = Base64.getUrlDecoder().decode(x);
    boolean xOdd = (encoded[31] & 0x80) != 0;
    var bigEndian = new byte[32];
    for (int i = 0; i < 32; i++) {
      bigEndian[i] = encoded[31 - i];
    }
    bigEndian[0] &= 0x7f;
    var point = new EdECPoint(xOdd, new BigInteger(1, bigEndian));
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
  }

  /**
   * RFC 6962 §2.1: leaves SHA-256(0x00 ‖ h), nodes SHA-256(0x01 ‖ l ‖ r), split at a power of 2.
   */
  static String merkleRoot(List<byte[]> hashes) throws Exception {
    return HexFormat.of().formatHex(tree(hashes));
  }

  private static byte[] tree(List<byte[]> hashes) throws Exception {
    var digest = MessageDigest.getInstance("SHA-256");
    if (hashes.isEmpty()) {
      return digest.digest();
    }
    if (hashes.size() == 1) {
      digest.update((byte) 0);
      return digest.digest(hashes.get(0));
    }
    int k = 1;
    while (k * 2 < hashes.size()) {
      k *= 2;
    }
    digest.update((byte) 1);
    digest.update(tree(hashes.subList(0, k)));
    return digest.digest(tree(hashes.subList(k, hashes.size())));
  }
}
