package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetectableKindsTest {
  private final DetectableKinds probed = DetectableKinds.probe();

  @Test
  void every_kind_has_a_sample() {
    assertThat(DetectableKinds.SAMPLES).containsOnlyKeys(EntityKind.values());
  }

  @Test
  void the_built_in_passes_together_find_every_kind_of_identifier() {
    assertThat(
            Arrays.stream(EntityKind.values())
                .filter(
                    kind -> !probed.finds(Pass.REGEX, kind) && !probed.finds(Pass.LEXICON, kind)))
        .isEmpty();
  }

  @Test
  void names_are_the_lexicon_pass_s_and_numbers_the_regex_pass_s() {
    assertThat(probed.finds(Pass.LEXICON, EntityKind.NAME)).isTrue();
    assertThat(probed.finds(Pass.REGEX, EntityKind.NAME)).isFalse();
    assertThat(probed.finds(Pass.REGEX, EntityKind.PHONE)).isTrue();
    assertThat(probed.finds(Pass.REGEX, EntityKind.SSN)).isTrue();
    assertThat(probed.finds(Pass.LEXICON, EntityKind.CREDIT_CARD)).isFalse();
  }

  @Test
  void the_model_pass_is_never_claimed() {
    assertThat(Arrays.stream(EntityKind.values()).filter(kind -> probed.finds(Pass.NER, kind)))
        .isEmpty();
  }

  @Test
  void a_given_table_answers_what_it_was_given() {
    var given = DetectableKinds.of(Map.of(Pass.REGEX, Map.of(EntityKind.PHONE, 0.9)));

    assertThat(given.confidence(Pass.REGEX, EntityKind.PHONE)).hasValue(0.9);
    assertThat(given.finds(Pass.LEXICON, EntityKind.PHONE)).isFalse();
  }
}
