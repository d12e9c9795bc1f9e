package dev.masker.domain.masking.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizationTest {
  @Test
  void the_wire_names_are_those_of_the_spec() {
    assertThat(Arrays.stream(Tokenization.values()).map(Tokenization::wireName))
        .containsExactly("vault-deterministic", "reversible-aead", "synthetic");
  }

  @ParameterizedTest
  @EnumSource(Tokenization.class)
  void every_tokenization_is_read_back_from_its_wire_name(Tokenization tokenization) {
    assertThat(Tokenization.fromWireName(tokenization.wireName())).isEqualTo(tokenization);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "VAULT-DETERMINISTIC",
        "vault_deterministic",
        "VAULT_DETERMINISTIC",
        "aead",
        " synthetic"
      })
  void anything_but_a_wire_name_is_refused(String name) {
    assertThatThrownBy(() -> Tokenization.fromWireName(name))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("tokenization");
              assertThat(e.issue())
                  .isEqualTo("must be vault-deterministic, reversible-aead or synthetic");
            });
  }
}
