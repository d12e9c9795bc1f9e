package dev.masker.adapters.persistence;

import dev.masker.application.port.out.StoreUnavailable;
import dev.masker.application.port.out.TransactionRunner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The transaction boundary of every use case (docs/adr/0001-transaction-boundary.md): joins the
 * caller's transaction when there is one, else begins one and commits it when the work returns. A
 * new transaction runs under the request path's {@link DatabaseDeadline} (ADR 0009): its caller
 * waits no longer than the deadline. A database that cannot be reached, in time or at all, becomes
 * {@link StoreUnavailable}; every other failure passes through as thrown.
 */
@ApplicationScoped
public class QuarkusTransactionRunner implements TransactionRunner {
  private final DatabaseDeadline deadline;

  public QuarkusTransactionRunner(DatabaseDeadline deadline) {
    this.deadline = deadline;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    try {
      if (QuarkusTransaction.isActive()) {
        // Joined where it runs: a transaction belongs to its thread.
        return QuarkusTransaction.joiningExisting().call(work::get);
      }
      return deadline.call(() -> QuarkusTransaction.joiningExisting().call(work::get));
    } catch (StoreUnavailable unavailable) {
      throw unavailable;
    } catch (RuntimeException e) {
      if (DatabaseUnreachable.isCauseOf(e)) {
        throw new StoreUnavailable("the database cannot be reached");
      }
      throw e;
    } catch (SQLException impossible) {
      // A Supplier cannot throw it; the deadline's signature merely allows it.
      throw new IllegalStateException("unexpected checked exception", impossible);
    }
  }
}
