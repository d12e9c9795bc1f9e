package dev.masker.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ReportSigningKeyTest {
  // RFC 8032 §7.1, test 1.
  private static final byte[] SEED =
      HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  private static final String PUBLIC =
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
  private static final String EMPTY_MESSAGE_SIGNATURE =
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
          + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

  private final ReportSigningKey key = ReportSigningKey.fromSeed(SEED);

  @Test
  void the_rfc_8032_seed_gives_its_public_key_and_signature() {
    assertThat(HexFormat.of().formatHex(key.publicKey())).isEqualTo(PUBLIC);
    assertThat(HexFormat.of().formatHex(key.sign(new byte[0]))).isEqualTo(EMPTY_MESSAGE_SIGNATURE);
  }

  @Test
  void the_pem_is_a_public_key_the_jdk_reads_and_verifies_with() throws Exception {
    var message = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    var pem = key.publicKeyPem();
    var der =
        Base64.getMimeDecoder()
            .decode(
                pem.replace("-----BEGIN PUBLIC KEY-----", "")
                    .replace("-----END PUBLIC KEY-----", ""));
    var publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    var verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(publicKey);
    verifier.update(message);

    assertThat(pem)
        .startsWith("-----BEGIN PUBLIC KEY-----\n")
        .endsWith("-----END PUBLIC KEY-----\n");
    assertThat(verifier.verify(key.sign(message))).isTrue();
  }

  @Test
  void the_key_id_is_the_rfc_7638_thumbprint_of_the_jwk() throws Exception {
    var jwk = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + key.jwkX() + "\"}";
    var digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(jwk.getBytes(StandardCharsets.UTF_8));

    assertThat(key.jwkX()).isEqualTo("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");
    assertThat(key.keyId())
        .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
  }

  @Test
  void a_changed_message_does_not_verify() {
    var sig = key.sign("report".getBytes(StandardCharsets.UTF_8));

    assertThat(key.verifies("report".getBytes(StandardCharsets.UTF_8), sig)).isTrue();
    assertThat(key.verifies("Report".getBytes(StandardCharsets.UTF_8), sig)).isFalse();
  }

  @Test
  void a_seed_is_32_bytes_and_never_printed() {
    assertThatThrownBy(() -> ReportSigningKey.fromSeed(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(key.toString()).doesNotContain("9d61").contains(key.keyId());
  }
}
