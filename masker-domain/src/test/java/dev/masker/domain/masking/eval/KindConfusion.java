package dev.masker.domain.masking.eval;

import dev.masker.domain.masking.EntityKind;

/**
 * A prediction on the right span with a sibling kind: a DATE found where the gold says DOB, a PHONE
 * where it says FAX, or the other way round. Strict scores count it as one false positive and one
 * false negative; it is listed so that a near miss can be told from a real one.
 */
public record KindConfusion(
    String exampleId, EntityKind gold, EntityKind predicted, int start, int end) {

  /** True for the pairs the scorer treats as siblings: DOB and DATE, FAX and PHONE. */
  public static boolean siblings(EntityKind a, EntityKind b) {
    return pair(a, b, EntityKind.DOB, EntityKind.DATE)
        || pair(a, b, EntityKind.FAX, EntityKind.PHONE);
  }

  private static boolean pair(EntityKind a, EntityKind b, EntityKind x, EntityKind y) {
    return (a == x && b == y) || (a == y && b == x);
  }
}
