package dev.masker.domain.masking.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlacesAfterAddressesTest {
  private static final Masker MASKER =
      Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", new byte[32]).build();

  private static String towns(String text) {
    return MASKER.detect(text).stream()
        .filter(d -> d.kind() == EntityKind.LOCATION)
        .map(d -> text.substring(d.start(), d.end()))
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the office is at seven seven zero eight ivanhoe court in elmstead thanks | elmstead",
        "it's forty three ninety two tannery avenue in cedar hollow please | cedar hollow",
        "he lives on eighty nine oh four alder road in new harlow 40 six eight 6 | new harlow",
        "she lives at 55 Birch Lane, in Port Ellery, and she's fine | Port Ellery"
      })
  void the_words_after_in_following_an_address_are_its_town(String text, String town) {
    assertThat(towns(text)).isEqualTo(town);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "we live at 1234 oak street in the back of the building",
        "we moved to 1234 oak street in june",
        "drop it at 1234 oak street in two weeks",
        "come to 1234 oak street in person"
      })
  void ordinary_words_after_in_are_no_town(String text) {
    assertThat(towns(text)).isEmpty();
  }
}
