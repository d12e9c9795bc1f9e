package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import org.junit.jupiter.api.Test;

/** Values written one after the other, separated by a single space, are each found. */
class AdjacentValuesTest {
  private final RegexPass pass = new RegexPass();

  @Test
  void two_phone_numbers_in_a_row_are_two_phones() {
    assertThat(pass.find("415-555-0123 415-555-0199"))
        .extracting(Detection::kind, Detection::start)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(EntityKind.PHONE, 0),
            org.assertj.core.groups.Tuple.tuple(EntityKind.PHONE, 13));
  }

  @Test
  void an_ssn_followed_by_a_phone_is_both() {
    assertThat(pass.find("123-45-6789 415-555-0123"))
        .extracting(Detection::kind)
        .containsExactlyInAnyOrder(EntityKind.SSN, EntityKind.PHONE);
  }

  @Test
  void space_separated_groups_that_run_on_into_more_digits_are_not_a_phone() {
    assertThat(pass.find("reference 415 555 0123 4567 8"))
        .extracting(Detection::kind)
        .doesNotContain(EntityKind.PHONE);
  }
}
