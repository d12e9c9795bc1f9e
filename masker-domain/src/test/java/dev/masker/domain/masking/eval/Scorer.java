package dev.masker.domain.masking.eval;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores predicted detections against gold entities, example by example.
 *
 * <p>Matching rule: a prediction matches a gold entity of the same kind when their spans overlap by
 * at least half of the longer of the two. Each gold entity matches at most one prediction and each
 * prediction at most one gold entity; the pairing maximises the number of matches. A second
 * prediction on an already matched value is a false positive.
 *
 * <p>A prediction that would match an unmatched gold entity but has its sibling kind (DOB/DATE,
 * FAX/PHONE) stays a false positive plus a false negative and is also listed as a {@link
 * KindConfusion}. Independently of kinds, the scorer counts how many gold entities some prediction
 * of any kind covers by the same overlap rule: those values would be masked even if mislabelled.
 *
 * <p>Use: {@code var scorer = new Scorer(); scorer.add(example, detections); ...;
 * scorer.scorecard().table()}. Not thread-safe; one scorer per evaluation run.
 */
public final class Scorer {

  private final Map<EntityKind, int[]> counts = new EnumMap<>(EntityKind.class);
  private final List<KindConfusion> confusions = new ArrayList<>();
  private final List<ScoredSpan> missed = new ArrayList<>();
  private final List<ScoredSpan> spurious = new ArrayList<>();
  private int examples;
  private int goldCovered;
  private int goldTotal;

  /** Adds one example's predictions. */
  public Scorer add(Example example, List<Detection> predicted) {
    return add(example.id(), example.entities(), predicted);
  }

  /** Adds one example's gold entities and predictions. */
  public Scorer add(String exampleId, List<GoldEntity> gold, List<Detection> predicted) {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    examples++;
    var goldMatched = new boolean[gold.size()];
    var predictedMatched = new boolean[predicted.size()];
    for (var kind : EntityKind.values()) {
      matchKind(kind, gold, predicted, goldMatched, predictedMatched);
    }
    for (int g = 0; g < gold.size(); g++) {
      var entity = gold.get(g);
      if (!goldMatched[g]) {
        missed.add(new ScoredSpan(exampleId, entity.kind(), entity.start(), entity.end()));
      }
      goldTotal++;
      if (coveredByAny(entity, predicted)) {
        goldCovered++;
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      var detection = predicted.get(p);
      if (!predictedMatched[p]) {
        spurious.add(
            new ScoredSpan(exampleId, detection.kind(), detection.start(), detection.end()));
      }
    }
    listConfusions(exampleId, gold, predicted, goldMatched, predictedMatched);
    return this;
  }

  /** The scores of everything added so far. */
  public Scorecard scorecard() {
    var perKind = new EnumMap<EntityKind, Counts>(EntityKind.class);
    counts.forEach((kind, c) -> perKind.put(kind, new Counts(c[0], c[1], c[2])));
    return new Scorecard(examples, perKind, confusions, missed, spurious, goldCovered, goldTotal);
  }

  /** The overlap rule: at least half of the longer span is shared. */
  static boolean spansMatch(int start1, int end1, int start2, int end2) {
    int overlap = Math.min(end1, end2) - Math.max(start1, start2);
    int longer = Math.max(end1 - start1, end2 - start2);
    return overlap > 0 && 2L * overlap >= longer;
  }

  private void matchKind(
      EntityKind kind,
      List<GoldEntity> gold,
      List<Detection> predicted,
      boolean[] goldMatched,
      boolean[] predictedMatched) {
    var goldOfKind = new ArrayList<Integer>();
    var predictedOfKind = new ArrayList<Integer>();
    for (int g = 0; g < gold.size(); g++) {
      if (gold.get(g).kind() == kind) {
        goldOfKind.add(g);
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      if (predicted.get(p).kind() == kind) {
        predictedOfKind.add(p);
      }
    }
    if (goldOfKind.isEmpty() && predictedOfKind.isEmpty()) {
      return;
    }
    // Maximum bipartite matching (augmenting paths); a few entities per example at most.
    var partnerOfPrediction = new int[predictedOfKind.size()];
    Arrays.fill(partnerOfPrediction, -1);
    int matched = 0;
    for (int g = 0; g < goldOfKind.size(); g++) {
      if (augment(
          g,
          goldOfKind,
          predictedOfKind,
          gold,
          predicted,
          partnerOfPrediction,
          new boolean[predictedOfKind.size()])) {
        matched++;
      }
    }
    for (int p = 0; p < partnerOfPrediction.length; p++) {
      if (partnerOfPrediction[p] >= 0) {
        predictedMatched[predictedOfKind.get(p)] = true;
        goldMatched[goldOfKind.get(partnerOfPrediction[p])] = true;
      }
    }
    var c = counts.computeIfAbsent(kind, k -> new int[3]);
    c[0] += matched;
    c[1] += predictedOfKind.size() - matched;
    c[2] += goldOfKind.size() - matched;
  }

  private static boolean augment(
      int g,
      List<Integer> goldOfKind,
      List<Integer> predictedOfKind,
      List<GoldEntity> gold,
      List<Detection> predicted,
      int[] partnerOfPrediction,
      boolean[] visited) {
    var entity = gold.get(goldOfKind.get(g));
    for (int p = 0; p < predictedOfKind.size(); p++) {
      var detection = predicted.get(predictedOfKind.get(p));
      if (visited[p]
          || !spansMatch(entity.start(), entity.end(), detection.start(), detection.end())) {
        continue;
      }
      visited[p] = true;
      if (partnerOfPrediction[p] < 0
          || augment(
              partnerOfPrediction[p],
              goldOfKind,
              predictedOfKind,
              gold,
              predicted,
              partnerOfPrediction,
              visited)) {
        partnerOfPrediction[p] = g;
        return true;
      }
    }
    return false;
  }

  private void listConfusions(
      String exampleId,
      List<GoldEntity> gold,
      List<Detection> predicted,
      boolean[] goldMatched,
      boolean[] predictedMatched) {
    var used = predictedMatched.clone();
    for (int g = 0; g < gold.size(); g++) {
      if (goldMatched[g]) {
        continue;
      }
      var entity = gold.get(g);
      for (int p = 0; p < predicted.size(); p++) {
        var detection = predicted.get(p);
        if (!used[p]
            && KindConfusion.siblings(entity.kind(), detection.kind())
            && spansMatch(entity.start(), entity.end(), detection.start(), detection.end())) {
          used[p] = true;
          confusions.add(
              new KindConfusion(
                  exampleId, entity.kind(), detection.kind(), entity.start(), entity.end()));
          break;
        }
      }
    }
  }

  private static boolean coveredByAny(GoldEntity entity, List<Detection> predicted) {
    for (var detection : predicted) {
      if (spansMatch(entity.start(), entity.end(), detection.start(), detection.end())) {
        return true;
      }
    }
    return false;
  }
}
