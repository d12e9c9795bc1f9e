package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values written with the characters people, word processors and speech-to-text engines use to
 * evade or merely garble detection are found, with their span in the original text covering exactly
 * the value and the canonical value of the plain form (issue 9, "evasion by characters").
 */
class DetectorFoldingTest {
  private static final Detector DETECTOR = Detector.of(Policy.healthcareDefault());
  private static final Masker MASKER =
      Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", new byte[32]).build();

  /** The one detection of {@code value} inside {@code before + value + after}. */
  private static Detection theDetectionOf(String before, String value, String after) {
    var text = before + value + after;
    var found = DETECTOR.detect(text);
    var covering =
        found.stream().filter(d -> d.start() < before.length() + value.length()).toList();
    assertThat(covering).as("detections in %s", text).isNotEmpty();
    var detection = covering.get(covering.size() - 1);
    assertThat(text.substring(detection.start(), detection.end())).isEqualTo(value);
    return detection;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "415\u00a0555\u00a02671",
        "415\u2009555\u20092671",
        "415\u202f555\u202f2671",
        "415\u3000555\u30002671",
        "415\u200b555\u200b2671",
        "415\u2060555\u20602671",
        "415\ufeff555\ufeff2671",
        "415\u00ad555\u00ad2671",
        "415\n555\n2671",
        "415\r\n555\r\n2671",
        "415\t555\t2671",
        "415  555  2671",
        "415\u2028555\u20282671",
        "415\u2013555\u20132671",
        "415\u2014555\u20142671",
        "415\u2212555\u22122671",
        "415\u2010555\u20102671",
        "415\uff0d555\uff0d2671",
        "(415)\u00a0555\u20132671",
        "\uff14\uff11\uff15 \uff15\uff15\uff15 \uff12\uff16\uff17\uff11",
        "\uff08\uff14\uff11\uff15\uff09 \uff15\uff15\uff15\uff0d\uff12\uff16\uff17\uff11",
        "\u0664\u0661\u0665 \u0665\u0665\u0665 \u0662\u0666\u0667\u0661",
        "\u06f4\u06f1\u06f5 \u06f5\u06f5\u06f5 \u06f2\u06f6\u06f7\u06f1",
        "\u096a\u0967\u096b \u096b\u096b\u096b \u0968\u096c\u096d\u0967",
        "\u09ea\u09e7\u09eb \u09eb\u09eb\u09eb \u09e8\u09ec\u09ed\u09e7",
        "\u0e54\u0e51\u0e55 \u0e55\u0e55\u0e55 \u0e52\u0e56\u0e57\u0e51",
        "\ud835\udfd2\ud835\udfcf\ud835\udfd3-\ud835\udfd3\ud835\udfd3\ud835\udfd3-"
            + "\ud835\udfd0\ud835\udfd4\ud835\udfd5\ud835\udfcf",
        "4\u200b1\u200b5\u200b5\u200b5\u200b5\u200b2\u200b6\u200b7\u200b1",
        "415\u0303 555 2671",
      })
  void a_phone_number_written_with_any_separator_or_digits_is_found(String number) {
    var detection = theDetectionOf("call me at ", number, " please");

    assertThat(detection.kind()).isEqualTo(EntityKind.PHONE);
    assertThat(detection.canonical()).isEqualTo("4155552671");
  }

  @Test
  void a_phone_number_after_an_em_dash_in_prose_is_still_found() {
    var detection =
        theDetectionOf("your callback number\u2014", "415-555-2671", "\u2014is on file");

    assertThat(detection.kind()).isEqualTo(EntityKind.PHONE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "maria\uff0elopez\uff20example\uff0ecom | maria.lopez@example.com",
        "ma\u200bria@exa\u200dmple.com | maria@example.com",
        "maria.lopez\ufe6bexample\u3002com | maria.lopez@example.com",
        "\uff4d\uff41\uff52\uff49\uff41@example.com | maria@example.com",
        "ma\u00adria@example.com | maria@example.com",
        "maria\u2060@\u2060example.com | maria@example.com",
      })
  void an_email_with_look_alike_or_invisible_characters_is_found(String email, String canonical) {
    var detection = theDetectionOf("my email is ", email, " thanks");

    assertThat(detection.kind()).isEqualTo(EntityKind.EMAIL);
    assertThat(detection.canonical()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "219\u201309\u20139999",
        "219\u00a009\u00a09999",
        "\uff12\uff11\uff19-\uff10\uff19-\uff19\uff19\uff19\uff19",
        "\u0968\u0967\u096f-\u0966\u096f-\u096f\u096f\u096f\u096f",
        "219\u200b09\u200b9999",
      })
  void a_social_security_number_written_with_other_characters_is_found(String ssn) {
    var detection = theDetectionOf("my ssn is ", ssn, ".");

    assertThat(detection.kind()).isEqualTo(EntityKind.SSN);
    assertThat(detection.canonical()).isEqualTo("219099999");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"03\u204405\u20441982", "03\u221505\u22151982", "\uff10\uff13/\uff10\uff15/1982"})
  void a_date_of_birth_with_look_alike_slashes_or_digits_is_found(String date) {
    var detection = theDetectionOf("date of birth: ", date, "");

    assertThat(detection.kind()).isEqualTo(EntityKind.DOB);
    assertThat(detection.canonical()).isEqualTo("1982-03-05");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"4111\u00a01111\u00a01111\u00a01111", "4111\u20131111\u20131111\u20131111"})
  void a_card_number_with_other_separators_is_found(String card) {
    var detection = theDetectionOf("card ", card, "");

    assertThat(detection.kind()).isEqualTo(EntityKind.CREDIT_CARD);
    assertThat(detection.canonical()).isEqualTo("4111111111111111");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Maria\u00a0Lopez",
        "Ma\u200bria Lo\u200cpez",
        "\uff2d\uff41\uff52\uff49\uff41 \uff2c\uff4f\uff50\uff45\uff5a",
      })
  void a_name_with_other_spaces_invisible_characters_or_full_width_letters_is_found(String name) {
    var detection = theDetectionOf("Hi, this is ", name, ", calling about my mom");

    assertThat(detection.kind()).isEqualTo(EntityKind.NAME);
  }

  @Test
  void a_spoken_number_with_no_break_spaces_is_found() {
    var detection =
        theDetectionOf(
            "my cell is ", "four\u00a0one\u00a0five\u2009five five five\u202ftwelve twelve", "");

    assertThat(detection.kind()).isEqualTo(EntityKind.PHONE);
    assertThat(detection.canonical()).isEqualTo("4155551212");
  }

  @Test
  void every_form_of_one_number_gets_the_token_of_its_plain_form() {
    var plain = MASKER.mask("s", "call (415) 555-2671").text();
    var token = plain.substring("call ".length());

    for (var form :
        List.of(
            "\uff14\uff11\uff15 \uff15\uff15\uff15 \uff12\uff16\uff17\uff11",
            "\u0664\u0661\u0665 \u0665\u0665\u0665 \u0662\u0666\u0667\u0661",
            "415\u200b555\u200b2671",
            "415\u2013555\u20132671")) {
      assertThat(MASKER.mask("s", "call " + form).text()).isEqualTo("call " + token);
    }
  }

  @Test
  void masking_replaces_the_original_characters_and_keeps_the_rest() {
    var text =
        "\u200bHi \ud83d\ude00, call \u0664\u0661\u0665\u00a0\u0665\u0665\u0665\u00a0\u0662\u0666\u0667\u0661 or ma\u200bria\uff20example.com\u200b!";

    var masked = MASKER.mask("s2", text);

    assertThat(masked.text())
        .startsWith("\u200bHi \ud83d\ude00, call MSKV1.PHONE.")
        .contains(" or MSKV1.EMAIL.")
        .endsWith("\u200b!")
        .doesNotContain("\u0664\u0661\u0665", "\u0662\u0666\u0667\u0661", "ria", "example");
    assertThat(MASKER.rehydrate("s2", masked.text())).isEqualTo(text);
  }

  @Test
  void the_allow_list_matches_the_folded_text_and_the_original() {
    var yaml =
        Policy.healthcareDefault()
            .yaml()
            .replace("allow_list: []", "allow_list: [Maria Lopez, \"O\u2019Brien Clinic\"]");
    var policy = ((PolicyParser.Parsed) PolicyParser.parse(yaml)).policy();
    var detector = Detector.of(policy);

    assertThat(detector.detect("Hi, this is Maria\u00a0Lopez calling")).isEmpty();
    assertThat(detector.detect("Hi, this is Ma\u200bria Lopez calling")).isEmpty();
    assertThat(detector.detect("Hi, this is Maria Lopez at 415\u00a0555\u00a02671"))
        .extracting(Detection::kind)
        .containsExactly(EntityKind.PHONE);
  }

  @Test
  void two_values_sharing_one_expanded_character_never_overlap_in_the_original() {
    // "\u2474" (PARENTHESIZED DIGIT ONE) expands to "(1)"; whatever is found, spans stay apart.
    var text = "call \u2474415 555 2671 or 415\u00a0555\u00a02671";

    var found = DETECTOR.detect(text);

    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
    }
    assertThat(found).extracting(Detection::kind).contains(EntityKind.PHONE);
  }
}
