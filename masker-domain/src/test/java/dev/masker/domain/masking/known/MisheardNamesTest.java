package dev.masker.domain.masking.known;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.text.ScanSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MisheardNamesTest {
  private final KnownValues known = new KnownValues(true, true);

  MisheardNamesTest() {
    known.learn(EntityKind.NAME, "Dagny Halvorsen", "Dagny Halvorsen", 0.9, Pass.LEXICON);
    known.learn(EntityKind.NAME, "Anna Martins", "Anna Martins", 0.9, Pass.LEXICON);
  }

  private java.util.List<String> found(String text) {
    return known.find(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Halvorson", "Halverson", "Hallvorsen", "Halvosren", "Halvrsen", "HALVERSON"})
  void a_known_name_one_letter_off_or_with_other_vowels_recurs(String heard) {
    assertThat(found("Please send it to " + heard + " today.")).containsExactly(heard);
  }

  @ParameterizedTest
  @ValueSource(strings = {"@dhalvorsen", "HalvorsenD", "#TeamHalvorsen", "HalvorsenFamily"})
  void a_known_name_with_an_initial_glued_on_or_inside_camel_case_recurs(String handle) {
    var name = handle.replaceAll("(?i).*?(halvorsen).*", "$1");
    assertThat(found("reach " + handle + " today")).contains(name);
  }

  @Test
  void ordinary_words_other_first_letters_and_longer_glue_are_left_alone() {
    // "martini" and "margins" are one edit or their vowels from "martins", but ordinary words;
    // "Palvorsen" starts with another letter; three letters glued are a word of its own
    assertThat(found("a martini and the margins")).isEmpty();
    assertThat(found("Palvorsen and abchalvorsen")).isEmpty();
    // short names are not read misheard: "Dagney" after "Dagny"
    assertThat(found("Dagney called")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"H4lv0rsen", "HALV0R53N", "d4gny", "Ha1vorsen"})
  void a_known_name_written_with_digits_for_letters_recurs(String written) {
    assertThat(found("ms " + written + " called")).containsExactly(written);
  }

  @Test
  void codes_and_words_with_digits_that_spell_no_known_name_are_left_alone() {
    assertThat(found("member QRT583906, room 4b, the 2nd floor, b4 noon, 1961")).isEmpty();
  }

  @Test
  void one_edit_apart_means_one_change_insertion_deletion_or_swap() {
    assertThat(MisheardNames.oneEditApart("halvorsen", "halvorson")).isTrue();
    assertThat(MisheardNames.oneEditApart("halvorsen", "halvorsn")).isTrue();
    assertThat(MisheardNames.oneEditApart("halvorsen", "hallvorsen")).isTrue();
    assertThat(MisheardNames.oneEditApart("halvorsen", "halvosren")).isTrue();
    assertThat(MisheardNames.oneEditApart("halvorsen", "halverson")).isFalse();
    assertThat(MisheardNames.skeleton("halverson")).isEqualTo(MisheardNames.skeleton("halvorsen"));
  }

  @Test
  void the_search_stays_linear() {
    var word = "Halverson Hallvorsen xhalvorsenx ";
    var small = word.repeat(300);
    var large = word.repeat(3000);
    long smallSteps = ScanSteps.count(() -> known.find(small));
    long largeSteps = ScanSteps.count(() -> known.find(large));
    assertThat((double) largeSteps / smallSteps).isLessThan(15.0);
  }
}
