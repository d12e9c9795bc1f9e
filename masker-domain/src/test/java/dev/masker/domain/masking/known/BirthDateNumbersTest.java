package dev.masker.domain.masking.known;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A birth date said as numbers without leading zeros (ADR 26). */
class BirthDateNumbersTest {
  @Test
  void the_month_and_day_without_their_zero_are_forms_when_five_digits_remain() {
    assertThat(ValueForms.birthDateOrders("1974", "08", "23"))
        .contains("82374", "8231974", "23874", "2381974", "082374", "19740823");
    assertThat(ValueForms.birthDateOrders("1982", "03", "03"))
        .as("one part bare and the other padded is no way to say a date")
        .contains("331982")
        .doesNotContain("0331982", "3031982", "03382", "30382");
    assertThat(ValueForms.birthDateOrders("1974", "01", "02"))
        .contains("121974", "211974")
        .doesNotContain("1274", "2174");
  }
}
