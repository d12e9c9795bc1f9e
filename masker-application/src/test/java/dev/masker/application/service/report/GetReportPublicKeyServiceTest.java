package dev.masker.application.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.audit.ReportSigningKey;
import org.junit.jupiter.api.Test;

class GetReportPublicKeyServiceTest {
  @Test
  void the_public_key_is_the_signing_key_s_in_both_forms_and_never_the_seed() {
    var seed = new byte[32];
    seed[0] = 42;
    var key = ReportSigningKey.fromSeed(seed);

    var shown = new GetReportPublicKeyService(() -> key).publicKey();

    assertThat(shown.keyId()).isEqualTo(key.keyId());
    assertThat(shown.pem()).isEqualTo(key.publicKeyPem());
    assertThat(shown.jwkX()).isEqualTo(key.jwkX()).hasSize(43);
    assertThat(shown.toString()).doesNotContain("KgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  }
}
