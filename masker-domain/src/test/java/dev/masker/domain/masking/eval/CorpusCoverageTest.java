package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The corpus keeps the size and spread docs/evaluation-corpus.md promises. */
class CorpusCoverageTest {

  private static final List<Example> VOICE = LabelledCorpus.load(LabelledCorpus.VOICE);
  private static final List<Example> WRITTEN = LabelledCorpus.load(LabelledCorpus.WRITTEN);
  private static final List<Example> ALL = LabelledCorpus.all();

  private static Map<EntityKind, Integer> examplesPerKind(List<Example> examples) {
    var counts = new EnumMap<EntityKind, Integer>(EntityKind.class);
    for (var example : examples) {
      example.entities().stream()
          .map(GoldEntity::kind)
          .distinct()
          .forEach(kind -> counts.merge(kind, 1, Integer::sum));
    }
    return counts;
  }

  @Test
  void the_corpus_has_at_least_250_examples_from_both_voice_and_written_text() {
    assertThat(ALL).hasSizeGreaterThanOrEqualTo(250);
    assertThat(VOICE).hasSizeGreaterThanOrEqualTo(120);
    assertThat(WRITTEN).hasSizeGreaterThanOrEqualTo(120);
  }

  @Test
  void ids_are_unique_across_both_files() {
    var ids = new HashSet<String>();
    for (var example : ALL) {
      assertThat(ids.add(example.id())).as("id %s is used twice", example.id()).isTrue();
    }
  }

  @Test
  void every_kind_but_other_id_is_labelled_in_at_least_eight_examples() {
    var counts = examplesPerKind(ALL);

    for (var kind : EntityKind.values()) {
      if (kind != EntityKind.OTHER_ID) {
        assertThat(counts.getOrDefault(kind, 0))
            .as("examples with %s", kind)
            .isGreaterThanOrEqualTo(8);
      }
    }
  }

  @Test
  void other_id_is_left_out_because_it_belongs_to_tenant_custom_patterns() {
    assertThat(examplesPerKind(ALL)).doesNotContainKey(EntityKind.OTHER_ID);
  }

  @Test
  void at_least_sixty_examples_hold_no_phi_and_both_files_have_some() {
    assertThat(ALL.stream().filter(Example::isNegative).count()).isGreaterThanOrEqualTo(60);
    assertThat(VOICE.stream().filter(Example::isNegative).count()).isGreaterThanOrEqualTo(30);
    assertThat(WRITTEN.stream().filter(Example::isNegative).count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void the_voice_file_reads_like_a_transcript_mostly_lower_case_with_spoken_numbers() {
    long lowerCase = VOICE.stream().filter(e -> e.text().equals(e.text().toLowerCase())).count();
    long spokenDigits =
        VOICE.stream().filter(e -> e.text().matches(".*\\b(oh|five|double) .*")).count();

    assertThat(lowerCase).isGreaterThan(VOICE.size() * 9L / 10);
    assertThat(spokenDigits).isGreaterThanOrEqualTo(40);
  }

  @Test
  void the_counts_per_kind_are_printed_for_the_docs() {
    var voice = examplesPerKind(VOICE);
    var written = examplesPerKind(WRITTEN);
    var table = new StringBuilder("kind            voice written\n");
    for (var kind : EntityKind.values()) {
      table.append(
          String.format(
              "%-15s %5d %7d%n", kind, voice.getOrDefault(kind, 0), written.getOrDefault(kind, 0)));
    }
    System.out.println(table);
    assertThat(table).contains("NAME");
  }
}
