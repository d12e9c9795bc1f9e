package dev.masker.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * The Ed25519 key that signs reports (SPEC §8), made from a 32-byte seed ({@code
 * MASKER_REPORT_SIGNING_KEY}, RFC 8032's private key). Signing uses the JDK; the public key is
 * derived from the seed with BouncyCastle, since the JDK has no way to do that. The key id is the
 * RFC 7638 thumbprint of the public key as a JWK, so anyone holding the public key can recompute
 * it.
 */
public final class ReportSigningKey {
  /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the 32 key bytes. */
  private static final byte[] SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private static final int SEED_BYTES = 32;

  private final PrivateKey privateKey;
  private final byte[] publicKey;
  private final String keyId;

  private ReportSigningKey(PrivateKey privateKey, byte[] publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.keyId = thumbprint(publicKey);
  }

  /**
   * The key of that seed.
   *
   * @throws IllegalArgumentException when the seed is not 32 bytes
   */
  public static ReportSigningKey fromSeed(byte[] seed) {
    if (seed == null || seed.length != SEED_BYTES) {
      throw new IllegalArgumentException("an Ed25519 seed is 32 bytes");
    }
    try {
      var privateKey =
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
      var publicKey = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
      return new ReportSigningKey(privateKey, publicKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
    }
  }

  /** The Ed25519 signature (64 bytes) of {@code message}. */
  public byte[] sign(byte[] message) {
    try {
      var signature = Signature.getInstance("Ed25519");
      signature.initSign(privateKey);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /** Whether {@code sig} is this key's signature of {@code message}. */
  public boolean verifies(byte[] message, byte[] sig) {
    try {
      var signature = Signature.getInstance("Ed25519");
      signature.initVerify(javaPublicKey());
      signature.update(message);
      return signature.verify(sig);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** The RFC 7638 thumbprint of the public key's JWK, base64url without padding (43 chars). */
  public String keyId() {
    return keyId;
  }

  /** The raw public key, 32 bytes (RFC 8032). */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** The public key as a JWK's {@code x}: base64url of the raw key, no padding (RFC 8037). */
  public String jwkX() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(publicKey);
  }

  /** The public key's SubjectPublicKeyInfo (RFC 8410), DER. */
  public byte[] subjectPublicKeyInfo() {
    var der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + publicKey.length);
    System.arraycopy(publicKey, 0, der, SPKI_PREFIX.length, publicKey.length);
    return der;
  }

  /** The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}), lines ending in {@code \n}. */
  public String publicKeyPem() {
    var body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(subjectPublicKeyInfo());
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }

  private PublicKey javaPublicKey() throws GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo()));
  }

  private static String thumbprint(byte[] publicKey) {
    var x = Base64.getUrlEncoder().withoutPadding().encodeToString(publicKey);
    var members = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + x + "\"}";
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Never the key. */
  @Override
  public String toString() {
    return "ReportSigningKey[" + keyId + "]";
  }
}
