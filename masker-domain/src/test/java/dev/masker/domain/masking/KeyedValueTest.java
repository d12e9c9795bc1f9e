package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Keys as ChatRequest.cue turns them into words; every value is invented.
class KeyedValueTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "city | Nice | LOCATION",
        "town | Reading | LOCATION",
        "hometown | Le Mans | LOCATION",
        "residence | Bari | LOCATION",
        "residence | Via Roma 12 | ADDRESS",
        "street | Calle Mayor 7, 3º B | ADDRESS",
        "address line1 | Flat 11 | ADDRESS",
        "address line 2 | Apt 4 | ADDRESS",
        "postcode | SW1A 1AA | ZIP",
        "postal code | 00-950 | ZIP",
        "zip code | 93711 | ZIP",
        "cep | 01310-100 | ZIP",
      })
  void a_place_key_makes_its_value_that_kind(String cue, String value, EntityKind kind) {
    assertThat(KeyedValue.of(cue, value)).get().extracting(Detection::kind).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {"name | clinic", "name | Riverside Pharmacy", "name | St Olav Hospital"})
  void a_name_key_holding_a_facility_is_no_person(String cue, String value) {
    assertThat(KeyedValue.of(cue, value)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {"name | Shukuru Chebet", "patient name | Ren Tanaka"})
  void a_name_key_holding_words_no_list_has_is_a_person(String cue, String value) {
    assertThat(KeyedValue.of(cue, value))
        .get()
        .extracting(Detection::kind)
        .isEqualTo(EntityKind.NAME);
  }

  /**
   * States, provinces and regions are not reported (Safe Harbor allows a state; such keys also name
   * a status or a cloud region): no key word of these makes a value a place.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {"state | completed", "region | eu-west-1", "province | Ontario", "country | Spain"})
  void a_state_region_or_country_key_is_no_place(String cue, String value) {
    assertThat(KeyedValue.of(cue, value)).isEmpty();
  }

  /**
   * A zero-width space or joiner, a soft hyphen or a word joiner inside a surname, and a no-break
   * or thin space between two names, leave the value a name (ADR 24): a model reads through them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bracken\u200Bridge",
        "Bracken\u200Dridge",
        "Bracken\u00ADridge",
        "Bracken\u2060ridge",
        "Ottilie\u00A0Brackenridge",
        "Ottilie\u2009Brackenridge",
      })
  void invisible_characters_and_other_spaces_inside_a_keyed_name_leave_it_a_name(String value) {
    var text = unescaped(value);
    assertThat(KeyedValue.of("family", text))
        .get()
        .satisfies(
            found -> {
              assertThat(found.kind()).isEqualTo(EntityKind.NAME);
              assertThat(found.end() - found.start()).isEqualTo(text.length());
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bracken\u200B2",
        "take\u00A0two\u00A0tablets\u00A0daily\u00A0with\u00A0food\u00A0now"
      })
  void invisible_characters_make_no_name_of_what_is_none(String value) {
    assertThat(KeyedValue.of("family", unescaped(value))).isEmpty();
  }

  private static String unescaped(String value) {
    var out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      if (value.startsWith("\\u", i)) {
        out.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(value.charAt(i));
      }
    }
    return out.toString();
  }
}
