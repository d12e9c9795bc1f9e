package dev.masker.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretTest {
  @Test
  void a_generated_secret_is_256_random_bits_in_base64url_after_its_prefix() {
    var secret = Secret.generate("mpk_");

    assertThat(secret.value()).startsWith("mpk_");
    var body = secret.value().substring("mpk_".length());
    assertThat(body).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(Base64.getUrlDecoder().decode(body)).hasSize(32);
  }

  @Test
  void two_generated_secrets_differ() {
    assertThat(Secret.generate("").value()).isNotEqualTo(Secret.generate("").value());
  }

  @Test
  void the_digest_is_the_lower_case_sha256_of_the_value() {
    var secret = new Secret("abc");

    assertThat(secret.digest())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void a_secret_recognises_its_own_stored_digest_only() {
    var secret = Secret.generate("mpk_");
    var other = Secret.generate("mpk_");

    assertThat(secret.hasDigest(secret.digest())).isTrue();
    assertThat(new Secret(secret.value()).hasDigest(secret.digest())).isTrue();
    assertThat(secret.hasDigest(other.digest())).isFalse();
    assertThat(secret.hasDigest(secret.value())).isFalse();
    assertThat(secret.hasDigest("")).isFalse();
    assertThat(secret.hasDigest(null)).isFalse();
  }

  @Test
  void the_digest_does_not_reveal_the_secret() {
    var secret = Secret.generate("mpk_");

    assertThat(secret.digest()).hasSize(64).doesNotContain(secret.value().substring(4));
  }

  @Test
  void printing_a_secret_hides_its_value() {
    var secret = Secret.generate("mpk_");

    assertThat(secret.toString()).isEqualTo("Secret[***]").doesNotContain(secret.value());
    assertThat(String.valueOf(java.util.List.of(secret))).doesNotContain(secret.value());
  }

  @Test
  void an_empty_secret_is_refused() {
    assertThatThrownBy(() -> new Secret(" "))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("secret"));
    assertThatThrownBy(() -> new Secret(null)).isInstanceOf(InvalidValue.class);
  }
}
