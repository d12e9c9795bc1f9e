package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Detector;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labelled-cell reading of {@link Masker#detect(String)} (XML elements, table columns, label
 * lines, key=value pairs) over every labelled corpus: it adds no detection outside a labelled
 * value, on PHI-free lines or elsewhere, and loses none of the detector's.
 */
class LabelledCellsCorpusTest {
  private static final List<String> CORPORA =
      List.of(
          "voice.tsv",
          "written.tsv",
          "holdout-voice.tsv",
          "holdout-written.tsv",
          "names-voice-dev.tsv",
          "names-voice-dev2.tsv",
          "names-voice-holdout.tsv",
          "names-voice-holdout2.tsv",
          "names-voice-holdout3.tsv",
          "names-written-dev.tsv",
          "names-written-holdout.tsv",
          "names-written-holdout2.tsv",
          "places-voice-dev.tsv",
          "places-voice-holdout.tsv",
          "places-written-dev.tsv",
          "places-written-dev2.tsv",
          "places-written-holdout.tsv",
          "places-written-holdout2.tsv");

  private static final Detector DETECTOR = Detector.of(Policy.healthcareDefault());
  private static final Masker MASKER =
      Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", new byte[32]).build();

  @Test
  void labelled_cells_add_no_false_positive_and_lose_nothing() {
    int lines = 0;
    int outsideByDetector = 0;
    int outsideByMasker = 0;
    int flaggedFreeLinesByDetector = 0;
    int flaggedFreeLinesByMasker = 0;
    for (var corpus : CORPORA) {
      for (var example : LabelledCorpus.load(corpus)) {
        lines++;
        var byDetector = DETECTOR.detect(example.text());
        var byMasker = MASKER.detect(example.text());
        outsideByDetector += outside(example, byDetector);
        outsideByMasker += outside(example, byMasker);
        if (example.isNegative()) {
          flaggedFreeLinesByDetector += byDetector.isEmpty() ? 0 : 1;
          flaggedFreeLinesByMasker += byMasker.isEmpty() ? 0 : 1;
        }
        for (var found : byDetector) {
          assertThat(byMasker)
              .as("%s keeps what the detector found", example.id())
              .anyMatch(d -> d.start() <= found.start() && d.end() >= found.end());
        }
      }
    }
    System.out.printf(
        "%d lines: detections outside a labelled value %d (detector) / %d (masker); PHI-free lines"
            + " flagged %d / %d%n",
        lines,
        outsideByDetector,
        outsideByMasker,
        flaggedFreeLinesByDetector,
        flaggedFreeLinesByMasker);
    assertThat(outsideByMasker).isEqualTo(outsideByDetector);
    assertThat(flaggedFreeLinesByMasker).isEqualTo(flaggedFreeLinesByDetector);
  }

  /** Detections that overlap no labelled value. */
  private static int outside(Example example, List<Detection> detections) {
    int count = 0;
    for (var d : detections) {
      boolean labelled =
          example.entities().stream().anyMatch(g -> g.start() < d.end() && d.start() < g.end());
      count += labelled ? 0 : 1;
    }
    return count;
  }
}
