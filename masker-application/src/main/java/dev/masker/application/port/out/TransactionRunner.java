package dev.masker.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: every read and write of {@code work} commits together, or none
 * does when it throws. See docs/adr/0001-transaction-boundary.md.
 */
public interface TransactionRunner {
  <T> T inTransaction(Supplier<T> work);

  default void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
