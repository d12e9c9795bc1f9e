package dev.masker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.StoreUnavailable;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.masking.vault.TokenVault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the request path's database calls do when the database is frozen or gone: the vault says it
 * is unavailable, a transaction fails with {@link StoreUnavailable}, both at the deadline rather
 * than when the database thaws; and a refusal by the database, or a bug in the work, is not
 * mistaken for an outage.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class RequestPathOutageTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  @Inject TokenVault vault;
  @Inject TransactionRunner tx;
  @Inject AgentRepository agents;

  @AfterEach
  void databaseBack() throws Exception {
    TestDatabase.restore();
  }

  @Test
  void a_frozen_database_fails_vault_calls_and_transactions_then_they_work_after_the_thaw() {
    var scope = "frozen-" + IDS.newUlid();
    var agent = new AgentId("agt_" + IDS.newUlid());

    TestDatabase.hold();
    // At the same time, so the test waits for the deadline once.
    var callers = Executors.newFixedThreadPool(3);
    try {
      var get = CompletableFuture.runAsync(() -> vault.get(scope, "T1"), callers);
      var put = CompletableFuture.runAsync(() -> vault.put(scope, "T1", new byte[] {1}), callers);
      var find =
          CompletableFuture.runAsync(() -> tx.inTransaction(() -> agents.find(agent)), callers);

      assertThatThrownBy(get::join).hasCauseInstanceOf(TokenVault.Unavailable.class);
      assertThatThrownBy(put::join).hasCauseInstanceOf(TokenVault.Unavailable.class);
      assertThatThrownBy(find::join).hasCauseInstanceOf(StoreUnavailable.class);
    } finally {
      callers.shutdownNow();
    }

    TestDatabase.release();
    var limit = Instant.now().plus(Duration.ofSeconds(30));
    while (!answers(() -> vault.put(scope, "T2", new byte[] {2}))) {
      assertThat(Instant.now()).as("the vault answers after the thaw").isBefore(limit);
    }
    assertThat(vault.get(scope, "T2")).hasValue(new byte[] {2});
    assertThat(tx.inTransaction(() -> agents.find(agent))).isEmpty();
  }

  @Test
  void a_database_that_is_gone_fails_a_transaction_with_store_unavailable() throws Exception {
    TestDatabase.cut();

    assertThatThrownBy(
            () -> tx.inTransaction(() -> agents.find(new AgentId("agt_" + IDS.newUlid()))))
        .isInstanceOf(StoreUnavailable.class)
        .hasNoCause();
  }

  @Test
  void a_failure_of_the_work_itself_passes_through_as_thrown() {
    var bug = new IllegalStateException("a bug, not an outage");

    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    () -> {
                      throw bug;
                    }))
        .isSameAs(bug);
  }

  private static boolean answers(Runnable call) {
    try {
      call.run();
      return true;
    } catch (TokenVault.Unavailable notYet) {
      return false;
    }
  }
}
