package dev.masker.adapters.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.page.Keyset;
import dev.masker.application.port.out.SessionRepository.Criteria;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.SessionStatus;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The session list with a million sessions in one account (docs/benchmarks.md, "Session list"):
 * seeds them with generate_series, prints the plan of the first and the hundredth page of each
 * filter combination, and times both pages. Runs only when asked ({@code
 * -Dsession-list-benchmark=true}); it checks the plans, never the times.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@EnabledIfSystemProperty(named = "session-list-benchmark", matches = "true")
class SessionListBenchmark {
  private static final AccountId BIG = new AccountId("acc_01KBBENCH0000000000000000A");
  private static final AccountId OTHER = new AccountId("acc_01KBBENCH0000000000000000B");
  private static final int SESSIONS =
      Integer.getInteger("session-list-benchmark.sessions", 1_000_000);
  private static final int AGENTS = 20;
  private static final int PAGE = 25;
  private static final int WARM_UP = 10;
  private static final int ROUNDS = 21;

  @Inject AgroalDataSource dataSource;
  @Inject EntityManager entities;
  @Inject PostgresSessionRepository sessions;

  @Test
  void a_page_of_a_million_sessions_is_read_from_an_index() throws SQLException {
    var seeded = seed();
    System.out.printf(
        "%nseeded %,d + %,d sessions in %,d ms%n", SESSIONS, SESSIONS / 10, seeded.toMillis());
    var now = Instant.now();
    var month = now.minus(Duration.ofDays(30));
    var combinations = new LinkedHashMap<String, Criteria>();
    combinations.put("since=30d", criteria(month, null, null, 0, null));
    combinations.put(
        "since=24h (default)", criteria(now.minus(Duration.ofHours(24)), null, null, 0, null));
    combinations.put("since=30d&status=error", criteria(month, SessionStatus.ERROR, null, 0, null));
    combinations.put("since=30d&agent_id=…", criteria(month, null, agent(3), 0, null));
    combinations.put(
        "since=30d&agent_id=…&status=partial",
        criteria(month, SessionStatus.PARTIAL, agent(3), 0, null));
    combinations.put("since=30d&min_redactions=10", criteria(month, null, null, 10, null));
    combinations.put("since=30d&min_redactions=19", criteria(month, null, null, 19, null));
    combinations.put(
        "since=30d&external_id=…", criteria(month, null, null, 0, externalId(123_455)));

    var summary = new ArrayList<String>();
    for (var entry : combinations.entrySet()) {
      var criteria = entry.getValue();
      var hundredth = keysetBefore(criteria, 100);
      System.out.printf("%n=== %s, first page%n", entry.getKey());
      var firstPlan = explain(criteria, Optional.empty());
      System.out.printf("%n=== %s, page 100%n", entry.getKey());
      hundredth.ifPresent(keyset -> explain(criteria, Optional.of(keyset)));
      assertThat(firstPlan).as("plan of %s", entry.getKey()).doesNotContain("Seq Scan");
      summary.add(
          String.format(
              "| `%s` | %.2f | %s |",
              entry.getKey(),
              medianMillis(criteria, Optional.empty()),
              hundredth
                  .map(k -> String.format("%.2f", medianMillis(criteria, Optional.of(k))))
                  .orElse("(fewer pages)")));
    }
    System.out.println("\n| filters | first page, ms | page 100, ms |\n|---|---|---|");
    summary.forEach(System.out::println);
    clean();
  }

  private static Criteria criteria(
      Instant since, SessionStatus status, AgentId agent, int min, String external) {
    return new Criteria(
        since,
        Optional.ofNullable(status),
        Optional.ofNullable(agent),
        min,
        Optional.ofNullable(external));
  }

  private static AgentId agent(int n) {
    return new AgentId(String.format("agt_01KABENCH%017d", n));
  }

  private static String externalId(int n) {
    return "xid_"
        + String.format("%032d", n)
            .replace('0', 'A')
            .replace('1', 'B')
            .replace('2', 'C')
            .replace('3', 'D')
            .replace('4', 'E')
            .replace('5', 'F')
            .replace('6', 'G')
            .replace('7', 'H')
            .replace('8', 'I')
            .replace('9', 'J');
  }

