package dev.masker.domain.masking.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.LinearWork;
import dev.masker.domain.masking.Pass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconPassTest {

  private final LexiconPass pass = new LexiconPass();

  @Test
  void one_turn_with_a_name_and_a_city_yields_both() {
    List<Detection> found =
        pass.find("hi this is maria lopez, i live in san francisco").stream()
            .filter(d -> d.confidence() >= 0.6)
            .toList();
    assertThat(found).extracting(Detection::kind).contains(EntityKind.NAME, EntityKind.LOCATION);
    assertThat(found).allSatisfy(d -> assertThat(d.pass()).isEqualTo(Pass.LEXICON));
    assertThat(pass.pass()).isEqualTo(Pass.LEXICON);
  }

  @Test
  void every_list_resource_loads_and_is_not_empty() {
    for (String resource : Lexicon.RESOURCES) {
      assertThat(Lexicon.read(resource)).as(resource).isNotEmpty();
    }
    assertThat(Lexicon.read("first-names.txt")).hasSizeGreaterThan(2000);
    assertThat(Lexicon.read("surnames.txt")).hasSizeGreaterThan(2000);
    assertThat(Lexicon.read("us-cities.txt")).hasSizeGreaterThan(2000);
  }

  @Test
  void a_missing_list_fails_loudly_without_hiding_the_reason() {
    assertThatThrownBy(() -> Lexicon.read("no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-list.txt");
  }

  @Test
  void empty_and_punctuation_only_texts_find_nothing() {
    assertThat(pass.find("")).isEmpty();
    assertThat(pass.find(" ,.;!? ")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1 ",
        "a@",
        "five ",
        "john ",
        "my name is ",
        "san francisco ",
        "1234 oak street ",
        "s m i t h ",
        "0123456789",
        "dr. ",
        "live in ",
        "my father okafor ",
        "kowalczyk k o w a l c z y k ",
        "a b ",
        "de la van der ",
        "okafor's ",
        "Lopez, Maria, ",
        "zyx-qwv-",
        "Calle Mayor ",
        "Hauptstraße 12, ",
        "12 rue de la ",
        "10115 ",
        "58-346 Józefów ",
        "live in north ",
        "Via Roma 10, 3º B, ",
        "City: ",
        "City: Le Mans, ",
        "Street: Calle Mayor 7, | ",
        "Address line 2 ",
        "in Le ",
        ", 10115 ",
        "street,zip,city\n",
        "Ilica 10,10000,Zagreb\n",
        "street=Ilica 10 zip=",
        "Postal code 10115, town ",
        "Grohovo 11 (",
        "Bratislava II ",
        "postcode is yes it's ",
        "old 12345 → new ",
        "the Velmora office, ",
        "City: Velmora  ",
        ", Singapore 518204 ",
        ", Korrabine VIC ",
        "Flat 12, Palm Apartments, ",
        "addr is Ogrodowa 2 m. ",
        "210/12 ",
        "Herzl St 54, ",
        "C/ Mayor, 7, 3º, ",
        "12 Hanbit-ro, "
      })
  void a_pathological_turn_is_processed_in_steps_linear_in_its_length(String unit) {
    LinearWork.assertLinear(
        unit,
        unit.repeat(10_000 / unit.length()),
        unit.repeat(100_000 / unit.length()),
        pass::find);
  }

  @Test
  void a_name_inside_a_street_address_gives_way_to_the_address() {
    // written for this test: a street named after a person, before a postal code and a town
    String text = "The parcel for Marina Kovač 152 (30424 Otok) came back.";
    var resolved = dev.masker.domain.masking.SpanResolver.resolve(pass.find(text));
    assertThat(resolved)
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(EntityKind.ADDRESS);
              assertThat(text.substring(d.start(), d.end())).isEqualTo("Marina Kovač 152");
            })
        .noneMatch(d -> d.kind() == EntityKind.NAME);
  }

  @Test
  void a_town_read_only_after_a_cue_does_not_outrank_a_name() {
    String text = "Neither the name of Michael Stapelberg nor the names of contributors.";
    var resolved = dev.masker.domain.masking.SpanResolver.resolve(pass.find(text));
    assertThat(resolved)
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(EntityKind.NAME);
              assertThat(text.substring(d.start(), d.end())).isEqualTo("Michael Stapelberg");
            });
  }

  @Test
  void both_ends_of_a_move_outrank_a_name_read_there() {
    // written for this test: towns that the name lists also hold as given names
    String text = "Moved from León to Marion in the spring; new GP not yet registered.";
    var resolved = dev.masker.domain.masking.SpanResolver.resolve(pass.find(text));
    assertThat(resolved)
        .extracting(d -> d.kind() + " " + text.substring(d.start(), d.end()))
        .contains("LOCATION León", "LOCATION Marion");
  }

  @Test
  void the_name_stays_among_the_detections_for_policies_that_mask_no_places() {
    var name = new Detection(EntityKind.NAME, 4, 16, 0.9, Pass.LEXICON, "marina kovac");
    var place = new Detection(EntityKind.ADDRESS, 4, 20, 0.85, Pass.LEXICON, "Marina Kovač 152");
    var other = new Detection(EntityKind.LOCATION, 30, 34, 0.5, Pass.LEXICON, "otok");
    var places = LexiconPass.placesOverNames(List.of(name), List.of(other, place));
    assertThat(places).hasSize(2);
    assertThat(places.get(1).confidence()).isGreaterThan(name.confidence());
    assertThat(places.get(0).confidence()).isEqualTo(0.5); // no name inside it
  }
}
