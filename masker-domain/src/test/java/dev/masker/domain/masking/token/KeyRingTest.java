package dev.masker.domain.masking.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRingTest {
  private static String b64(int fill, int length) {
    var key = new byte[length];
    java.util.Arrays.fill(key, (byte) fill);
    return Base64.getEncoder().encodeToString(key);
  }

  @Test
  void keys_and_old_keys_come_from_the_environment() {
    var ring =
        KeyRing.fromEnvironment(
            Map.of(
                "MASKER_KEY_K_HEALTHCARE", b64(1, 32),
                "MASKER_KEY_K_HEALTHCARE_OLD", b64(2, 32),
                "PATH", "/bin"));
    assertThat(ring.kids()).containsExactly("K_HEALTHCARE");
    assertThat(ring.candidates("K_HEALTHCARE")).hasSize(2);
    assertThat(ring.candidates("K_HEALTHCARE").get(0)[0]).isEqualTo((byte) 1);
    assertThat(ring.withoutOldKeys().candidates("K_HEALTHCARE")).hasSize(1);
  }

  @Test
  void a_key_of_the_wrong_length_is_refused_naming_the_variable_but_not_the_value() {
    var value = b64(7, 16);
    assertThatThrownBy(() -> KeyRing.fromEnvironment(Map.of("MASKER_KEY_K1", value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MASKER_KEY_K1")
        .hasMessageNotContaining(value);
    assertThatThrownBy(() -> KeyRing.fromEnvironment(Map.of("MASKER_KEY_K1", "not base64!")))
        .hasMessageContaining("MASKER_KEY_K1")
        .hasMessageNotContaining("not base64!");
  }

  @Test
  void keys_never_show_in_to_string() {
    var ring = KeyRing.builder().key("K1", new byte[32]).oldKey("K1", new byte[32]).build();
    assertThat(ring.toString()).contains("K1").doesNotContain("AAAA");
  }

  @Test
  void an_old_key_without_a_current_one_is_refused() {
    assertThatThrownBy(() -> KeyRing.builder().oldKey("K1", new byte[32]).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void normalisation_makes_written_and_spoken_forms_alike() {
    var phone = Normalizer.forKind(dev.masker.domain.masking.EntityKind.PHONE);
    assertThat(phone.apply("(415) 555-2671")).isEqualTo(phone.apply("4155552671"));
    var name = Normalizer.forKind(dev.masker.domain.masking.EntityKind.NAME);
    assertThat(name.apply("  Jane\t  DOE ")).isEqualTo("jane doe");
    var iban = Normalizer.forKind(dev.masker.domain.masking.EntityKind.IBAN);
    assertThat(iban.apply("gb82 west-1234")).isEqualTo("GB82WEST1234");
    assertThat(Normalizer.forKind(dev.masker.domain.masking.EntityKind.MRN).apply("ab-123"))
        .isEqualTo("AB123");
  }
}
