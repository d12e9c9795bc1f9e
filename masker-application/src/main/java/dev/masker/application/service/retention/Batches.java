package dev.masker.application.service.retention;

import java.util.function.IntUnaryOperator;

/** Repeats a bounded delete until a batch comes back short. */
final class Batches {
  private Batches() {}

  /** Calls {@code batch} with {@code limit} until it deletes fewer; returns the sum. */
  static long repeat(int limit, IntUnaryOperator batch) {
    long total = 0;
    int deleted;
    do {
      deleted = batch.applyAsInt(limit);
      total += deleted;
    } while (deleted >= limit);
    return total;
  }
}
