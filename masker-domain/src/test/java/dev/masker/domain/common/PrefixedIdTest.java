package dev.masker.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrefixedIdTest {
  private static final String ULID = "01HYZ3N5V8K2M4P6Q8R0S2T4V6";

  @Test
  void a_prefix_followed_by_an_upper_case_ulid_is_an_id() {
    assertThat(PrefixedId.matches("agt_", "agt_" + ULID)).isTrue();
    assertThat(PrefixedId.require("agent_id", "agt_", "agt_" + ULID)).isEqualTo("agt_" + ULID);
  }

  @Test
  void the_largest_ulid_is_accepted_and_one_beyond_it_is_not() {
    assertThat(PrefixedId.matches("agt_", "agt_7ZZZZZZZZZZZZZZZZZZZZZZZZZ")).isTrue();
    assertThat(PrefixedId.matches("agt_", "agt_8ZZZZZZZZZZZZZZZZZZZZZZZZZ")).isFalse();
    assertThat(PrefixedId.matches("agt_", "agt_Z0000000000000000000000000")).isFalse();
  }

  @Test
  void an_id_of_another_type_is_not_an_id_of_this_type() {
    assertThat(PrefixedId.matches("agt_", "usr_" + ULID)).isFalse();
    assertThat(PrefixedId.matches("agt_", "AGT_" + ULID)).isFalse();
    assertThat(PrefixedId.matches("agt_", "agt-" + ULID)).isFalse();
    assertThat(PrefixedId.matches("agt_", ULID)).isFalse();
  }

  @Test
  void a_lower_case_ulid_is_refused() {
    assertThat(PrefixedId.matches("agt_", "agt_" + ULID.toLowerCase())).isFalse();
    assertThat(PrefixedId.matches("agt_", "agt_01HYZ3N5V8K2M4P6Q8R0S2T4v6")).isFalse();
  }

  @Test
  void an_id_one_character_too_short_or_too_long_is_refused() {
    assertThat(PrefixedId.matches("agt_", "agt_" + ULID.substring(1))).isFalse();
    assertThat(PrefixedId.matches("agt_", "agt_" + ULID + "0")).isFalse();
    assertThat(PrefixedId.matches("agt_", "agt_")).isFalse();
    assertThat(PrefixedId.matches("agt_", "")).isFalse();
    assertThat(PrefixedId.matches("agt_", null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"I", "L", "O", "U", "-", "_", " ", "é"})
  void letters_outside_crockford_base32_are_refused(String letter) {
    var id = "agt_" + ULID.substring(0, 10) + letter + ULID.substring(11);

    assertThat(id).hasSize(ULID.length() + 4);
    assertThat(PrefixedId.matches("agt_", id)).isFalse();
  }

  @Test
  void require_names_the_field_and_the_prefix_but_not_the_value() {
    var malformed = "agt_JANEDOE1970";

    assertThatThrownBy(() -> PrefixedId.require("agent_id", "agt_", malformed))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("agent_id");
              assertThat(e.issue()).isEqualTo("must be an id starting with agt_");
              assertThat(e.getMessage()).doesNotContain(malformed);
            });
  }
}
