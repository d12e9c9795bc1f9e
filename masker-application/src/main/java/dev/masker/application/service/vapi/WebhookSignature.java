package dev.masker.application.service.vapi;

import dev.masker.domain.common.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The credentials a webhook call may carry (SPEC §7): {@code X-Vapi-Signature}, the hex HMAC-SHA256
 * of the raw body under a webhook secret (an optional {@code sha256=} before it is allowed), and
 * {@code X-Vapi-Secret}, the secret itself. Every credential the call carries must match one of the
 * accepted secrets; each comparison takes the same time whatever it compares ({@link
 * MessageDigest#isEqual} over equal-length digests).
 */
final class WebhookSignature {
  private static final String HMAC = "HmacSHA256";
  private static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  /** Whether the call carries any credential at all. */
  static boolean present(Optional<String> signature, Optional<String> sharedSecret) {
    return signature.isPresent() || sharedSecret.isPresent();
  }

  /**
   * Whether every credential given is right for one of {@code accepted}; false when none is given.
   */
  static boolean verifies(
      byte[] body,
      Optional<String> signature,
      Optional<String> sharedSecret,
      List<Secret> accepted) {
    if (!present(signature, sharedSecret)) {
      return false;
    }
    if (signature.isPresent() && !signatureMatches(body, signature.get(), accepted)) {
      return false;
    }
    return sharedSecret.isEmpty() || secretMatches(sharedSecret.get(), accepted);
  }

  private static boolean signatureMatches(byte[] body, String header, List<Secret> accepted) {
    var hex = header.strip();
    if (hex.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      hex = hex.substring(PREFIX.length());
    }
    byte[] presented;
    try {
      presented = HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    boolean matched = false;
    for (var secret : accepted) {
      // No early exit: the time taken does not tell which secret matched.
      matched |= MessageDigest.isEqual(hmac(secret, body), presented);
    }
    return matched;
  }

  private static boolean secretMatches(String header, List<Secret> accepted) {
    var presented = sha256(header.strip());
    boolean matched = false;
    for (var secret : accepted) {
      matched |= MessageDigest.isEqual(sha256(secret.value()), presented);
    }
    return matched;
  }

  /** HMAC-SHA256 of {@code body} under the secret's UTF-8 bytes, as Vapi signs. */
  static byte[] hmac(Secret secret, byte[] body) {
    try {
      var mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), HMAC));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
