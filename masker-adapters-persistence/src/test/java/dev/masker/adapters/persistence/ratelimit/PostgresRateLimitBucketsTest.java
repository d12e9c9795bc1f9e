package dev.masker.adapters.persistence.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.adapters.persistence.DatabaseDeadline;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.RateLimitBuckets;
import dev.masker.application.port.out.RateLimitBucketsContract;
import dev.masker.application.port.out.StoreUnavailable;
import dev.masker.domain.ratelimit.RateLimit;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresRateLimitBucketsTest extends RateLimitBucketsContract {
  @Inject PostgresRateLimitBuckets buckets;
  @Inject AgroalDataSource dataSource;
  @Inject DatabaseDeadline deadline;

  @Override
  protected RateLimitBuckets buckets() {
    return buckets;
  }

  @Test
  void two_replicas_taking_at_once_never_get_more_than_the_bucket_holds() throws Exception {
    var name = fresh();
    var other = new PostgresRateLimitBuckets((javax.sql.DataSource) dataSource, deadline);
    var pool = Executors.newFixedThreadPool(8);
    try {
      var takes = new ArrayList<Callable<Integer>>();
      for (int i = 0; i < 40; i++) {
        var replica = i % 2 == 0 ? buckets : other;
        takes.add(() -> replica.take(name, THREE_AN_HOUR, 1).granted());
      }
      int granted = 0;
      for (var answer : pool.invokeAll(takes, 60, TimeUnit.SECONDS)) {
        granted += answer.get();
      }

      assertThat(granted).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void looking_at_a_bucket_never_seen_stores_no_row() throws Exception {
    var name = fresh();

    buckets.untilToken(name, THREE_AN_HOUR);

    assertThat(rows(name)).isZero();
  }

  @Test
  void rows_of_buckets_full_again_are_pruned_and_others_kept() throws Exception {
    var refilled = fresh();
    var used = fresh();
    buckets.take(refilled, new RateLimit(1, 1000), 1);
    buckets.take(used, THREE_AN_HOUR, 1);
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      // The first bucket refills in a millisecond: wait on the database's clock, not this one.
      statement.execute("select pg_sleep(0.05)");
    }

    buckets.prune();

    assertThat(rows(refilled)).isZero();
    assertThat(rows(used)).isEqualTo(1);
    assertThat(buckets.take(refilled, new RateLimit(1, 1000), 1).granted()).isEqualTo(1);
  }

  @Test
  void when_the_database_is_gone_the_buckets_say_so() throws Exception {
    TestDatabase.cut();
    try {
      assertThatThrownBy(() -> buckets.take(fresh(), THREE_AN_HOUR, 1))
          .isInstanceOf(StoreUnavailable.class);
    } finally {
      TestDatabase.restore();
    }
  }

  private int rows(String name) throws Exception {
    try (var connection = dataSource.getConnection();
        var select =
            connection.prepareStatement(
                "select count(*) from rate_limit_buckets where bucket = ?")) {
      select.setString(1, name);
      try (var rows = select.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
