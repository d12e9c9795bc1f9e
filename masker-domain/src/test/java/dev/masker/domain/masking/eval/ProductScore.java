package dev.masker.domain.masking.eval;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled corpus scored on what the product detects ({@link ProductDetection}): spans, chars,
 * and how many of its PHI-free lines got a detection. {@link #summary} gives figures only; the
 * lines themselves are printed only when asked for ({@code errors}), for development sets.
 */
record ProductScore(Scorecard card, CharOverlap chars, int phiFree, int flagged) {

  static ProductScore of(String resource, boolean errors) {
    var scorer = new Scorer();
    var chars = new CharOverlap();
    int phiFree = 0;
    int flagged = 0;
    for (var example : LabelledCorpus.loadWithLineBreaks(resource)) {
      var found = ProductDetection.detect(example.text());
      scorer.add(example, found);
      chars.add(example, found);
      if (example.isNegative()) {
        phiFree++;
        flagged += found.isEmpty() ? 0 : 1;
      }
      if (errors) {
        printErrors(example, found);
      }
    }
    return new ProductScore(scorer.scorecard(), chars, phiFree, flagged);
  }

  double recall() {
    return card.overall().recall();
  }

  double precision() {
    return card.overall().precision();
  }

  String summary(String name) {
    return String.format(
        "%s: span precision %.3f recall %.3f, covered by any kind %.3f | chars %s | PHI-free lines"
            + " flagged %d of %d%n%s",
        name, precision(), recall(), card.coveredAnyKind(), chars, flagged, phiFree, card.table());
  }

  private static void printErrors(Example example, List<Detection> found) {
    var one = new Scorer().add(example, found).scorecard();
    var lines = new ArrayList<String>();
    for (var span : one.missed()) {
      lines.add("MISS " + span.kind() + " " + example.text().substring(span.start(), span.end()));
    }
    for (var span : one.spurious()) {
      lines.add("FP   " + span.kind() + " " + example.text().substring(span.start(), span.end()));
    }
    if (!lines.isEmpty()) {
      System.out.println(example.id() + "  " + example.text() + "\n    " + lines);
    }
  }
}
