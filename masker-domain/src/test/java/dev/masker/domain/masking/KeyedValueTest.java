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
}
