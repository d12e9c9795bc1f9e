package dev.masker.application.fake;

import dev.masker.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Runs the work as it is: the in-memory fakes need no transaction. */
public final class DirectTransactionRunner implements TransactionRunner {
  private int transactions;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    transactions++;
    return work.get();
  }

  public int transactions() {
    return transactions;
  }
}
