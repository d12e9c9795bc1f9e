package dev.masker.application.service.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.MutableClock;
import dev.masker.application.port.in.AdmitRequestUseCase.Admission;
import dev.masker.application.port.in.AdmitRequestUseCase.RequestGroup;
import dev.masker.application.port.out.RateLimitBuckets;
import dev.masker.application.port.out.StoreUnavailable;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.ratelimit.RateLimit;
import dev.masker.domain.ratelimit.TokenBucket.Grant;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestBudgetsTest {
  private static final AccountId CLINIC = new AccountId("acc_01HYZ5Q8M3V7K2N4P6R8T0W2Y4");
  private static final AccountId OTHER = new AccountId("acc_01HYZ5Q8M3V7K2N4P6R8T0W2Y5");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-03T21:14:32.481Z"));
  private final Store database = new Store(new ProcessBuckets(1_000, clock));

  /** Proxy: 6 at once, one every 2 s, leased 3 at a time; API: 2 at once, leased 1 at a time. */
  private RequestBudgets replica(RateLimitBuckets shared) {
    return new RequestBudgets(
        shared,
        new ProcessBuckets(1_000, clock),
        Map.of(
            RequestGroup.PROXY, new GroupLimit(new RateLimit(6, 0.5), 3),
            RequestGroup.API, new GroupLimit(new RateLimit(2, 0.5), 1)),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        () -> clock.instant().toEpochMilli() * 1_000_000L);
  }

  @Test
  void a_burst_over_the_limit_is_refused_and_waiting_as_told_lets_the_next_request_in() {
    var budgets = replica(database);
    for (int i = 0; i < 6; i++) {
      assertThat(budgets.admit(CLINIC, RequestGroup.PROXY)).isInstanceOf(Admission.Admitted.class);
    }

    var refused = budgets.admit(CLINIC, RequestGroup.PROXY);

    assertThat(refused).isEqualTo(new Admission.Limited(Duration.ofSeconds(2)));
    clock.advance(((Admission.Limited) refused).retryAfter());
    assertThat(budgets.admit(CLINIC, RequestGroup.PROXY)).isInstanceOf(Admission.Admitted.class);
    assertThat(budgets.admit(CLINIC, RequestGroup.PROXY)).isInstanceOf(Admission.Limited.class);
  }

  @Test
  void accounts_and_groups_have_budgets_of_their_own() {
    var budgets = replica(database);
    budgets.admit(CLINIC, RequestGroup.API);
    budgets.admit(CLINIC, RequestGroup.API);
    assertThat(budgets.admit(CLINIC, RequestGroup.API)).isInstanceOf(Admission.Limited.class);

    assertThat(budgets.admit(OTHER, RequestGroup.API)).isInstanceOf(Admission.Admitted.class);
    assertThat(budgets.admit(CLINIC, RequestGroup.PROXY)).isInstanceOf(Admission.Admitted.class);
  }

  @Test
  void a_lease_serves_several_requests_with_one_round_trip() {
    var budgets = replica(database);

    for (int i = 0; i < 6; i++) {
      budgets.admit(CLINIC, RequestGroup.PROXY);
    }

    assertThat(database.takes.get()).isEqualTo(2);
  }

  @Test
  void refused_requests_cost_no_round_trip_until_a_token_can_be_there() {
    var budgets = replica(database);
    for (int i = 0; i < 6; i++) {
      budgets.admit(CLINIC, RequestGroup.PROXY);
    }
    budgets.admit(CLINIC, RequestGroup.PROXY);
    int before = database.takes.get();

    for (int i = 0; i < 100; i++) {
      assertThat(budgets.admit(CLINIC, RequestGroup.PROXY)).isInstanceOf(Admission.Limited.class);
    }

    assertThat(database.takes.get()).isEqualTo(before);
  }

  @Test
  void two_replicas_on_one_database_spend_one_budget() {
    var first = replica(database);
    var second = replica(database);
    int admitted = 0;

    for (int i = 0; i < 10; i++) {
      var replica = i % 2 == 0 ? first : second;
      if (replica.admit(CLINIC, RequestGroup.API) instanceof Admission.Admitted) {
        admitted++;
      }
    }

    assertThat(admitted).isEqualTo(2);
  }

  @Test
  void a_lease_not_used_within_its_life_is_dropped_rather_than_spent_late() {
    var budgets = replica(database);
    budgets.admit(CLINIC, RequestGroup.PROXY);
    clock.advance(Duration.ofMillis(1_500));

    budgets.admit(CLINIC, RequestGroup.PROXY);

    assertThat(database.takes.get()).isEqualTo(2);
  }

  @Test
  void while_the_database_is_down_each_replica_keeps_the_limits_on_its_own_then_shares_again() {
    database.down = true;
    var budgets = replica(database);
    budgets.admit(CLINIC, RequestGroup.API);
    budgets.admit(CLINIC, RequestGroup.API);

    assertThat(budgets.admit(CLINIC, RequestGroup.API)).isInstanceOf(Admission.Limited.class);
    assertThat(budgets.admit(OTHER, RequestGroup.API)).isInstanceOf(Admission.Admitted.class);

    database.down = false;
    int tried = database.takes.get();
    clock.advance(Duration.ofSeconds(5));
    assertThat(budgets.admit(OTHER, RequestGroup.API)).isInstanceOf(Admission.Admitted.class);
    assertThat(database.takes.get()).isEqualTo(tried + 1);
  }

  /** The shared buckets as seen through a connection that counts round trips and can break. */
  private static final class Store implements RateLimitBuckets {
    private final RateLimitBuckets buckets;
    final AtomicInteger takes = new AtomicInteger();
    volatile boolean down;

    Store(RateLimitBuckets buckets) {
      this.buckets = buckets;
    }

    @Override
    public Grant take(String bucket, RateLimit limit, int wanted) {
      takes.incrementAndGet();
      if (down) {
        throw new StoreUnavailable("the database is not available");
      }
      return buckets.take(bucket, limit, wanted);
    }

    @Override
    public Duration untilToken(String bucket, RateLimit limit) {
      return buckets.untilToken(bucket, limit);
    }

    @Override
    public void forget(String bucket) {
      buckets.forget(bucket);
    }
  }
}
