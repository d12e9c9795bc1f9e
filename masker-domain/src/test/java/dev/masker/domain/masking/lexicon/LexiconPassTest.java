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
        "Via Roma 10, 3º B, "
      })
  void a_pathological_turn_is_processed_in_steps_linear_in_its_length(String unit) {
    LinearWork.assertLinear(
        unit,
        unit.repeat(10_000 / unit.length()),
        unit.repeat(100_000 / unit.length()),
        pass::find);
  }
}
