package dev.masker.server.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.api.Tenant;
import dev.masker.server.proxy.ProxyCalls;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The request budgets of SPEC §2.3, turned on with small sizes ({@link RateLimitsOn}): three
 * requests at once per account and group, then one every 4 seconds.
 */
@QuarkusTest
@TestProfile(RateLimitsOn.class)
@QuarkusTestResource(TestDatabase.class)
class RateLimitApiTest {
  private static final int BURST = 3;
  private static final String TURN =
      "{\"model\":\"any\",\"messages\":[{\"role\":\"user\",\"content\":\"Good morning\"}]}";

  @Inject AgroalDataSource dataSource;

  @Test
  void a_burst_over_the_api_limit_gets_429_with_retry_after_and_waiting_as_told_lets_the_next_in()
      throws Exception {
    var tenant = Tenant.open();
    var refused = burstUntilRefused(tenant);

    assertThat(refused.contentType()).startsWith("application/json");
    assertThat(refused.jsonPath().getString("error.code")).isEqualTo("rate_limited");
    assertThat(refused.jsonPath().getString("error.request_id"))
        .startsWith("req_")
        .isEqualTo(refused.header("X-Request-Id"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 4L);

    // Honouring Retry-After is the behaviour under test: wait exactly what the server said.
    Thread.sleep(Duration.ofSeconds(retryAfter).toMillis());

    tenant.asAdmin().get("/api/v1/me").then().statusCode(200);
  }

  @Test
  void another_account_keeps_its_own_budget() {
    var spent = Tenant.open();
    var other = Tenant.open();
    burstUntilRefused(spent);

    other.asAdmin().get("/api/v1/me").then().statusCode(200);
  }

  @Test
  void the_proxy_has_a_budget_of_its_own_and_refuses_in_the_openai_shape() {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant);
    int served = 0;
    HttpResponse<String> answer;
    do {
      answer = ProxyCalls.post(agent, TURN);
      if (answer.statusCode() == 200) {
        served++;
      }
    } while (answer.statusCode() == 200 && served <= 10);

    assertThat(served).isBetween(BURST, BURST + 2);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
    assertThat(answer.body())
        .contains("\"type\":\"rate_limited\"")
        .contains("\"code\":\"rate_limited\"")
        .contains("\"param\":null")
        .contains("\"request_id\":\"req_");
    assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 4L);
    // The account's API budget is untouched by its turns (one request made the agent).
    tenant.asAdmin().get("/api/v1/me").then().statusCode(200);
  }

  @Test
  void vapi_webhook_calls_spend_the_proxy_budget_of_the_agents_account() {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant);
    HttpResponse<String> answer;
    int served = 0;
    do {
      answer = ProxyCalls.post(agent, TURN);
      served += answer.statusCode() == 200 ? 1 : 0;
    } while (answer.statusCode() == 200 && served <= 10);
    assertThat(answer.statusCode()).isEqualTo(429);

    var refused =
        given()
            .contentType(ContentType.JSON)
            .header("X-Vapi-Secret", "test-server-wide-vapi-secret")
            .body("{\"message\":{\"type\":\"status-update\",\"status\":\"ringing\"}}")
            .post("/vapi/webhook/" + agent);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.jsonPath().getString("error.code")).isEqualTo("rate_limited");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 4L);
  }

  @Test
  void a_spent_api_budget_leaves_the_accounts_turns_alone() {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant);
    burstUntilRefused(tenant);

    assertThat(ProxyCalls.post(agent, TURN).statusCode()).isEqualTo(200);
  }

  @Test
  void turns_for_agents_that_do_not_exist_spend_nothing_and_store_nothing() throws Exception {
    long before = bucketRows();

    for (int i = 0; i < 20; i++) {
      var missing = "agt_01HYZ5Q8M3V7K2N4P6R8T0W2" + (10 + i);
      assertThat(ProxyCalls.post(missing, TURN).statusCode()).isEqualTo(404);
    }

    assertThat(bucketRows()).isLessThanOrEqualTo(before);
  }

  @Test
  void failed_sign_ins_are_limited_in_buckets_named_by_keyed_hashes_only() throws Exception {
    var tenant = Tenant.open();
    var wrong = Map.of("email", tenant.adminEmail(), "password", "not the password at all");
    for (int i = 0; i < 6; i++) {
      given().contentType(ContentType.JSON).body(wrong).post("/api/v1/auth/login");
    }

    var throttled =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", tenant.adminEmail(), "password", Tenant.PASSWORD))
            .post("/api/v1/auth/login");

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.jsonPath().getString("error.code")).isEqualTo("rate_limited");
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
    try (var connection = dataSource.getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "select bucket from rate_limit_buckets where bucket like 'sign-in%'")) {
      int signInRows = 0;
      while (rows.next()) {
        signInRows++;
        assertThat(rows.getString(1))
            .doesNotContainIgnoringCase(tenant.adminEmail())
            .doesNotContain("127.0.0.1")
            .matches("sign-in-(pair|address):[A-Z2-7]{32}");
      }
      assertThat(signInRows).isGreaterThanOrEqualTo(2);
    }
  }

  /** Sends GET /api/v1/me until one is refused, and returns that one. */
  private static Response burstUntilRefused(Tenant tenant) {
    int served = 0;
    Response answer;
    do {
      answer = tenant.asAdmin().get("/api/v1/me");
      if (answer.statusCode() == 200) {
        served++;
      }
    } while (answer.statusCode() == 200 && served <= 10);
    assertThat(answer.statusCode()).as(answer.body().asString()).isEqualTo(429);
    // Opening the tenant spent none (signing in is not counted); the refill is a token every 4 s.
    assertThat(served).isBetween(BURST - 1, BURST + 2);
    return answer;
  }

  private static String stubAgent(Tenant tenant) {
    return tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Front desk", "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(201)
        .extract()
        .path("agent.id");
  }

  private long bucketRows() throws Exception {
    try (var connection = dataSource.getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "select count(*) from rate_limit_buckets where bucket like 'proxy:%'")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
