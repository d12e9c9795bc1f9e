package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Every written form of one value must give one canonical form, so one token. */
class CanonicalFormProperties {
  private final PhoneRecognizer phones = new PhoneRecognizer();
  private final DateRecognizer dates = new DateRecognizer();

  @Property
  void every_usual_way_to_write_a_us_phone_number_gives_the_same_digits(
      @ForAll @IntRange(min = 200, max = 999) int area,
      @ForAll @IntRange(min = 200, max = 999) int exchange,
      @ForAll @IntRange(min = 0, max = 9999) int line) {
    if (area % 100 == 11) {
      return; // N11 codes are services, not area codes
    }
    String a = String.valueOf(area);
    String e = String.valueOf(exchange);
    String l = String.format("%04d", line);
    String expected = a + e + l;
    for (String written :
        new String[] {
          "(" + a + ") " + e + "-" + l,
          a + "-" + e + "-" + l,
          a + "." + e + "." + l,
          "+1 " + a + " " + e + " " + l,
          "1-" + a + "-" + e + "-" + l,
          "call " + a + ", " + e + ", " + l
        }) {
      assertThat(phones.find(written))
          .as("phone written one way")
          .singleElement()
          .satisfies(d -> assertThat(d.canonical()).isEqualTo(expected));
    }
  }

  @Property
  void numeric_and_written_forms_of_one_day_give_one_iso_date(
      @ForAll @IntRange(min = 1900, max = 2025) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day) {
    String iso = String.format("%04d-%02d-%02d", year, month, day);
    String[] names = {
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December"
    };
    for (String written :
        new String[] {
          month + "/" + day + "/" + year,
          iso,
          names[month - 1] + " " + day + ", " + year,
          day + " " + names[month - 1] + " " + year
        }) {
      assertThat(dates.find(written))
          .as("date written one way")
          .singleElement()
          .satisfies(d -> assertThat(d.canonical()).isEqualTo(iso));
    }
  }

  @Property
  void appending_the_luhn_check_digit_always_validates(
      @ForAll @NumericChars @StringLength(min = 1, max = 18) String payload) {
    int check = 0;
    for (int digit = 0; digit <= 9; digit++) {
      if (Luhn.isValid(payload + digit)) {
        check++;
      }
    }
    assertThat(check).as("exactly one check digit fits").isEqualTo(1);
  }
}
