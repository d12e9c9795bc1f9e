package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.server.metrics.Scrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /health} and the metrics (on the management interface: {@link Scrape}) after proxied calls
 * (SPEC §11).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyHealthMetricsTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final List<String> STAGES =
      List.of("detection", "tokenize", "upstream", "rehydrate");

  @Test
  void health_shows_the_vault_and_the_upstream_ok_once_a_call_went_through() {
    ProxyUpstreamFailureTest.assertServesTheNextRequest(ProxyCalls.fakeAgent());

    given()
        .get("/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("components.db", equalTo("ok"))
        .body("components.vault", equalTo("ok"))
        .body("components.upstream", equalTo("ok"))
        .body("components.detector", equalTo("ok"));
  }

  @Test
  void metrics_count_requests_by_agent_and_status_time_each_stage_and_count_redactions() {
    var agent = ProxyCalls.fakeAgent();
    var before = samples();

    ProxyUpstreamFailureTest.assertServesTheNextRequest(agent);
    fake().on(agent.model(), Behaviours.status(500, "server_error", "down"));
    assertThat(ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), "Hi.")).statusCode())
        .isEqualTo(502);
    assertThat(
            ProxyCalls.post("agt_" + IDS.newUlid(), ProxyCalls.request(agent.model(), "Hi."))
                .statusCode())
        .isEqualTo(404);

    var after =
        awaitSamples(
            samples ->
                value(
                        samples,
                        "masker_requests_total",
                        Map.of("agent", agent.id(), "status", "502"))
                    == 1);
    assertThat(value(after, "masker_requests_total", Map.of("agent", agent.id(), "status", "200")))
        .isEqualTo(1);
    assertThat(
            increase(
                before,
                after,
                "masker_requests_total",
                Map.of("agent", "unknown", "status", "404")))
        .isGreaterThanOrEqualTo(1);
    for (var stage : STAGES) {
      assertThat(
              increase(
                  before, after, "masker_request_duration_seconds_count", Map.of("stage", stage)))
          .as("turns timed in %s", stage)
          .isGreaterThanOrEqualTo(2);
      assertThat(after.keySet())
          .anyMatch(
              s ->
                  s.name().equals("masker_request_duration_seconds_bucket")
                      && stage.equals(s.labels().get("stage")));
    }
    for (var kind : List.of("NAME", "DOB", "HEALTH_PLAN_ID", "PHONE", "EMAIL")) {
      assertThat(increaseOfKind(before, after, kind))
          .as("%s redactions", kind)
          .isGreaterThanOrEqualTo(1);
    }
    assertThat(after.keySet())
        .filteredOn(s -> s.name().equals("masker_redactions_total"))
        .allSatisfy(s -> assertThat(s.labels().get("pass")).isIn("regex", "lexicon", "ner"));
    assertThat(after.keySet()).anyMatch(s -> s.name().equals("masker_audit_write_failures_total"));
    var text = Scrape.metrics();
    Phi.assertNoneIn("the metrics", text);
    assertThat(text).doesNotContain("MSKV1.");
  }

  @Test
  void every_cache_shows_its_size_gets_and_evictions_and_a_resent_history_counts_hits() {
    var agent = ProxyCalls.fakeAgent();
    var session = "cache-" + IDS.newUlid();
    var request = ProxyCalls.request(agent.model(), "This is " + Phi.DOCTOR + ", call me");
    assertThat(ProxyCalls.post(agent.id(), request, "Masker-Session-Id", session).statusCode())
        .isEqualTo(200);
    var before = samples();

    // The platform resends the same history in the next turn.
    assertThat(ProxyCalls.post(agent.id(), request, "Masker-Session-Id", session).statusCode())
        .isEqualTo(200);
    // A client without a call id: a session of its own, whose texts the first session detected.
    assertThat(ProxyCalls.post(agent.id(), request).statusCode()).isEqualTo(200);

    var after = samples();
    for (var cache :
        List.of(
            "masked_history",
            "detected_texts",
            "recent_agents",
            "agent_maskers",
            "known_values",
            "vault_rows")) {
      assertThat(after.keySet())
          .as(cache)
          .anyMatch(s -> s.name().equals("masker_cache_size") && is(s, cache))
          .anyMatch(s -> s.name().equals("masker_cache_evictions_total") && is(s, cache))
          .anyMatch(
              s ->
                  s.name().equals("masker_cache_gets_total")
                      && is(s, cache)
                      && "hit".equals(s.labels().get("result")))
          .anyMatch(
              s ->
                  s.name().equals("masker_cache_gets_total")
                      && is(s, cache)
                      && "miss".equals(s.labels().get("result")));
    }
    var history = Map.of("cache", "masked_history", "result", "hit");
    assertThat(increase(before, after, "masker_cache_gets_total", history)).isPositive();
    var detected = Map.of("cache", "detected_texts", "result", "hit");
    assertThat(increase(before, after, "masker_cache_gets_total", detected)).isPositive();
    var known = Map.of("cache", "known_values", "result", "hit");
    assertThat(increase(before, after, "masker_cache_gets_total", known)).isPositive();
    assertThat(value(after, "masker_cache_size", Map.of("cache", "masked_history"))).isPositive();
  }

  private static boolean is(Series series, String cache) {
    return cache.equals(series.labels().get("cache"));
  }

  /** A sample's name and labels. */
  record Series(String name, Map<String, String> labels) {}

  private static Map<Series, Double> samples() {
    var samples = new HashMap<Series, Double>();
    for (var line : Scrape.metrics().split("\n")) {
      var sample = SAMPLE.matcher(line);
      if (line.startsWith("#") || !sample.matches()) {
        continue;
      }
      var labels = new HashMap<String, String>();
      if (sample.group(2) != null) {
        var label = LABEL.matcher(sample.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.put(new Series(sample.group(1), labels), Double.parseDouble(sample.group(3)));
    }
    return samples;
  }

  /** Turns are recorded after the answer went out: waits (with a deadline) for them to count. */
  private static Map<Series, Double> awaitSamples(Predicate<Map<Series, Double>> ready) {
    var deadline = Instant.now().plus(Duration.ofSeconds(10));
    var samples = samples();
    while (!ready.test(samples)) {
      assertThat(Instant.now()).as("the metrics counted the turns in time").isBefore(deadline);
      samples = samples();
    }
    return samples;
  }

  /** The sum of the samples of {@code name} whose labels include {@code labels}. */
  private static double value(
      Map<Series, Double> samples, String name, Map<String, String> labels) {
    return samples.entrySet().stream()
        .filter(
            e ->
                e.getKey().name().equals(name)
                    && e.getKey().labels().entrySet().containsAll(labels.entrySet()))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }

  private static double increase(
      Map<Series, Double> before,
      Map<Series, Double> after,
      String name,
      Map<String, String> labels) {
    return value(after, name, labels) - value(before, name, labels);
  }

  private static double increaseOfKind(
      Map<Series, Double> before, Map<Series, Double> after, String kind) {
    return increase(before, after, "masker_redactions_total", Map.of("kind", kind));
  }
}
