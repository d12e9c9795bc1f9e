package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.masker.domain.masking.EntityKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The held-out corpus (docs/evaluation-corpus.md, "Held-out corpus"): written by a different hand
 * than the first corpus, without sight of it or of the detectors, to measure generalisation.
 */
class HoldoutCorpusTest {

  static final String HOLDOUT_VOICE = "holdout-voice.tsv";
  static final String HOLDOUT_WRITTEN = "holdout-written.tsv";

  private static final List<Example> VOICE = LabelledCorpus.load(HOLDOUT_VOICE);
  private static final List<Example> WRITTEN = LabelledCorpus.load(HOLDOUT_WRITTEN);

  private static List<Example> all() {
    var all = new ArrayList<Example>(VOICE);
    all.addAll(WRITTEN);
    return all;
  }

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

  private static List<String> lines(String resource) throws IOException {
    var stream = LabelledCorpus.class.getResourceAsStream(resource);
    assertThat(stream).as("resource %s", resource).isNotNull();
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    }
  }

  @Test
  void every_line_of_both_files_parses() throws IOException {
    for (var resource : List.of(HOLDOUT_VOICE, HOLDOUT_WRITTEN)) {
      var lines = lines(resource);
      int examples = 0;
      for (int i = 0; i < lines.size(); i++) {
        var line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        examples++;
        int lineNumber = i + 1;
        assertThatCode(() -> LabelledCorpus.parseLine(resource, lineNumber, line))
            .as("%s line %d", resource, lineNumber)
            .doesNotThrowAnyException();
      }
      assertThat(LabelledCorpus.load(resource)).hasSize(examples);
    }
  }

  @Test
  void ids_are_unique_across_both_files_and_follow_the_prefixes() {
    var ids = new HashSet<String>();
    for (var example : all()) {
      assertThat(ids.add(example.id())).as("id %s is used twice", example.id()).isTrue();
    }
    assertThat(VOICE).allSatisfy(e -> assertThat(e.id()).matches("hv\\d{3}"));
    assertThat(WRITTEN).allSatisfy(e -> assertThat(e.id()).matches("hw\\d{3}"));
  }

  @Test
  void there_are_at_least_200_examples() {
    assertThat(all()).hasSizeGreaterThanOrEqualTo(200);
    assertThat(VOICE).hasSizeGreaterThanOrEqualTo(100);
    assertThat(WRITTEN).hasSizeGreaterThanOrEqualTo(100);
  }

  @Test
  void every_kind_but_other_id_is_labelled_in_at_least_five_examples() {
    var counts = examplesPerKind(all());
    for (var kind : EntityKind.values()) {
      if (kind != EntityKind.OTHER_ID) {
        assertThat(counts.getOrDefault(kind, 0))
            .as("examples with %s", kind)
            .isGreaterThanOrEqualTo(5);
      }
    }
    assertThat(counts).doesNotContainKey(EntityKind.OTHER_ID);
  }

  @Test
  void both_files_hold_lines_without_phi() {
    assertThat(VOICE.stream().filter(Example::isNegative).count()).isGreaterThanOrEqualTo(30);
    assertThat(WRITTEN.stream().filter(Example::isNegative).count()).isGreaterThanOrEqualTo(30);
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
