package dev.masker.server.api;

import static dev.masker.server.api.RecordedCalls.stubAgent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.server.proxy.WireUpstreamResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every query parameter of the session endpoints at its bounds (accepted) and beyond them (422
 * {@code validation_failed} naming the parameter), and ids that name no session (404).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class SessionQueryBoundsApiTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "limit;0",
        "limit;101",
        "limit;-1",
        "limit;ten",
        "limit;2.5",
        "limit;''",
        "limit;99999999999",
        "cursor;not-a-cursor",
        "cursor;YzF8c2Vzc2lvbnN8",
        "since;2h",
        "since;yesterday",
        "since;24H",
        "since;2026-05-03",
        "since;2026-05-03T21:14:32",
        "since;1999-12-31T23:59:59.999Z",
        "since;3000-01-01T00:00:00Z",
        "since;''",
        "status;OK",
        "status;failed",
        "status;''",
        "agent_id;agt_x",
        "agent_id;sess_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS",
        "agent_id;''",
        "min_redactions;-1",
        "min_redactions;1000001",
        "min_redactions;1.5",
        "min_redactions;many",
        "min_redactions;''",
        "external_id;''",
        "external_id;'   '",
      })
  void a_parameter_beyond_its_bounds_is_refused_with_its_name(String parameter, String value) {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant, "Bounds");
    for (var path : new String[] {"/api/v1/sessions", "/api/v1/agents/" + agent + "/sessions"}) {
      if (parameter.equals("agent_id") && path.contains("/agents/")) {
        continue;
      }
      tenant
          .asAdmin()
          .urlEncodingEnabled(false)
          .get(path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))
          .then()
          .statusCode(422)
          .header("X-Request-Id", startsWith("req_"))
          .body("error.code", equalTo("validation_failed"))
          .body("error.request_id", startsWith("req_"))
          .body("error.details[0].field", equalTo(parameter))
          .body("error.details[0].issue", notNullValue());
    }
  }

  @Test
  void an_external_id_longer_than_any_session_key_or_with_control_characters_is_refused() {
    var tenant = Tenant.open();
    for (var value : new String[] {"k".repeat(257), "call\u0001id"}) {
      tenant
          .asAdmin()
          .queryParam("external_id", value)
          .get("/api/v1/sessions")
          .then()
          .statusCode(422)
          .body("error.details[0].field", equalTo("external_id"));
    }
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "limit;1",
        "limit;100",
        "limit;' 7 '",
        "since;1h",
        "since;24h",
        "since;7d",
        "since;30d",
        "since;2000-01-01T00:00:00Z",
        "since;2999-12-31T23:59:59.999Z",
        "since;2026-05-03T21:14:32.481-07:00",
        "status;ok",
        "status;error",
        "status;partial",
        "min_redactions;0",
        "min_redactions;1000000",
        "agent_id;agt_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS",
      })
  void a_parameter_at_its_bounds_is_accepted(String parameter, String value) {
    var tenant = Tenant.open();
    tenant
        .asAdmin()
        .queryParam(parameter, value)
        .get("/api/v1/sessions")
        .then()
        .statusCode(200)
        .body("data", notNullValue());
  }

  @Test
  void an_external_id_as_long_as_the_longest_session_key_is_accepted() {
    var tenant = Tenant.open();
    tenant
        .asAdmin()
        .queryParam("external_id", "k".repeat(256))
        .get("/api/v1/sessions")
        .then()
        .statusCode(200);
  }

  @ParameterizedTest(name = "limit={0}")
  @CsvSource({"0", "101", "x", "''"})
  void the_events_list_takes_the_same_limits(String limit) {
    var tenant = Tenant.open();
    tenant
        .asAdmin()
        .urlEncodingEnabled(false)
        .get("/api/v1/sessions/sess_" + IDS.newUlid() + "/events?limit=" + limit)
        .then()
        .statusCode(422)
        .body("error.details[0].field", equalTo("limit"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "abc",
    "ses_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS",
    "sess_01kb3z7zj4d9v6x0q1n2m3p4rs",
    "sess_01KB3Z7ZJ4D9V6X0Q1N2M3P4RU",
    "sess_81KB3Z7ZJ4D9V6X0Q1N2M3P4RS",
    "sess_01KB3Z7ZJ4D9V6X0Q1N2M3P4R",
    "agt_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS",
    "sess_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS",
    "%F0%9F%98%80",
    "sess_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS%00",
  })
  void an_id_that_names_no_session_is_a_404(String id) {
    var tenant = Tenant.open();
    for (var path : new String[] {"/api/v1/sessions/" + id, "/api/v1/sessions/" + id + "/events"}) {
      tenant
          .asAdmin()
          .urlEncodingEnabled(false)
          .get(path)
          .then()
          .statusCode(404)
          .body("error.code", equalTo("session_not_found"))
          .body("error.request_id", startsWith("req_"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"abc", "agt_01kb3z7zj4d9v6x0q1n2m3p4rs", "agt_01KB3Z7ZJ4D9V6X0Q1N2M3P4RS"})
  void an_id_that_names_no_agent_lists_no_sessions_but_a_404(String id) {
    var tenant = Tenant.open();
    tenant
        .asAdmin()
        .get("/api/v1/agents/" + id + "/sessions")
        .then()
        .statusCode(404)
        .body("error.code", equalTo("agent_not_found"));
  }

  @Test
  void nobody_signed_in_reads_no_session() {
    var id = "sess_" + IDS.newUlid();
    for (var path :
        new String[] {
          "/api/v1/sessions",
          "/api/v1/sessions/" + id,
          "/api/v1/sessions/" + id + "/events",
          "/api/v1/agents/agt_" + IDS.newUlid() + "/sessions"
        }) {
      given().get(path).then().statusCode(401).body("error.code", equalTo("unauthenticated"));
      given()
          .cookie("masker_session", "not-a-session")
          .get(path)
          .then()
          .statusCode(401)
          .body("error.code", equalTo("unauthenticated"));
    }
  }
}
