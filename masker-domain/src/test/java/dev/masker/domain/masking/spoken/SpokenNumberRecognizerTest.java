package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.regex.CueOverValidator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenNumberRecognizerTest {
  private final SpokenNumberRecognizer recognizer = new SpokenNumberRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my number is four one five five five five two six seven one | PHONE | four one five five"
            + " five five two six seven one | 4155552671",
        "my dutch b s n is one eight seven six zero one oh two one | SSN | one eight seven six"
            + " zero one oh two one | 187601021",
        "his hospital number is h n eight eight two one four | MRN | h n eight eight two one four"
            + " | HN88214",
        "yeah it's four-one-five, 555, twelve twelve thanks | PHONE | four-one-five, 555, twelve"
            + " twelve | 4155551212",
        "um you can reach me at four one five, uh, five five five, two six seven one | PHONE |"
            + " four one five, uh, five five five, two six seven one | 4155552671",
        "call me back at one eight hundred five five five one two one two | PHONE | one eight"
            + " hundred five five five one two one two | 8005551212",
        "it's double five five, three oh three, forty two seventy | PHONE | double five five,"
            + " three oh three, forty two seventy | 5553034270",
        "my cell is five five five, one two one two | PHONE | five five five, one two one two |"
            + " 5551212",
        "my number is four one five... hang on... five five five... oh one three four | PHONE |"
            + " four one five... hang on... five five five... oh one three four | 4155550134",
        "yes de number is tree one two fife fife fife zero one six seven | PHONE | tree one two"
            + " fife fife fife zero one six seven | 3125550167",
        "card number is five one oh five one oh five one... hold on... oh five one oh five one oh oh"
            + " | CREDIT_CARD | five one oh five one oh five one... hold on... oh five one oh five one"
            + " oh oh | 5105105105105100",
        "is there a covered provider near five 8 7 30, that's my zip | ZIP | five 8 7 30 | 58730",
        "my number is 808-555-0107 sorry nine two nine five double five zero one oh nine | PHONE |"
            + " nine two nine five double five zero one oh nine | 9295550109",
        "the fax number is four one five five five five two six seven one | FAX | four one five"
            + " five five five two six seven one | 4155552671",
        "fax it to five five five triple seven one | FAX | five five five triple seven one |"
            + " 5557771",
        "my social is two one nine, oh nine, nine eight seven six | SSN | two one nine, oh nine,"
            + " nine eight seven six | 219099876",
        "my cousin in the uk, plus four four seven seven oh oh nine oh oh six nine two, is next"
            + " | PHONE | plus four four seven seven oh oh nine oh oh six nine two | +447700900692",
        "it's plus 44 7700 900692 | PHONE | plus 44 7700 900692 | +447700900692",
        "it's linden hollow, six seven six one six dash five four double six | ZIP | six seven six"
            + " one six dash five four double six | 676165466",
        "my house number is 7772 and the street's yarrow loop | ADDRESS | 7772 | 7772",
        "ssn uh four two seven, three one, double eight four two | SSN | four two seven, three one,"
            + " double eight four two | 427318842",
        "my member id is eight eight four two one nine seven seven | HEALTH_PLAN_ID | eight eight"
            + " four two one nine seven seven | 88421977",
        "the policy number is four four two one double nine zero | HEALTH_PLAN_ID | four four two"
            + " one double nine zero | 4421990",
        "medical record number seven seven four two one one | MRN | seven seven four two one one"
            + " | 774211",
        "her m r n is five four three two one nine | MRN | five four three two one nine |"
            + " 543219",
        "account number is nine eight seven six five four three two | ACCOUNT | nine eight seven"
            + " six five four three two | 98765432",
        "zip code nine four one one oh | ZIP | nine four one one oh | 94110",
        // 07700 900xxx: Ofcom's drama range for UK mobiles
        "my mobile's oh seven seven oh oh nine double oh one two three | PHONE | oh seven seven oh"
            + " oh nine double oh one two three | 07700900123",
        "the cell's five five five, one two one two | PHONE | five five five, one two one two |"
            + " 5551212",
      })
  void a_spoken_identifier_is_found_with_the_digits_of_its_written_form(
      String text, EntityKind kind, String spoken, String canonical) {
    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    var d = found.get(0);
    assertThat(d.kind()).isEqualTo(kind);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(spoken);
    assertThat(d.canonical()).isEqualTo(canonical);
    assertThat(d.pass()).isEqualTo(Pass.REGEX);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my member id is w x y one two three four five six | HEALTH_PLAN_ID | w x y one two three"
            + " four five six | WXY123456",
        "my member id is X as in x-ray, J as in juliet, H, 4 4 7 1 2 2 | HEALTH_PLAN_ID | X as in"
            + " x-ray, J as in juliet, H, 4 4 7 1 2 2 | XJH447122",
        // Medicare MBI shape (1EG4-TE5-MK73 is CMS's published example format)
        "medicare number one e g four, t e five, m k seven three | HEALTH_PLAN_ID | one e g four,"
            + " t e five, m k seven three | 1EG4TE5MK73",
        "the m r n is a b one two three four five six | MRN | a b one two three four five six |"
            + " AB123456",
        "member id is five two nine four four one i think | HEALTH_PLAN_ID | five two nine four four"
            + " one | 529441",
        "account number it's a seven two nine four four one three | ACCOUNT | seven two nine four"
            + " four one three | 7294413",
      })
  void an_identifier_of_spelled_letters_and_digits_after_an_id_cue_is_found_in_upper_case(
      String text, EntityKind kind, String spoken, String canonical) {
    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    var d = found.get(0);
    assertThat(d.kind()).isEqualTo(kind);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(spoken);
    assertThat(d.canonical()).isEqualTo(canonical);
  }

  @Test
  void a_toll_free_number_of_an_insurer_is_a_phone_number_not_a_plan_id() {
    var found =
        recognizer.find(
            "I called my insurance at one eight hundred five five five one two one two");

    assertThat(found).extracting(Detection::kind).containsExactly(EntityKind.PHONE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my cpf is nine five two six two seven nine nine four eight five | nine five two six two"
            + " seven nine nine four eight five | 95262799485",
        "the new id is t k p 4 4 6 8 4 7 7 3 | t k p 4 4 6 8 4 7 7 3 | TKP44684773",
        "and on medicaid, id number nine eight nine eight three two five two four please | nine"
            + " eight nine eight three two five two four | 989832524",
      })
  void a_long_number_or_a_code_said_aloud_after_no_known_cue_is_an_identifier(
      String text, String spoken, String canonical) {
    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    var d = found.get(0);
    assertThat(d.kind()).isEqualTo(EntityKind.OTHER_ID);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(spoken);
    assertThat(d.canonical()).isEqualTo(canonical);
  }

  @Test
  void letters_and_digit_groups_after_a_card_cue_are_no_card_number_but_a_code() {
    var text = "the insurance card says x c e 0819 81332, the subscriber is";
    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo("x c e 0819 81332");
    assertThat(found.get(0).canonical()).isEqualTo("XCE081981332");
  }

  @Test
  void counting_aloud_is_not_a_phone_number() {
    assertThat(
            recognizer.find(
                "okay breathe, one, two, three, four, five, six, seven, eight, nine," + " ten"))
        .isEmpty();
  }

  @Test
  void a_box_said_aloud_is_an_address_with_its_cue_and_a_zip_is_one_before_a_service_area() {
    var text = "send it to post office box one zero oh please";
    assertThat(recognizer.find(text))
        .extracting(d -> text.substring(d.start(), d.end()))
        .containsExactly("post office box one zero oh");
    assertThat(recognizer.find("is two oh double one eight in your service area"))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.ZIP, "20118"));
    assertThat(recognizer.find("hi yes um, six nineteen fifty five, yeah, that's the zip"))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.ZIP, "61955"));
  }

  @Test
  void an_amount_said_with_million_or_thousand_is_no_value_without_a_cue() {
    assertThat(
            recognizer.find(
                "it cost two million four hundred thousand and we walk twelve thousand five"
                    + " hundred steps"))
        .isEmpty();
    assertThat(
            recognizer.find(
                "mrn sixty four million eight hundred twenty thousand three hundred seventy five"))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.MRN, "64820375"));
  }

  @Test
  void any_six_to_fifteen_digits_after_a_phone_cue_are_a_phone_number() {
    assertThat(recognizer.find("call me on triple five, oh one, double three four"))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.PHONE, "55501334"));
    assertThat(recognizer.find("my number in oslo is nine one two three four five six seven"))
        .extracting(Detection::kind)
        .containsExactly(EntityKind.PHONE);
  }

  @Test
  void digit_words_a_transcriber_ran_together_are_read_one_by_one() {
    var text = "uh it's two oh seven fivefive five zero one seven six, that's a cell";

    assertThat(recognizer.find(text))
        .extracting(Detection::kind, Detection::canonical, d -> text.substring(d.start(), d.end()))
        .containsExactly(
            tuple(EntityKind.PHONE, "2075550176", "two oh seven fivefive five zero one seven six"));
    assertThat(recognizer.find("someone often phoned")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a case number from last time, d double three six three dash eight oh four seven, it was |"
            + " MRN | d double three six three dash eight oh four seven | D33638047",
        "admission number four five oh five two nine double seven eight | MRN | four five oh five"
            + " two nine double seven eight | 450529778",
        "id number is MRE nine six six 494, the letters are capital | OTHER_ID | MRE nine six six"
            + " 494 | MRE966494",
        "claim number one four one zero six seven three one two nine, member | OTHER_ID | one four"
            + " one zero six seven three one two nine | 1410673129",
      })
  void case_admission_claim_and_id_numbers_said_aloud_are_identifiers(
      String text, EntityKind kind, String said, String canonical) {
    assertThat(recognizer.find(text))
        .extracting(Detection::kind, d -> text.substring(d.start(), d.end()), Detection::canonical)
        .contains(tuple(kind, said, canonical));
  }

  @Test
  void a_word_of_three_letters_before_an_amount_is_no_code_s_letters() {
    assertThat(
            recognizer.find(
                "the account number at the top is 7261631472 and it says i owe two hundred and"
                    + " twelve dollars"))
        .isEmpty();
  }

  @Test
  void a_zip_code_said_with_homophones_up_to_a_mark_is_read_whole() {
    var text = "zip is five for nine one for, or wait";

    assertThat(recognizer.find(text))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.ZIP, "54914"));
  }

  @Test
  void to_after_a_year_is_the_preposition_not_a_digit_of_the_number_after_it() {
    var text =
        "faxed july twenty sixth two thousand twenty five to four one two five five five oh"
            + " one oh one";

    assertThat(recognizer.find(text))
        .extracting(Detection::kind, Detection::canonical)
        .contains(tuple(EntityKind.PHONE, "4125550101"));
  }

  @Test
  void a_postcode_of_letters_and_digits_after_a_postcode_cue_is_a_zip() {
    assertThat(recognizer.find("the postcode is s w one a one a a"))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.ZIP, "SW1A1AA"));
  }

  @Test
  void a_long_number_takes_the_kind_of_an_identifier_cue_said_further_back() {
    assertThat(
            recognizer.find(
                "the account number ends in four four two one but the full one is nine eight"
                    + " seven six five four three two one"))
        .extracting(Detection::kind, Detection::canonical)
        .contains(tuple(EntityKind.ACCOUNT, "987654321"));
    assertThat(recognizer.find("my mrn, i have it somewhere, yes, 40071882"))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.MRN, "40071882"));
  }

  @Test
  void a_card_named_by_its_network_and_an_ss_number_are_read_as_such() {
    assertThat(
            recognizer.find(
                "the amex number is three seven eight two, eight two two four six, three one"
                    + " double oh oh five"))
        .extracting(Detection::kind)
        .containsExactly(EntityKind.CREDIT_CARD);
    assertThat(recognizer.find("ss number three seven two five eight one nine oh four"))
        .extracting(Detection::kind)
        .containsExactly(EntityKind.SSN);
  }

  @Test
  void a_box_number_said_after_p_o_box_is_an_address() {
    assertThat(recognizer.find("send it to p o box four four one two, tulsa"))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.ADDRESS, "4412"));
  }

  @Test
  void a_bank_routing_number_is_no_phone_number() {
    assertThat(recognizer.find("the routing number is oh two one oh oh oh oh two one")).isEmpty();
  }

  @Test
  void digits_in_order_right_after_a_cue_are_the_number_asked_for() {
    assertThat(recognizer.find("my social is one two three four five six seven eight nine"))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.SSN, "123456789"));
    assertThat(recognizer.find("my member id is one two three four five six seven eight nine"))
        .extracting(Detection::kind)
        .containsExactly(EntityKind.HEALTH_PLAN_ID);
  }

  @Test
  void a_spoken_phone_number_and_its_written_form_have_one_canonical_value() {
    // "(415) 555-2671" is the example of SPEC §9; its digits are what the written recognizer gives.
    var written = "(415) 555-2671".replaceAll("[^0-9]", "");
    var spoken = recognizer.find("four one five five five five two six seven one");

    assertThat(spoken).extracting(Detection::canonical).containsExactly(written);
  }

  @Test
  void a_leading_country_code_one_is_dropped_from_the_canonical_phone() {
    var found = recognizer.find("one four one five five five five two six seven one");

    assertThat(found).extracting(Detection::canonical).containsExactly("4155552671");
  }

  @Test
  void a_credit_card_read_out_with_a_card_cue_is_surer_when_its_luhn_check_holds() {
    // 4111 1111 1111 1111 is the well-known Visa test number (valid Luhn).
    var valid =
        recognizer.find(
            "the card number is four one one one, one one one one, one one one one, one one one"
                + " one");
    var invalid =
        recognizer.find(
            "the card number is four one one one, one one one one, one one one one, one one one"
                + " two");

    assertThat(valid).extracting(Detection::kind).containsExactly(EntityKind.CREDIT_CARD);
    assertThat(valid.get(0).canonical()).isEqualTo("4111111111111111");
    // failing Luhn right after the cue: still a card, less surely
    assertThat(invalid).extracting(Detection::kind).containsExactly(EntityKind.CREDIT_CARD);
    assertThat(invalid.get(0).confidence()).isEqualTo(CueOverValidator.CONFIDENCE);
    assertThat(valid.get(0).confidence()).isGreaterThan(CueOverValidator.CONFIDENCE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zero zero zero one two three four five six",
        "six six six one two three four five six",
        "the code is nine one two one two three four five six",
        "one two three oh oh four five six seven",
        "one two three four five oh oh oh oh",
        "my social worker said the code is nine one two one two three four five six",
      })
  void a_social_security_number_in_a_range_never_issued_is_not_one_without_a_cue(String text) {
    assertThat(recognizer.find(text)).noneMatch(d -> d.kind() == EntityKind.SSN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my social is zero zero zero one two three four five six",
        "my social is six six six one two three four five six",
        "my social is nine one two, three four, five six seven eight",
        "my social is one two three oh oh four five six seven",
        "social security number one two three four five oh oh oh oh",
      })
  void a_social_security_number_in_a_range_never_issued_right_after_a_cue_is_one_less_surely(
      String text) {
    var found = recognizer.find(text);

    assertThat(found).extracting(Detection::kind).containsExactly(EntityKind.SSN);
    assertThat(found.get(0).confidence()).isEqualTo(CueOverValidator.CONFIDENCE);
  }

  @Test
  void a_cue_makes_a_phone_number_more_certain_than_none() {
    var cued = recognizer.find("my phone number is four one five five five five two six seven one");
    var bare = recognizer.find("four one five five five five two six seven one");

    assertThat(cued.get(0).confidence()).isGreaterThan(bare.get(0).confidence());
  }

  @Test
  void two_numbers_in_one_turn_are_found_with_their_own_kinds() {
    var text =
        "my cell is four one five five five five two six seven one and my social is four two"
            + " seven three one eight eight four two";

    assertThat(recognizer.find(text))
        .extracting(Detection::kind)
        .containsExactlyInAnyOrder(EntityKind.PHONE, EntityKind.SSN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "take two tablets twice a day",
        "take one pill twice a day",
        "I've been sick for three days",
        "I'll call you in five minutes",
        "room twelve on the fourth floor",
        "the year nineteen ninety was hard",
        "about five or six times",
        "the twenty twenty season",
        "I'm forty two",
        "call me in ten or fifteen minutes",
        "my number is five five five",
        "she has two kids, three dogs and one cat",
        "blood pressure one twenty over eighty",
        "room 12",
        "the year 2020 was hard",
        "my number is 415 555 2671",
        "oh I see, oh okay",
      })
  void everyday_speech_with_small_numbers_is_not_masked(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Property(tries = 300)
  void any_ten_digit_phone_number_spoken_as_words_is_found_with_its_digits(
      @ForAll("spokenPhones") Spoken phone) {
    var found = recognizer.find("my number is " + phone.text() + " okay");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).canonical()).isEqualTo(phone.digits());
    assertThat(found.get(0).kind()).isEqualTo(EntityKind.PHONE);
  }

  record Spoken(String digits, String text) {}

  private static final List<String> DIGIT_WORDS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  private static final List<String> TENS_WORDS =
      List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final List<String> TEEN_WORDS =
      List.of(
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");

  @Provide
  Arbitrary<Spoken> spokenPhones() {
    var digits =
        Combinators.combine(
                Arbitraries.integers().between(2, 9), Arbitraries.strings().numeric().ofLength(9))
            .as((first, rest) -> first + rest);
    return digits.flatMap(
        d -> Arbitraries.longs().map(seed -> new Spoken(d, speak(d, new java.util.Random(seed)))));
  }

  /** Speaks digits choosing per position: digit word, "oh", "double", a pair word, commas. */
  private static String speak(String digits, java.util.Random random) {
    var out = new StringBuilder();
    int i = 0;
    while (i < digits.length()) {
      if (out.length() > 0) {
        out.append(random.nextInt(4) == 0 ? ", " : " ");
      }
      char c = digits.charAt(i);
      int choice = random.nextInt(4);
      boolean hasNext = i + 1 < digits.length();
      if (choice == 0 && hasNext && digits.charAt(i + 1) == c) {
        out.append("double ").append(DIGIT_WORDS.get(c - '0'));
        i += 2;
      } else if (choice == 1 && hasNext && c == '1') {
        out.append(TEEN_WORDS.get(digits.charAt(i + 1) - '0'));
        i += 2;
      } else if (choice == 1 && hasNext && c >= '2' && digits.charAt(i + 1) != '0') {
        out.append(TENS_WORDS.get(c - '0'))
            .append(random.nextBoolean() ? "-" : " ")
            .append(DIGIT_WORDS.get(digits.charAt(i + 1) - '0'));
        i += 2;
      } else if (choice == 2 && c == '0') {
        out.append("oh");
        i++;
      } else {
        out.append(DIGIT_WORDS.get(c - '0'));
        i++;
      }
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "springfield illinois six two seven oh four | 62704",
        "san antonio texas, seven eight two oh five | 78205",
        "forty two cedar court in ann arbor four eight one oh four | 48104",
        "the zip is nine oh two one oh | 90210",
      })
  void five_digits_said_one_by_one_after_a_state_a_street_or_a_zip_cue_are_a_zip_code(
      String text, String canonical) {
    var zips = recognizer.find(text).stream().filter(d -> d.kind() == EntityKind.ZIP).toList();

    assertThat(zips).hasSize(1);
    assertThat(zips.get(0).canonical()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the cpap serial number is two three one eight four four oh nine one seven",
        "my license number is f k nine oh three two one five seven",
        "the dea number is a b one two three four five six three",
        "my confirmation number is five five five one two one two",
      })
  void digits_after_another_identifier_cue_are_not_a_phone_number(String text) {
    assertThat(recognizer.find(text))
        .noneMatch(d -> d.kind() == EntityKind.PHONE || d.kind() == EntityKind.SSN);
  }

  @Test
  void a_member_id_said_before_on_the_card_keeps_its_member_id_cue() {
    var found =
        recognizer.find(
            "and the member id on the card is x k p nine four four eight two two one oh seven");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(EntityKind.HEALTH_PLAN_ID);
    assertThat(found.get(0).canonical()).isEqualTo("XKP944822107");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "uh my m r n is 7 7 2 0 4 1 9 | MRN | 7720419",
        "ssn 2 1 5 3 6 8 4 4 9 | SSN | 215368449",
        "call me at 4 1 5 5 5 5 2 6 7 1 | PHONE | 4155552671",
      })
  void digits_written_one_by_one_by_speech_to_text_are_read_like_digit_words(
      String text, EntityKind kind, String canonical) {
    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(kind);
    assertThat(found.get(0).canonical()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i moved to texas in two thousand four",
        "he lives on main street and has 3 4 kids",
        "room 1 2 3",
      })
  void a_place_or_a_few_written_digits_alone_are_no_identifier(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Test
  void the_number_on_the_card_is_still_a_card_number() {
    // 4111 1111 1111 1111 is the Visa test number published by payment processors
    var found =
        recognizer.find(
            "the number on the card is four one one one one one one one one one one one one one"
                + " one one");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(EntityKind.CREDIT_CARD);
    assertThat(found.get(0).confidence()).isGreaterThanOrEqualTo(0.9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my licence is from overseas seven eight double three five nine zero triple seven ok |"
            + " seven eight double three five nine zero triple seven",
        "the hearing aid serial number the left one is four one three four nine one one nine |"
            + " four one three four nine one one nine",
      })
  void a_long_number_after_an_identifier_cue_it_cannot_reach_is_still_an_identifier(
      String text, String said) {
    var found = recognizer.find(text);

    assertThat(found)
        .extracting(d -> text.substring(d.start(), d.end()), Detection::kind)
        .containsExactly(tuple(said, EntityKind.OTHER_ID));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "the routing number is one two one zero zero zero three five eight",
        "the lot number is one two one zero zero zero three five eight",
        "the ndc on the bottle is seven double nine seven eight dash one seven nine dash four"
            + " eight",
      })
  void a_number_that_names_no_person_stays(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Test
  void written_digits_after_an_identifier_cue_spelled_out_are_that_identifier() {
    var text = "the mrn is m r n dash 447192 on the band";

    var found = recognizer.find(text);

    assertThat(found)
        .extracting(d -> text.substring(d.start(), d.end()), Detection::kind)
        .containsExactly(tuple("447192", EntityKind.MRN));
  }
}
