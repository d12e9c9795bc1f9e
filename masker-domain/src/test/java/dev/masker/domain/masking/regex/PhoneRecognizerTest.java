package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// Numbers are from the 555-01xx range reserved for fiction, the UK Ofcom drama range (020 7946
// 0xxx) and toll-free 800-555-0199.
class PhoneRecognizerTest {
  private final PhoneRecognizer recognizer = new PhoneRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          call me at (415) 555-0123 please         | (415) 555-0123        | 4155550123
          it's 415-555-0123.                       | 415-555-0123          | 4155550123
          try 415.555.0123                         | 415.555.0123          | 4155550123
          my number is 415 555 0123                | 415 555 0123          | 4155550123
          reach me on +1 415 555 0123              | +1 415 555 0123       | 4155550123
          dial 1-800-555-0199 now                  | 1-800-555-0199        | 8005550199
          the office is +44 20 7946 0958           | +44 20 7946 0958      | 442079460958
          desk: 415-555-0123 ext. 45               | 415-555-0123 ext. 45  | 4155550123x45
          desk: (415) 555-0123 x123                | (415) 555-0123 x123   | 4155550123x123
          my number is 415. 555. 0123.             | 415. 555. 0123        | 4155550123
          you can reach me at 415, 555, 0123       | 415, 555, 0123        | 4155550123
          call me at 415...555...0123              | 415...555...0123      | 4155550123
          call me at 415... 555... 0123            | 415... 555... 0123    | 4155550123
          my cell is 4155550123                    | 4155550123            | 4155550123
          """)
  void a_written_phone_number_is_found_with_its_digits_as_canonical(
      String text, String span, String canonical) {
    var found = Found.only(recognizer, text);

    assertThat(found.kind()).isEqualTo(EntityKind.PHONE);
    assertThat(found.pass()).isEqualTo(Pass.REGEX);
    assertThat(text.substring(found.start(), found.end())).isEqualTo(span);
    assertThat(found.canonical()).isEqualTo(canonical);
    assertThat(found.confidence()).isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void a_number_with_its_dashes_in_a_record_s_cell_after_a_comma_is_a_phone_number() {
    var text = "59317246,Ravensholt,Corisande,1957-03-14,307-555-0172";
    var found = Found.only(recognizer, text);
    assertThat(text.substring(found.start(), found.end())).isEqualTo("307-555-0172");
    assertThat(Found.in(recognizer, "the totals were 1,415,555,2671 and 3,000")).isEmpty();
  }

  @Test
  void the_same_number_with_and_without_country_code_has_one_canonical_form() {
    assertThat(Found.only(recognizer, "+1 415 555 0123").canonical())
        .isEqualTo(Found.only(recognizer, "(415) 555-0123").canonical());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the year 2020 was hard",
        "take two tablets twice a day",
        "room 12, bed 4",
        "it costs $415.555.2671",
        "lot 123-456-7890 expired", // no area code starts with 1
        "ref 911-555-0123", // N11 codes are services, not area codes
        "the numbers were 300, 400, 5000",
        "card 4111 1111 1111 1111",
        "1234567890123456",
        "555-0123",
        "2019 2020 2021"
      })
  void ordinary_numbers_are_not_phone_numbers(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"my number is 555-0134", "my number's 555-0134, area code 415"})
  void seven_digits_after_a_persons_number_are_a_local_phone_number(String text) {
    assertThat(recognizer.find(text))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.PHONE, "5550134"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4155550134", "it's 4155550134 thanks"})
  void ten_bare_digits_a_north_american_line_could_have_are_a_phone_number(String text) {
    assertThat(recognizer.find(text))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.PHONE, "4155550134"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1733390000", "order 1234567890 shipped", "9115550134"})
  void ten_bare_digits_no_line_has_are_no_phone_number(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }

  @Test
  void seven_digits_after_another_number_are_no_phone_number() {
    assertThat(Found.in(recognizer, "the order number is 555-0134")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "call me at 123-456-7890 | PHONE | 1234567890",
        "my number is 911-555-0123 | PHONE | 9115550123",
        "my number is (415) 055-2671 | PHONE | 4150552671",
        "fax 023 555 0199 | FAX | 0235550199",
        "call me at 155-0123 | PHONE | 1550123"
      })
  void a_number_no_nanp_line_has_right_after_a_phone_cue_is_still_a_phone_number(
      String text, String kind, String canonical) {
    var found = Found.only(recognizer, text);

    assertThat(found.kind().name()).isEqualTo(kind);
    assertThat(found.canonical()).isEqualTo(canonical);
    assertThat(found.confidence()).isLessThan(0.9);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fax: 415-555-0134",
        "please fax it to (415) 555-0134",
        "our fax number is +1 415 555 0134"
      })
  void a_number_after_a_fax_cue_is_a_fax(String text) {
    var found = Found.only(recognizer, text);

    assertThat(found.kind()).isEqualTo(EntityKind.FAX);
    assertThat(found.canonical()).isEqualTo("4155550134");
  }

  @Test
  void a_fax_cue_far_away_does_not_turn_a_phone_into_a_fax() {
    var text =
        "I sent a fax yesterday but it never arrived, so please call me back at 415-555-0134";

    assertThat(Found.only(recognizer, text).kind()).isEqualTo(EntityKind.PHONE);
  }

  @Test
  void several_numbers_in_one_turn_are_all_found() {
    assertThat(Found.in(recognizer, "home 415-555-0123, work (212) 555-0147, fax 212-555-0148"))
        .containsExactly(
            "PHONE [415-555-0123] 4155550123",
            "PHONE [(212) 555-0147] 2125550147",
            "FAX [212-555-0148] 2125550148");
  }

  // National groupings after a line cue (invented digits; UK and French numbers from the ranges
  // their regulators keep for fiction).
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Tel. 06 1820 3690 please                 | 06 1820 3690             | 0618203690
          Mobile +31 (0)6 1875 2861 (evenings)     | +31 (0)6 1875 2861       | 31618752861
          Phone: (11) 98258-8719                   | (11) 98258-8719          | 11982588719
          reach me on 0221/040557 today            | 0221/040557              | 0221040557
          call me at +44 (0)20 7946 0493 tomorrow  | +44 (0)20 7946 0493      | 442079460493
          Telefon 030 70497991                     | 030 70497991             | 03070497991
          Phone: 06.39.98.71.25                    | 06.39.98.71.25           | 0639987125
          office (22) 957-31-69                    | (22) 957-31-69           | 229573169
          District nurse; contact 07700 900417.    | 07700 900417             | 07700900417
          Contact: +44 (0)20 7946 0718             | +44 (0)20 7946 0718      | 442079460718
          """)
  void a_national_grouping_after_a_line_cue_is_a_phone(String text, String span, String canonical) {
    var found = Found.only(recognizer, text);

    assertThat(found.kind()).isEqualTo(EntityKind.PHONE);
    assertThat(text.substring(found.start(), found.end())).isEqualTo(span);
    assertThat(found.canonical()).isEqualTo(canonical);
  }

  // Without a cue: the groupings national plans print (fiction ranges where a regulator keeps one).
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Die Patientin ist unter 07700 900969 erreichbar. | 07700 900969        | 07700900969
          携帯 090-1234-5678                                | 090-1234-5678       | 09012345678
          010-1234-5678 is my cell                         | 010-1234-5678       | 01012345678
          ring me on 0491 570 156                          | 0491 570 156        | 0491570156
          les coordonnées : 06 12 34 56 78                  | 06 12 34 56 78      | 0612345678
          joignable 06.12.34.56.78 le soir                 | 06.12.34.56.78      | 0612345678
          +49 151 23456789 (Tochter)                       | +49 151 23456789    | 4915123456789
          Handynummer 0151 23456789                        | 0151 23456789       | 015123456789
          """)
  void a_trunk_number_in_a_national_grouping_is_a_phone_without_a_cue(
      String text, String span, String canonical) {
    var found = Found.only(recognizer, text);

    assertThat(found.kind()).isEqualTo(EntityKind.PHONE);
    assertThat(text.substring(found.start(), found.end())).isEqualTo(span);
    assertThat(found.canonical()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Order 0412 5551 22 shipped",
        "batch 0412 555122 released",
        "dates 01 02 2024 and 03 04 2024",
        "lot 0012-3456 expired"
      })
  void other_numbers_with_a_leading_zero_are_no_phone_without_a_cue(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Test
  void a_national_grouping_after_a_fax_label_is_a_fax() {
    assertThat(Found.in(recognizer, "Tel. 08-541 45 54 / Fax 070-871 57 17"))
        .containsExactly("PHONE [08-541 45 54] 085414554", "FAX [070-871 57 17] 0708715717");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "call me on 12.03.2024 if anything changes",
        "phone at 14:30, room 304",
        "office 4412",
        "Order #48213 shipped, reference number 55-1204",
        "call back in 20 minutes",
        "Mobile: 2 x 500 mg daily",
        "the office is open 9-17",
        "contact 3 times a week, 2 x 500 mg"
      })
  void without_a_line_cue_or_with_a_date_or_a_short_number_nothing_national_is_found(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"tel ", "tel 1 ", "Phone: (0)", "mobile 06-", "fax +3", "tel 12 34 56 78 90 "})
  void a_pathological_text_of_line_cues_is_read_in_linear_steps(String unit) {
    dev.masker.domain.masking.LinearWork.assertLinear(
        unit,
        unit.repeat(10_000 / unit.length()),
        unit.repeat(100_000 / unit.length()),
        recognizer::find);
  }

  @Test
  void a_telefax_label_makes_a_fax_and_mobil_a_phone() {
    assertThat(Found.in(recognizer, "Mobil: 07700 900368  Telefax: 07700 900317"))
        .extracting(s -> s.substring(0, s.indexOf(' ')))
        .containsExactly("PHONE", "FAX");
  }
}
