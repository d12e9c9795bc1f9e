package dev.masker.application.port.in;

import java.util.Objects;

public interface GetReportPublicKeyUseCase {
  /** The public half of the key that signs reports. */
  PublicKey publicKey();

  /**
   * The key as auditors take it.
   *
   * @param keyId the {@code key_id} of the reports it verifies (RFC 7638 thumbprint)
   * @param pem the SubjectPublicKeyInfo as PEM
   * @param jwkX the raw key, base64url without padding, a JWK's {@code x}
   */
  record PublicKey(String keyId, String pem, String jwkX) {
    public PublicKey {
      Objects.requireNonNull(keyId, "keyId");
      Objects.requireNonNull(pem, "pem");
      Objects.requireNonNull(jwkX, "jwkX");
    }
  }
}
