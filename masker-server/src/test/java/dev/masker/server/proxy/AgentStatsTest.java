package dev.masker.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.session.PostgresTurnLog;
import dev.masker.server.api.Tenant;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code stats} of {@code GET /api/v1/agents/{id}} from calls made through the proxy to the
 * built-in {@code stub} upstream, and the agent list agreeing with it.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AgentStatsTest {
  private static String stubAgent(Tenant tenant, String name) {
    return tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(201)
        .extract()
        .path("agent.id");
  }

  private static void call(String agent, String session, String text) {
    var response =
        ProxyCalls.post(
            agent, ProxyCalls.request("any-model", text).toString(), "Masker-Session-Id", session);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static void flushTurns() {
    assertThat(Arc.container().instance(PostgresTurnLog.class).get().flush(Duration.ofSeconds(10)))
        .isTrue();
  }

  @Test
  void stats_count_the_calls_redactions_and_added_latency_of_the_proxy() {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant, "Front desk");
    call(agent, "call-1", "Please call me back at 415 555 2671.");
    call(agent, "call-1", "Or at 415 555 9876 after six.");
    call(agent, "call-2", "My number is 212 555 0147.");
    call(agent, "call-2", "Thanks, that is all.");
    flushTurns();

    var stats =
        tenant.asAdmin().get("/api/v1/agents/" + agent).then().statusCode(200).extract().jsonPath();

    assertThat(stats.getInt("agent.stats.session_count_24h")).isEqualTo(2);
    assertThat(stats.getInt("agent.stats.session_count_7d")).isEqualTo(2);
    assertThat(stats.getInt("agent.stats.redaction_count_24h")).isEqualTo(3);
    double p50 = stats.getDouble("agent.stats.p50_latency_ms");
    double p95 = stats.getDouble("agent.stats.p95_latency_ms");
    assertThat(p50).isGreaterThanOrEqualTo(0.0);
    assertThat(p95).isGreaterThanOrEqualTo(p50);
    var list = tenant.asAdmin().get("/api/v1/agents").then().statusCode(200).extract().jsonPath();
    assertThat(list.getInt("data.find { it.id == '" + agent + "' }.session_count_24h"))
        .isEqualTo(2);
  }

  @Test
  void an_agent_without_calls_has_zero_counts_and_null_latencies_and_others_calls_never_count() {
    var tenant = Tenant.open();
    var busy = stubAgent(tenant, "Busy");
    var idle = stubAgent(tenant, "Idle");
    call(busy, "call-1", "Hello, this is Maria Lopez.");
    flushTurns();

    tenant
        .asAdmin()
        .get("/api/v1/agents/" + idle)
        .then()
        .statusCode(200)
        .body("agent.stats.session_count_24h", org.hamcrest.Matchers.equalTo(0))
        .body("agent.stats.session_count_7d", org.hamcrest.Matchers.equalTo(0))
        .body("agent.stats.redaction_count_24h", org.hamcrest.Matchers.equalTo(0))
        .body("agent.stats.p50_latency_ms", org.hamcrest.Matchers.nullValue())
        .body("agent.stats.p95_latency_ms", org.hamcrest.Matchers.nullValue());
  }
}
