package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuralRoutesTest {
  private static List<String> found(String text) {
    var out = new ArrayList<Detection>();
    new RuralRoutes().find(SpokenTokens.of(text), out);
    return out.stream()
        .peek(d -> assertThat(d.kind()).isEqualTo(EntityKind.ADDRESS))
        .map(d -> text.substring(d.start(), d.end()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "we're out on rural route five box sixty two, muncie | rural route five box sixty two",
        "RR 2 Box 35, Orlin | RR 2 Box 35",
        "it's r r seven, box twenty four | r r seven, box twenty four",
        "highway contract three box eleven | highway contract three box eleven",
        "he's at route one box 165 near justice | route one box 165",
        "he lives at rt 3 box 22 | rt 3 box 22",
        "county road eighty four mile marker twelve past the chapter house"
            + " | county road eighty four mile marker twelve",
      })
  void a_route_its_number_and_a_box_or_mile_marker_are_one_address(String text, String value) {
    assertThat(found(text)).containsExactly(value);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "take route five to the box store",
        "county road eighty four is closed",
        "the rural route is long, box it up",
      })
  void a_road_without_a_box_or_marker_is_no_address(String text) {
    assertThat(found(text)).isEmpty();
  }
}
