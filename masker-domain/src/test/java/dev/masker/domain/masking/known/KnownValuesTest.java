package dev.masker.domain.masking.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A session's values found again where they recur, in the forms a caller or an attacker uses. */
class KnownValuesTest {
  private final KnownValues known = new KnownValues(true, true);

  private void learn(EntityKind kind, String surface, String canonical) {
    known.learn(kind, surface, canonical, 0.9, Pass.REGEX);
  }

  /** The text of each recurrence found in {@code text}. */
  private List<String> found(String text) {
    return known.find(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
  }

  @Test
  void a_name_recurs_in_any_case_and_spacing_and_by_each_of_its_parts() {
    learn(EntityKind.NAME, "Maria Lopez", "Maria Lopez");

    assertThat(found("MARIA  LOPEZ needs a refill")).contains("MARIA  LOPEZ");
    assertThat(found("maria-lopez called")).contains("maria-lopez");
    assertThat(found("Lopez, again")).containsExactly("Lopez");
    assertThat(found("ask for maria")).containsExactly("maria");
    assertThat(found("Lopezia and Marian are other words")).isEmpty();
    assertThat(known.find("Lopez"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(EntityKind.NAME);
              assertThat(d.canonical()).isEqualTo("Lopez");
              assertThat(d.confidence()).isEqualTo(0.9);
            });
  }

  @Test
  void accents_invisible_characters_and_full_width_letters_do_not_hide_a_name() {
    learn(EntityKind.NAME, "Zoë Müller", "Zoë Müller");

    assertThat(found("zoe muller")).contains("zoe muller");
    assertThat(found("Mu\u200bller")).containsExactly("Mu\u200bller");
    assertThat(found("Ｍüｌｌｅｒ")).containsExactly("Ｍüｌｌｅｒ");
    assertThat(found("Mu\u0308ller")).containsExactly("Mu\u0308ller");
  }

  @Test
  void escaped_or_circled_letters_and_dingbat_digits_do_not_hide_a_value() {
    learn(EntityKind.NAME, "Maria Lopez", "Maria Lopez");
    learn(EntityKind.PHONE, "415 555 2671", "4155552671");

    assertThat(found("Lo&#112;ez")).containsExactly("Lo&#112;ez");
    assertThat(found("Lo%70ez")).containsExactly("Lo%70ez");
    assertThat(found("Lo\\u0070ez")).containsExactly("Lo\\u0070ez");
    assertThat(found("\u24c1\u24de\u24df\u24d4\u24e9")).hasSize(1);
    assertThat(found("\u2779\u2776\u277a \u277a\u277a\u277a \u2777\u277b\u277c\u2776"))
        .contains("\u2779\u2776\u277a \u277a\u277a\u277a \u2777\u277b\u277c\u2776");
    assertThat(found("\u029f\u1d0f\u1d18\u1d07\u1d22 again")).hasSize(1);
    assertThat(found("R&D costs 50%")).isEmpty();
  }

  /** Shapes an outside probe tried that the known values already caught; kept as they are new. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "Lopez's file is late",
        "LOPEZ'S file",
        "Lopez\u2019s chart",
        "M. Lopez called",
        "MariaLopez",
        "maria_lopez",
        "#MariaLopez",
        "l-o-p-e-z",
        "L.O.P.E.Z.",
        "L\u0332o\u0332p\u0332e\u0332z\u0332",
        "\u1d38\u1d52\u1d56\u1d49\u1dbb",
        "\u24a7\u24aa\u24ab\u24a0\u24b5",
        "\ud835\udc0b\ud835\udc28\ud835\udc29\ud835\udc1e\ud835\udc33",
        "Lo\u00adpez",
        "https://portal.example.com/p/maria-lopez"
      })
  void a_name_recurs_in_the_shapes_outside_probes_tried(String text) {
    learn(EntityKind.NAME, "Maria Lopez", "Maria Lopez");

    assertThat(found(text)).isNotEmpty();
  }

  @Test
  void a_street_recurs_by_its_name_without_number_or_type_word() {
    learn(EntityKind.ADDRESS, "88 Birch Hollow Road", "88 Birch Hollow Road");
    learn(EntityKind.ADDRESS, "12 Main Street", "12 Main Street");

    assertThat(found("is that near birch hollow?")).containsExactly("birch hollow");
    assertThat(found("Main Street is closed")).containsExactly("Main");
    assertThat(found("the main reason")).isEmpty();
  }

  @Test
  void a_birth_date_recurs_as_one_number_in_another_order_only_as_a_whole_word() {
    learn(EntityKind.DOB, "03/14/1961", "1961-03-14");

    assertThat(found("born 19610314")).containsExactly("19610314");
    assertThat(found("born 14031961")).containsExactly("14031961");
    assertThat(found("order 4419610314")).isEmpty();
  }

  @Test
  void cyrillic_or_greek_look_alike_letters_do_not_hide_a_name() {
    learn(EntityKind.NAME, "Maria Gonzalez", "Maria Gonzalez");

    assertThat(found("Gonz\u0430lez")).containsExactly("Gonz\u0430lez");
    assertThat(found("\u039c\u03b1ria")).containsExactly("\u039c\u03b1ria");
  }

  @Test
  void a_name_part_that_is_an_ordinary_word_recurs_only_capitalised_and_titles_never() {
    learn(EntityKind.NAME, "Dr. Will Grant", "Dr. Will Grant");

    assertThat(found("I will grant it, dr")).isEmpty();
    assertThat(found("Will called; Grant too")).containsExactly("Will", "Grant");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4155552671",
        "415.555.2671",
        "(415) 555-2671",
        "415\u00a0555\u00a02671",
        "415\u2013555\u20132671",
        "415\u200b555\u200b2671",
        "415\n555\n2671",
        "４１５ ５５５ ２６７１",
        "٤١٥٥٥٥٢٦٧١",
        "४१५ ५५५ २६७१",
        "+1 415 555 2671",
        "14155552671"
      })
  void a_number_recurs_in_any_punctuation_width_or_script_and_inside_a_longer_run(String form) {
    learn(EntityKind.PHONE, "(415) 555-2671", "4155552671");

    var text = "call " + form + " today";
    assertThat(known.find(text))
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(EntityKind.PHONE);
              assertThat(d.canonical()).isEqualTo("4155552671");
              assertThat(text.substring(d.start(), d.end()))
                  .endsWith(form.substring(form.length() - 1));
            });
  }

  @Test
  void a_number_recurs_said_as_words() {
    learn(EntityKind.PHONE, "(415) 555-2671", "4155552671");

    var text = "it's four one five, five five five, twenty six seventy one ok";
    assertThat(found(text))
        .containsExactly("four one five, five five five, twenty six seventy one");
  }

  @Test
  void the_digits_of_a_code_spelled_letter_by_letter_recur_said_as_words() {
    learn(EntityKind.HEALTH_PLAN_ID, "X J H 4 4 7 1 2 2", "XJH447122");

    var text = "so x-ray juliet hotel four four seven one two two";
    assertThat(found(text)).containsExactly("four four seven one two two");
    assertThat(found("447122")).containsExactly("447122");
    assertThat(found("forty four seventy one")).isEmpty();
  }

  @Test
  void the_last_four_digits_recur_as_a_whole_number_only_and_only_when_the_policy_asks() {
    learn(EntityKind.SSN, "123-45-6789", "123456789");

    assertThat(found("the one ending in 6789?")).containsExactly("6789");
    assertThat(found("order 16789 or 67890")).isEmpty();
    var without = new KnownValues(true, false);
    without.learn(EntityKind.SSN, "123-45-6789", "123456789", 0.9, Pass.REGEX);
    assertThat(without.find("the one ending in 6789?")).isEmpty();
  }

  @Test
  void short_numbers_recur_as_whole_words_and_very_short_ones_not_at_all() {
    learn(EntityKind.ZIP, "93711", "93711");
    learn(EntityKind.AGE, "92", "92");

    assertThat(found("zip 93711.")).containsExactly("93711");
    assertThat(found("937112 and 193711")).isEmpty();
    assertThat(found("92 people")).isEmpty();
  }

  @Test
  void an_identifier_recurs_without_its_separators_and_glued_to_a_prefix() {
    learn(EntityKind.HEALTH_PLAN_ID, "XJH123456789", "XJH123456789");

    assertThat(found("id xjh-1234-56789 ok")).contains("xjh-1234-56789");
    assertThat(found("MRN123456789")).containsExactly("123456789");
  }

  @Test
  void an_email_recurs_by_its_address_and_by_its_local_part() {
    learn(EntityKind.EMAIL, "j o h n dot doe at gmail dot com", "john.doe@gmail.com");

    assertThat(found("write to John.Doe@Gmail.com")).contains("John.Doe@Gmail.com");
    assertThat(found("my username is john doe")).containsExactly("john doe");
  }

  @Test
  void in_a_masked_text_values_inside_tokens_are_not_found() {
    learn(EntityKind.NAME, "Kim Gezdgnbvgy", "Kim Gezdgnbvgy");
    var token = "MSKV1.NAME.K_HEALTHCARE.GEZDGNBVGY3TQOJQGEZDGNBVGY";

    assertThat(known.findInMasked(token + " and Kim"))
        .extracting(Detection::start)
        .containsExactly(token.length() + 5);
    assertThat(known.find(token)).isNotEmpty();
  }

  @Test
  void learning_more_values_is_seen_by_the_next_search() {
    assertThat(known.find("Lopez")).isEmpty();

    learn(EntityKind.NAME, "Maria Lopez", "Maria Lopez");
    assertThat(found("Lopez")).containsExactly("Lopez");
    learn(EntityKind.NAME, "Omar Petrossian", "Omar Petrossian");
    assertThat(found("Lopez and Petrossian")).containsExactly("Lopez", "Petrossian");
  }

  @Test
  void learning_beyond_the_limit_fails_so_masking_fails_closed() {
    var many = new KnownValues(false, false);
    for (var letter : new String[] {"A", "B"}) {
      for (int i = 0; i < KnownValues.MAX_FORMS / 2; i++) {
        many.learn(EntityKind.MRN, letter + i, letter + i, 0.9, Pass.REGEX);
      }
    }
    assertThat(many.size()).isEqualTo(KnownValues.MAX_FORMS);

    assertThatThrownBy(() -> many.learn(EntityKind.MRN, "X1234567", "X1234567", 0.9, Pass.REGEX))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("X1234567");
  }

  @Test
  void nothing_it_prints_holds_a_value() {
    learn(EntityKind.NAME, "Maria Lopez", "Maria Lopez");

    assertThat(known.toString()).doesNotContain("aria", "opez");
    assertThat(
            ValueForms.of(
                    EntityKind.NAME,
                    "Maria Lopez",
                    "Maria Lopez",
                    0.9,
                    Pass.REGEX,
                    new ValueForms.Rules(true, true))
                .toString())
        .doesNotContain("aria", "opez");
  }

  /**
   * An e-mail address's local part of two words or more gives each word that is no ordinary word a
   * form of its own (ADR 24): the turn where a caller said the local part before the domain holds
   * the names only.
   */
  @Test
  void the_words_of_an_e_mail_s_local_part_recur_alone() {
    learn(EntityKind.EMAIL, "ottilie.brackenridge@example.org", "ottilie.brackenridge@example.org");
    learn(EntityKind.EMAIL, "info.support@clinic.example", "info.support@clinic.example");
    learn(EntityKind.EMAIL, "jo.ng@example.org", "jo.ng@example.org");

    assertThat(found("my email is ottilie dot brackenridge"))
        .containsExactly("ottilie", "brackenridge");
    assertThat(known.find("Brackenridge"))
        .singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(EntityKind.NAME));
    assertThat(found("ask support for info about jo")).isEmpty();
  }
}