  /**
   * A million sessions of one account over the last 30 days, a tenth as many of another: 20 agents,
   * 2% error and 6% partial, 0–19 redactions, every fifth call with an external id.
   */
  private Duration seed() throws SQLException {
    var started = System.nanoTime();
    clean();
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      for (var account : List.of(BIG, OTHER)) {
        int count = account.equals(BIG) ? SESSIONS : SESSIONS / 10;
        String tag = account.equals(BIG) ? "A" : "B";
        statement.execute(
            "insert into sessions (id, agent_id, account_id, agent_name, external_id, started_at,"
                + " ended_at, status, turn_count, failed_turn_count, redaction_count,"
                + " redactions_by_kind, upstream_model, policy_name, policy_version, detection_ns,"
                + " tokenize_ns, upstream_ns, rehydrate_ns)"
                + " select 'sess_01"
                + tag
                + "' || lpad(upper(to_hex(i)), 23, '0'),"
                + " 'agt_01K"
                + tag
                + "BENCH' || lpad((i % "
                + AGENTS
                + ")::text, 17, '0'),"
                + " '"
                + account.value()
                + "', 'Agent ' || (i % "
                + AGENTS
                + "),"
                + " case when i % 5 = 0 then 'xid_' || translate(lpad(i::text, 32, '0'),"
                + " '0123456789', 'ABCDEFGHIJ') end,"
                + " t, t + interval '3 minutes',"
                + " case when i % 50 = 0 then 'error' when i % 50 < 4 then 'partial' else 'ok' end,"
                + " 6, case when i % 50 = 0 then 6 when i % 50 < 4 then 1 else 0 end,"
                + " (i * 7) % 20, '{\"NAME\": 1}', 'gpt-4o-mini', 'healthcare-default', 1,"
                + " 600000, 120000, 900000000, 50000"
                + " from (select i, now() - (i::double precision / "
                + count
                + ") * interval '30 days' as t"
                + " from generate_series(1, "
                + count
                + ") i) s");
      }
      statement.execute("analyze sessions");
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private void clean() throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute(
          "delete from sessions where account_id in ('"
              + BIG.value()
              + "', '"
              + OTHER.value()
              + "')");
    }
  }

  /** The keyset after which page {@code number} starts, walking the pages before it. */
  private Optional<Keyset> keysetBefore(Criteria criteria, int number) {
    Optional<Keyset> after = Optional.empty();
    for (int page = 1; page < number; page++) {
      var rows = page(criteria, after);
      if (rows.size() < PAGE) {
        return Optional.empty();
      }
      var last = rows.get(rows.size() - 1);
      after = Optional.of(new Keyset(last.startedAt(), last.id().value()));
    }
    return after;
  }

  private List<RecordedSession> page(Criteria criteria, Optional<Keyset> after) {
    return QuarkusTransaction.requiringNew().call(() -> sessions.list(BIG, criteria, after, PAGE));
  }

  /**
   * The median of {@link #ROUNDS} reads of the page through the repository (a transaction, a pooled
   * connection, the query and the mapping), after {@link #WARM_UP} reads, in milliseconds.
   */
  private double medianMillis(Criteria criteria, Optional<Keyset> after) {
    for (int i = 0; i < WARM_UP; i++) {
      QuarkusTransaction.requiringNew().call(() -> sessions.list(BIG, criteria, after, PAGE + 1));
    }
    var times = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long start = System.nanoTime();
      var rows =
          QuarkusTransaction.requiringNew()
              .call(() -> sessions.list(BIG, criteria, after, PAGE + 1));
      times[i] = (System.nanoTime() - start) / 1e6;
      assertThat(rows).isNotEmpty();
    }
    Arrays.sort(times);
    return times[ROUNDS / 2];
  }

  private String explain(Criteria criteria, Optional<Keyset> after) {
    var query = PostgresSessionRepository.listQuery(BIG, criteria, after, PAGE + 1);
    var plan =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  var explain =
                      entities.createNativeQuery("explain (analyze, buffers) " + query.sql());
                  query.parameters().forEach(explain::setParameter);
                  @SuppressWarnings("unchecked")
                  List<Object> lines = explain.getResultList();
                  return String.join("\n", lines.stream().map(String::valueOf).toList());
                });
    System.out.println(plan);
    return plan;
  }
}
