package dev.masker.adapters.persistence;

import dev.masker.application.port.out.TransactionRunner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The transaction boundary of every use case (docs/adr/0001-transaction-boundary.md): joins the
 * caller's transaction when there is one, else begins one and commits it when the work returns.
 */
@ApplicationScoped
public class QuarkusTransactionRunner implements TransactionRunner {
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return QuarkusTransaction.joiningExisting().call(work::get);
  }
}
