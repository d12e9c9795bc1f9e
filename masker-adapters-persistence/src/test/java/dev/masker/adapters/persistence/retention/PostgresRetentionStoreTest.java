package dev.masker.adapters.persistence.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.DatabaseDeadline;
import dev.masker.adapters.persistence.PersistenceSettings;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.vault.PostgresTokenVault;
import dev.masker.application.port.in.ApplyRetentionUseCase.Counts;
import dev.masker.application.port.in.ApplyRetentionUseCase.Outcome;
import dev.masker.application.service.retention.ApplyRetentionService;
import dev.masker.application.service.retention.RetentionLimits;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention against real PostgreSQL. Every run looks back from {@link #NOW}, in 2001, and every row
 * these tests plant is older than that: rows the other tests of the JVM write carry today's dates,
 * which no cutoff here reaches.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresRetentionStoreTest {
  static final Instant NOW = Instant.parse("2001-06-01T00:00:00Z");
  private static final Instant OLD = NOW.minus(Duration.ofDays(91));
  private static final Instant YOUNG = NOW.minus(Duration.ofDays(89));

  @Inject PostgresRetentionStore store;
  @Inject AgroalDataSource dataSource;
  @Inject DatabaseDeadline deadline;
  private Seed seed;
  private String account;
  private String agent;

  @BeforeEach
  void setUp() {
    seed = new Seed(dataSource);
    account = seed.account();
    agent = seed.agent(account, Optional.empty());
  }

  private ApplyRetentionService retention(int payloadDays, int batchSize) {
    return new ApplyRetentionService(
        store, new RetentionLimits(90, payloadDays, batchSize), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Counts counts(Outcome outcome) {
    return outcome.fold(Outcome.Done::counts, skipped -> null);
  }

  @Test
  void sessions_past_the_limit_go_with_their_turns_payloads_and_vault_rows_and_younger_ones_stay() {
    var callHash = "xid_" + "A".repeat(32);
    var oldCall = seed.session(account, agent, Optional.of(callHash), OLD);
    var oldSingle = seed.session(account, agent, Optional.empty(), OLD);
    var young = seed.session(account, agent, Optional.empty(), YOUNG);
    seed.vaultRow(agent + "/" + callHash, "MSKV1.NAME.K.AAAA", OLD.minusSeconds(30));
    seed.vaultRow(agent + "/" + callHash, "MSKV1.PHONE.K.BBBB", OLD.minusSeconds(20));
    seed.vaultRow(agent + "/" + oldSingle, "MSKV1.NAME.K.CCCC", OLD.minusSeconds(30));
    seed.vaultRow(agent + "/" + young, "MSKV1.NAME.K.DDDD", OLD.minusSeconds(30));
    seed.payload(oldCall, OLD);

    var counts = counts(retention(365, 1000).apply());

    assertThat(counts).isEqualTo(new Counts(2, 2, 3, 0, 1));
    assertThat(seed.exists("sessions", "id", oldCall)).isFalse();
    assertThat(seed.exists("sessions", "id", oldSingle)).isFalse();
    assertThat(seed.exists("turns", "session_id", oldCall)).isFalse();
    assertThat(seed.exists("turn_payloads", "session_id", oldCall)).isFalse();
    assertThat(seed.exists("token_vault", "scope", agent + "/" + callHash)).isFalse();
    assertThat(seed.exists("token_vault", "scope", agent + "/" + oldSingle)).isFalse();
    // The kept session keeps its turn and its vault row, however old the row itself is.
    assertThat(seed.exists("sessions", "id", young)).isTrue();
    assertThat(seed.exists("turns", "session_id", young)).isTrue();
    assertThat(seed.exists("token_vault", "scope", agent + "/" + young)).isTrue();
  }

  @Test
  void a_kept_session_still_rehydrates_and_a_deleted_one_no_longer_does() {
    var kept = seed.session(account, agent, Optional.empty(), YOUNG);
    var deleted = seed.session(account, agent, Optional.empty(), OLD);
    var original = "Hi, this is Maria Lopez, call me at 415 555 2671";
    var maskedKept = masker().mask(agent + "/" + kept, original).text();
    var maskedDeleted = masker().mask(agent + "/" + deleted, original).text();
    assertThat(maskedKept).doesNotContain("2671");

    retention(365, 1000).apply();

    // A new masker over a vault that remembers nothing: what it opens comes from the database.
    assertThat(masker().rehydrate(agent + "/" + kept, maskedKept)).isEqualTo(original);
    assertThat(masker().rehydrate(agent + "/" + deleted, maskedDeleted))
        .doesNotContain("2671")
        .contains("[REDACTED:PHONE]");
  }

  private Masker masker() {
    var key = new byte[32];
    Arrays.fill(key, (byte) 7);
    return Masker.builder()
        .policy(Policy.healthcareDefault())
        .key(Policy.healthcareDefault().kid(), key)
        .vault(new PostgresTokenVault(dataSource, deadline, new NoRecentRows()))
        .build();
  }

  /** Persistence settings whose vault remembers no rows. */
  private static final class NoRecentRows implements PersistenceSettings {
    @Override
    public long databaseDeadlineMs() {
      return 10_000;
    }

    @Override
    public Vault vault() {
      return () -> 0;
    }

    @Override
    public TurnLog turnLog() {
      throw new UnsupportedOperationException("not used by the vault");
    }
  }

  @Test
  void vault_rows_of_calls_whose_session_was_never_stored_go_after_the_same_limit() {
    var lostCall = agent + "/xid_" + "B".repeat(32);
    var recentLostCall = agent + "/xid_" + "C".repeat(32);
    seed.vaultRow(lostCall, "MSKV1.NAME.K.EEEE", OLD);
    seed.vaultRow(recentLostCall, "MSKV1.NAME.K.FFFF", YOUNG);

    var counts = counts(retention(365, 1000).apply());

    assertThat(counts.vaultRows()).isEqualTo(1);
    assertThat(seed.exists("token_vault", "scope", lostCall)).isFalse();
    assertThat(seed.exists("token_vault", "scope", recentLostCall)).isTrue();
  }

  @Test
  void payloads_go_after_their_own_limit_while_their_session_stays() {
    var session = seed.session(account, agent, Optional.empty(), YOUNG);
    var other = seed.session(account, agent, Optional.empty(), YOUNG);
    seed.payload(session, NOW.minus(Duration.ofDays(8)));
    seed.payload(other, NOW.minus(Duration.ofDays(6)));

    var counts = counts(retention(7, 1000).apply());

    assertThat(counts).isEqualTo(new Counts(0, 0, 0, 0, 1));
    assertThat(seed.exists("turn_payloads", "session_id", session)).isFalse();
    assertThat(seed.exists("turn_payloads", "session_id", other)).isTrue();
    assertThat(seed.exists("sessions", "id", session)).isTrue();
  }

  @Test
  void events_go_after_their_agents_policy_says_and_outlive_the_session_rows() {
    var shortLived =
        seed.agent(
            account, Optional.of("name: p\nversion: 1\nkid: K\naudit: {retention_days: 30}\n"));
    var session = Seed.id("sess_");
    var pastShort = seed.event(account, shortLived, session, NOW.minus(Duration.ofDays(31)));
    var withinShort = seed.event(account, shortLived, session, NOW.minus(Duration.ofDays(29)));
    // The built-in policy keeps events 2555 days, long after their session row went.
    var pastDefault = seed.event(account, agent, session, NOW.minus(Duration.ofDays(2556)));
    var withinDefault = seed.event(account, agent, session, NOW.minus(Duration.ofDays(400)));

    var counts = counts(retention(365, 1000).apply());

    assertThat(counts.events()).isEqualTo(2);
    assertThat(seed.exists("session_events", "id", pastShort)).isFalse();
    assertThat(seed.exists("session_events", "id", pastDefault)).isFalse();
    assertThat(seed.exists("session_events", "id", withinShort)).isTrue();
    assertThat(seed.exists("session_events", "id", withinDefault)).isTrue();
  }

  @Test
  void events_of_a_deleted_agent_are_kept_as_long_as_its_account_keeps_any_agents_events() {
    // The account's remaining agent keeps its events 3000 days: so do the deleted agent's.
    seed.agent(
        account, Optional.of("name: p\nversion: 1\nkid: K\naudit: {retention_days: 3000}\n"));
    var elsewhere = seed.account();
    var deletedHere = Seed.id("agt_");
    var deletedElsewhere = Seed.id("agt_");
    var session = Seed.id("sess_");
    var kept = seed.event(account, deletedHere, session, NOW.minus(Duration.ofDays(2900)));
    var gone = seed.event(account, deletedHere, session, NOW.minus(Duration.ofDays(3001)));
    var goneElsewhere =
        seed.event(elsewhere, deletedElsewhere, session, NOW.minus(Duration.ofDays(2556)));
    var keptElsewhere =
        seed.event(elsewhere, deletedElsewhere, session, NOW.minus(Duration.ofDays(2554)));

    var counts = counts(retention(365, 1000).apply());

    assertThat(counts.events()).isEqualTo(2);
    assertThat(seed.exists("session_events", "id", gone)).isFalse();
    assertThat(seed.exists("session_events", "id", goneElsewhere)).isFalse();
    assertThat(seed.exists("session_events", "id", kept)).isTrue();
    assertThat(seed.exists("session_events", "id", keptElsewhere)).isTrue();
  }

  @Test
  void a_backlog_larger_than_a_batch_is_deleted_in_several_batches() {
    var sessions = new ArrayList<String>();
    for (int i = 0; i < 7; i++) {
      sessions.add(seed.session(account, agent, Optional.empty(), OLD.minusSeconds(i)));
    }

    var counts = counts(retention(365, 3).apply());

    assertThat(counts.sessions()).isEqualTo(7);
    assertThat(sessions).noneMatch(id -> seed.exists("sessions", "id", id));
  }

  @Test
  void two_runs_at_once_delete_each_row_once_and_one_of_them_does_nothing() throws Exception {
    var sessions = new ArrayList<String>();
    for (int i = 0; i < 20; i++) {
      var session = seed.session(account, agent, Optional.empty(), OLD.minusSeconds(i));
      seed.vaultRow(agent + "/" + session, "MSKV1.NAME.K.GGGG", OLD.minusSeconds(i));
      sessions.add(session);
    }
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(2);
    try {
      var runs = new ArrayList<Future<Outcome>>();
      for (int i = 0; i < 2; i++) {
        var replica = retention(365, 5);
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return replica.apply();
                }));
      }
      start.countDown();
      var outcomes = new ArrayList<Outcome>();
      for (var run : runs) {
        outcomes.add(run.get(2, TimeUnit.MINUTES));
      }

      var total =
          outcomes.stream()
              .map(outcome -> outcome.fold(Outcome.Done::counts, skipped -> Counts.NONE))
              .reduce(Counts.NONE, Counts::plus);
      assertThat(total).isEqualTo(new Counts(20, 20, 20, 0, 0));
      assertThat(outcomes)
          .anyMatch(outcome -> outcome.fold(done -> done.counts().total() == 0, skipped -> true));
      assertThat(sessions).noneMatch(id -> seed.exists("sessions", "id", id));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_run_while_another_holds_the_lock_is_skipped_and_deletes_nothing() throws Exception {
    var session = seed.session(account, agent, Optional.empty(), OLD);
    try (var other = dataSource.getConnection();
        var lock = other.prepareStatement("select pg_advisory_lock(?)")) {
      lock.setLong(1, PostgresRetentionStore.LOCK_KEY);
      lock.execute();
      try {
        var outcome = retention(365, 1000).apply();

        assertThat(outcome).isInstanceOf(Outcome.Skipped.class);
        assertThat(seed.exists("sessions", "id", session)).isTrue();
      } finally {
        try (var unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
          unlock.setLong(1, PostgresRetentionStore.LOCK_KEY);
          unlock.execute();
        }
      }
    }

    // Once the lock is free, the next run does the work.
    assertThat(counts(retention(365, 1000).apply()).sessions()).isEqualTo(1);
    assertThat(seed.exists("sessions", "id", session)).isFalse();
  }
}
