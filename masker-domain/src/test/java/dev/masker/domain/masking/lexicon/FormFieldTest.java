package dev.masker.domain.masking.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// The form lines below are written for these tests; every value is invented.
class FormFieldTest {

  private static String value(String text, Detection d) {
    return text.substring(d.start(), d.end());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '"',
      value = {
        "City: Nice # LOCATION # Nice",
        "Ort: Gießen # LOCATION # Gießen",
        "Ciudad: La Coruña | CP: 15001 # LOCATION # La Coruña",
        "Town: Reading / Country: United Kingdom # LOCATION # Reading",
        "Name: x\\nCidade: São José dos Campos\\nPaís: Brasil # LOCATION # São José dos Campos",
        "City: 's-Hertogenbosch; Country: Netherlands # LOCATION # 's-Hertogenbosch",
        "Street: Calle Mayor 7, 3º B\\nCity: Madrid # ADDRESS # Calle Mayor 7, 3º B",
        "Address line 2: Flat 11 # ADDRESS # Flat 11",
        "Address line 2: m. 13 # ADDRESS # m. 13",
        "Straße: Klief 122a | PLZ: 25585 # ADDRESS # Klief 122a",
        "Rua: Avenida Jann Fahey, 2715 # ADDRESS # Avenida Jann Fahey, 2715",
        "Street: Hauptstraße 12, 10115 Berlin # ADDRESS # Hauptstraße 12",
        "- town: Biel # LOCATION # Biel",
        "Residence: Kuopio; postal code 20710 # LOCATION # Kuopio",
        "Postal code: 131 24 # ZIP # 131 24",
        "Eircode: D02 X285 # ZIP # D02 X285",
        "ZIP code LV-3316, Latvia. # ZIP # LV-3316",
        "location: Saue, Estonia # LOCATION # Saue",
        "Post code 12345 was wrong on the last letter. # ZIP # 12345",
        "Zip code 134 69, Sweden # ZIP # 134 69",
        "result: address=Jacobson tee 34; zip=67249; city=Antsla # ADDRESS # Jacobson tee 34",
        "result: address=Jacobson tee 34; zip=67249; city=Antsla # ZIP # 67249",
        "result: address=Jacobson tee 34; zip=67249; city=Antsla # LOCATION # Antsla",
        "{'street': 'Husova 146', 'postal_code': '653 85'} # ZIP # 653 85",
        "{'street': 'Husova 146', 'postal_code': '653 85'} # ADDRESS # Husova 146",
      })
  void the_value_of_a_labelled_field_is_found(String text, EntityKind kind, String expected) {
    var form = text.replace("\\n", "\n");
    assertThat(FormField.find(form))
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(kind);
              assertThat(value(form, d)).isEqualTo(expected);
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "City: not given",
        "City: unknown",
        "Street: n/a",
        "Address: 12 Main Street",
        "Country: Spain",
        "Reading: 120/80",
        "Town hall meeting moved to June.",
        "City: 12345",
        "Street: see attached",
        "CP: 5 mg daily",
        "zip=n/a; city=unknown",
        "Postcode: see attached",
        "address=12 Main St, Fresno",
        "{'status': 'ok', 'count': 12, 'page': 2}",
        "- dose: 20 mg",
        "Postcode 2 of 3 pages",
        "Zip code 4 digits only",
        "CP 1200 mg twice a day",
        "Cap 500 MG",
        "Location: Left lower leg",
        "Location: Ward 4, bed 2",
      })
  void no_value_or_no_place_label_is_no_detection(String text) {
    assertThat(FormField.find(text)).isEmpty();
  }

  @Test
  void the_values_of_quoted_keys_end_at_their_closing_quote() {
    var text =
        "{\"street\": \"Entrada Keri 116\", \"postal_code\": \"81470\", \"city\": \"Huejucar\"}";
    assertThat(FormField.find(text))
        .extracting(d -> value(text, d))
        .containsExactly("Entrada Keri 116", "81470", "Huejucar");
  }

  @Test
  void a_short_postal_key_and_a_street_with_a_comma_after_its_number_are_values() {
    var text = "{\"addr\": \"77, Lake Road\", \"pc\": \"560 034\", \"town\": \"Hubli\"}";
    assertThat(FormField.find(text))
        .extracting(d -> value(text, d))
        .containsExactly("77, Lake Road", "560 034", "Hubli");
    var whole = "{\"addr\": \"77 Lake Road, Hubli\"}";
    assertThat(FormField.find(whole)).isEmpty(); // a whole address: the other rules split it
  }

  @Test
  void camel_case_keys_and_the_lines_of_an_address_object_are_labels() {
    var text =
        "{\"address\": {\"line1\": \"Kungsgatan 12\", \"postalCode\": \"411 19\","
            + " \"cityName\": \"Göteborg\"}, \"addressLine2\": \"lgh 1102\"}";
    assertThat(FormField.find(text))
        .extracting(d -> d.kind() + " " + value(text, d))
        .containsExactly(
            "ADDRESS Kungsgatan 12", "ZIP 411 19", "LOCATION Göteborg", "ADDRESS lgh 1102");
    assertThat(FormField.find("Line 1: metformin 500 mg")).isEmpty(); // not a key: no street
  }

  @Test
  void pairs_on_one_line_without_separators_end_where_the_next_key_begins() {
    var text = "street=Kolarova 7 zip=10000 city=Zagreb";
    assertThat(FormField.find(text))
        .extracting(d -> d.kind() + " " + value(text, d))
        .containsExactly("ADDRESS Kolarova 7", "ZIP 10000", "LOCATION Zagreb");
  }

  @Test
  void the_cells_under_a_place_column_of_a_table_are_places() {
    var text =
        "id;street;postal code;town\n1;Lindenweg 4;10115;Berlin\n2;Ringgasse 9;1010;Wien\nend";
    assertThat(FormField.find(text))
        .extracting(d -> d.kind() + " " + value(text, d))
        .containsExactly(
            "ADDRESS Lindenweg 4",
            "ZIP 10115",
            "LOCATION Berlin",
            "ADDRESS Ringgasse 9",
            "ZIP 1010",
            "LOCATION Wien");
    var csv = "name,street,zip,city\nAna,\"Ilica 10\",10000,Zagreb";
    assertThat(FormField.find(csv))
        .extracting(d -> value(csv, d))
        .containsExactly("Ilica 10", "10000", "Zagreb");
  }

  @Test
  void a_table_without_a_place_column_or_a_row_of_another_width_gives_no_place() {
    assertThat(FormField.find("drug,dose,route\nMetformin,500 mg,oral")).isEmpty();
    assertThat(FormField.find("street,city\nsee the note above, it has both, and more")).isEmpty();
    assertThat(FormField.find("Street, City, State\nunknown,n/a,none")).isEmpty();
    assertThat(FormField.find("Please confirm street, city, zip\nI live there, yes, thanks"))
        .isEmpty();
  }

  @Test
  void a_town_label_without_colon_after_a_postal_code_labels_the_town() {
    var text = "Postal code 40100, town Kokkola.";
    assertThat(FormField.find(text))
        .extracting(d -> d.kind() + " " + value(text, d))
        .containsExactly("ZIP 40100", "LOCATION Kokkola");
    assertThat(FormField.find("Dose 40 mg, town hall meeting at 5."))
        .noneMatch(d -> d.kind() == EntityKind.LOCATION);
  }

  @Test
  void two_fields_on_one_line_are_two_values() {
    var text = "City: Le Mans, Street: Rue de la Paix 4";
    assertThat(FormField.find(text))
        .extracting(d -> value(text, d))
        .containsExactly("Le Mans", "Rue de la Paix 4");
  }

  @Test
  void the_elements_of_a_markup_record_are_labelled_values() {
    var text =
        "<address><street>Lindenweg 4</street><postcode>8010</postcode>"
            + "<city>Graz</city><note>Bell 3</note></address>";
    assertThat(FormField.find(text))
        .extracting(d -> d.kind() + " " + value(text, d))
        .containsExactly("ADDRESS Lindenweg 4", "ZIP 8010", "LOCATION Graz");
  }

  @Test
  void an_element_without_its_closing_tag_or_of_another_name_is_no_value() {
    assertThat(FormField.find("<city>Graz and more")).isEmpty();
    assertThat(FormField.find("<dose>500 mg</dose><route>oral</route>")).isEmpty();
  }

  @Test
  void the_pairs_of_a_query_string_end_at_the_ampersand() {
    var text = "city=Kraków&zip=30-001&street=Długa 5&ref=77";
    assertThat(FormField.find(text))
        .extracting(d -> d.kind() + " " + value(text, d))
        .containsExactly("LOCATION Kraków", "ZIP 30-001", "ADDRESS Długa 5");
    assertThat(FormField.find("q=salt&pepper&city")).isEmpty();
  }

  @Test
  void fields_in_a_row_two_spaces_apart_end_at_the_next_label() {
    var text = "Address: 14 Elm Row  City: Velmora  Prov: NB  Postal Code: E3B 2K7";
    assertThat(FormField.find(text))
        .extracting(d -> d.kind() + " " + value(text, d))
        .contains("LOCATION Velmora", "ZIP E3B 2K7");
    var prose = "City: Port  Velmora is lovely";
    assertThat(FormField.find(prose)).extracting(d -> value(prose, d)).doesNotContain("Port");
  }
}
