package dev.masker.domain.masking.known;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A known birth date recurs in the orders and spellings records and forms write it in. */
class BirthDateFormsTest {

  @Test
  void the_digits_in_three_orders_with_a_four_or_two_digit_year_and_the_month_by_name() {
    assertThat(ValueForms.birthDateOrders("1947", "03", "09"))
        .contains(
            "19470309",
            "09031947",
            "03091947",
            "470309",
            "090347",
            "030947",
            "9mar47",
            "09mar1947",
            "march91947",
            "mar947")
        .doesNotHaveDuplicates();
  }

  @Test
  void a_two_digit_day_has_no_shorter_form() {
    assertThat(ValueForms.birthDateOrders("1961", "12", "24"))
        .contains("24dec61", "december241961")
        .noneMatch(form -> form.startsWith("4dec"));
  }
}
