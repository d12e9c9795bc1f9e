package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZipsNearPlacesTest {

  /** The text with the place at {@code place} found as a LOCATION. */
  private static List<Detection> zips(String text, String place) {
    int at = text.indexOf(place);
    var town =
        new Detection(EntityKind.LOCATION, at, at + place.length(), 0.8, Pass.LEXICON, place);
    return ZipsNearPlaces.find(text, List.of(town));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "we're at 3349 market lane in friendship, by the church, oh seven two oh seven | friendship"
            + " | oh seven two oh seven | 07207",
        "is there a pharmacy near eighty three seventy six seven, i'm in comfort | comfort | eighty"
            + " three seventy six seven | 83767",
        "i live out by lowbridge, like past the feed store, 44701 | lowbridge | 44701 | 44701",
        "okay, twelve forty eight two, and i'm in yakima | yakima | twelve forty eight two | 12482",
      })
  void a_five_digit_number_in_a_turn_naming_a_place_is_its_zip_code(
      String text, String place, String said, String digits) {
    assertThat(zips(text, place))
        .extracting(Detection::kind, d -> text.substring(d.start(), d.end()), Detection::canonical)
        .containsExactly(tuple(EntityKind.ZIP, said, digits));
  }

  @Test
  void a_five_digit_number_right_after_near_needs_no_place() {
    var text = "is there a pharmacy in network near 33528";

    assertThat(ZipsNearPlaces.find(text, List.of()))
        .extracting(Detection::canonical)
        .containsExactly("33528");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "i walk 12000 steps a day in boise",
        "in boise it cost twelve thousand five hundred",
        "in boise, the group is five six one five seven",
        "in boise, po box four four two one nine",
        "in boise, four one two five five five oh one oh one",
      })
  void a_count_a_longer_number_or_another_value_s_number_is_no_zip_code(String text) {
    assertThat(zips(text, "boise")).isEmpty();
  }

  @Test
  void without_a_place_or_a_zip_cue_a_five_digit_number_is_left_to_the_other_readers() {
    assertThat(ZipsNearPlaces.find("my code was four four two one nine", List.of())).isEmpty();
  }
}
