package dev.masker.server.api.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.session.PostgresTurnLog;
import dev.masker.server.api.Tenant;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer the server really gives — successes and the errors a client meets — matches the
 * OpenAPI document it serves: each call below goes through a filter that fails on an undocumented
 * path, method or status, and on a body that does not fit its schema. The tour calls every
 * operation of the document at least once.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class OpenApiAnswersTest {
  private ApiDocument document;
  private final List<String> called = new ArrayList<>();

  private Filter[] filters() {
    Filter recorder =
        (request, response, context) -> {
          called.add(request.getMethod() + " " + URI.create(request.getURI()).getPath());
          return context.next(request, response);
        };
    return new Filter[] {recorder, document.answersChecker()};
  }

  private RequestSpecification anonymous() {
    var filters = filters();
    return given().filters(filters[0], filters[1]);
  }

  private RequestSpecification as(String cookie) {
    return anonymous().cookie("masker_session", cookie);
  }

  /** The hex HMAC-SHA256 of {@code body} under {@code secret}, as Vapi signs a call. */
  private static String hmac(String secret, String body) {
    try {
      var mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(
              secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of()
          .formatHex(mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  @BeforeEach
  void readTheDocument() {
    document = ApiDocument.served();
  }

  @Test
  void every_operation_answers_as_the_document_says() {
    var tenant = Tenant.open();
    var admin = tenant.adminCookie();
    var member = tenant.memberCookie();

    anonymous().get("/health").then().statusCode(200);

    anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("email", tenant.adminEmail(), "password", Tenant.PASSWORD))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(204);
    anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("email", tenant.adminEmail(), "password", "not the password at all"))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(401);
    anonymous()
        .contentType(ContentType.JSON)
        .body("{\"email\": 7}")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(422);

    // This profile has no GitHub client: both ends say so.
    anonymous()
        .queryParam("redirect_to", "/portal")
        .get("/api/v1/auth/github")
        .then()
        .statusCode(404);
    anonymous()
        .queryParam("code", "c")
        .queryParam("state", "s")
        .get("/api/v1/auth/github/callback")
        .then()
        .statusCode(404);

    as(admin).get("/api/v1/me").then().statusCode(200);
    anonymous().get("/api/v1/me").then().statusCode(401);

    var nurse = "nurse-" + System.nanoTime() + "@clinic.example";
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("email", nurse))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("email", nurse))
        .post("/api/v1/users")
        .then()
        .statusCode(409);
    as(member)
        .contentType(ContentType.JSON)
        .body(Map.of("email", "other-" + nurse))
        .post("/api/v1/users")
        .then()
        .statusCode(403);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("email", "not an address"))
        .post("/api/v1/users")
        .then()
        .statusCode(422);

    var plain =
        as(admin)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Front desk", "upstream", "stub"))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .extract()
            .path("agent.id")
            .toString();
    var keyed =
        as(admin)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Night line", "upstream", "stub", "require_proxy_key", true))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .extract()
            .path("agent.id")
            .toString();
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "front DESK", "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(409);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Elsewhere", "upstream", "nowhere:model"))
        .post("/api/v1/agents")
        .then()
        .statusCode(422);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Broken", "upstream", "stub", "policy_yaml", "entities: [\n"))
        .post("/api/v1/agents")
        .then()
        .statusCode(422);
    as(admin)
        .header("Origin", "https://elsewhere.example")
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Cross", "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(403);

    as(admin).queryParam("limit", 1).get("/api/v1/agents").then().statusCode(200);
    as(admin).queryParam("name_contains", "desk").get("/api/v1/agents").then().statusCode(200);
    as(admin).queryParam("limit", 0).get("/api/v1/agents").then().statusCode(422);
    as(admin).queryParam("cursor", "not-a-cursor").get("/api/v1/agents").then().statusCode(422);
    as(admin).get("/api/v1/agents/" + plain).then().statusCode(200);
    as(admin).get("/api/v1/agents/" + keyed).then().statusCode(200);
    as(admin).get("/api/v1/agents/agt_NOPE").then().statusCode(404);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Front desk (nights)", "policy_name", "healthcare-default"))
        .patch("/api/v1/agents/" + plain)
        .then()
        .statusCode(200);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("require_proxy_key", true))
        .patch("/api/v1/agents/" + plain)
        .then()
        .statusCode(200);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("require_proxy_key", false))
        .patch("/api/v1/agents/" + plain)
        .then()
        .statusCode(200);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Night line"))
        .patch("/api/v1/agents/" + plain)
        .then()
        .statusCode(409);
    as(admin)
        .contentType(ContentType.JSON)
        .body("{\"policy_version\": 9}")
        .patch("/api/v1/agents/" + plain)
        .then()
        .statusCode(422);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Ghost"))
        .patch("/api/v1/agents/agt_01JE5Z6W3Q4N2C7H8K9M0P1R2W")
        .then()
        .statusCode(404);
    as(admin).get("/api/v1/agents/" + plain + "/policy-versions").then().statusCode(200);
    as(admin).get("/api/v1/agents/" + plain + "/policy-versions/1").then().statusCode(200);
    as(admin).get("/api/v1/agents/" + plain + "/policy-versions/99").then().statusCode(404);
    as(admin)
        .queryParam("limit", 101)
        .get("/api/v1/agents/" + plain + "/policy-versions")
        .then()
        .statusCode(422);

    var turn =
        "{\"model\": \"stub\", \"messages\": [{\"role\": \"user\", \"content\":"
            + " \"this is maria lopez, call me at 415 555 2671\"}]}";
    anonymous()
        .contentType(ContentType.JSON)
        .body(turn)
        .post("/proxy/" + plain + "/v1/chat/completions")
        .then()
        .statusCode(200);
    anonymous()
        .contentType(ContentType.JSON)
        .body(turn.replace("\"messages\"", "\"stream\": true, \"messages\""))
        .post("/proxy/" + plain + "/v1/chat/completions")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/event-stream"));
    anonymous()
        .contentType(ContentType.JSON)
        .body(turn)
        .post("/proxy/" + keyed + "/v1/chat/completions")
        .then()
        .statusCode(401);
    anonymous()
        .contentType(ContentType.JSON)
        .body(turn)
        .post("/proxy/agt_01JE5Z6W3Q4N2C7H8K9M0P1R2W/v1/chat/completions")
        .then()
        .statusCode(404);
    anonymous()
        .contentType(ContentType.JSON)
        .body("{\"messages\": [}")
        .post("/proxy/" + plain + "/v1/chat/completions")
        .then()
        .statusCode(422);

    var vapi =
        as(admin)
            .contentType(ContentType.JSON)
            .body(
                "{\"name\": \"Vapi line\", \"upstream\": \"stub\", \"vapi_assistant\":"
                    + " {\"firstMessage\": \"Hello\"}}")
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    var vapiAgent = vapi.getString("agent.id");
    var webhookSecret = vapi.getString("agent.webhook_secret");
    var vapiCall = "tour-" + System.nanoTime();
    var started =
        "{\"message\": {\"type\": \"assistant-request\", \"timestamp\": "
            + System.currentTimeMillis()
            + ", \"call\": {\"id\": \""
            + vapiCall
            + "\"}}}";
    anonymous()
        .contentType(ContentType.JSON)
        .header("X-Vapi-Signature", hmac(webhookSecret, started))
        .body(started)
        .post("/vapi/webhook/" + vapiAgent)
        .then()
        .statusCode(200);
    anonymous()
        .contentType(ContentType.JSON)
        .header("X-Vapi-Secret", webhookSecret)
        .body(started.replace("assistant-request", "end-of-call-report"))
        .post("/vapi/webhook/" + vapiAgent)
        .then()
        .statusCode(204);
    anonymous()
        .contentType(ContentType.JSON)
        .body(started)
        .post("/vapi/webhook/" + vapiAgent)
        .then()
        .statusCode(401);
    anonymous()
        .contentType(ContentType.JSON)
        .header("X-Vapi-Secret", webhookSecret)
        .body(started.replace("assistant-request", "transcript"))
        .post("/vapi/webhook/" + vapiAgent)
        .then()
        .statusCode(422);
    anonymous()
        .contentType(ContentType.JSON)
        .header("X-Vapi-Secret", webhookSecret)
        .body(started)
        .post("/vapi/webhook/agt_01JE5Z6W3Q4N2C7H8K9M0P1R2W")
        .then()
        .statusCode(404);

    var token =
        as(admin)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "export", "scopes", List.of("agents:read")))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    anonymous()
        .header("Authorization", "Bearer " + token.getString("token.secret"))
        .get("/api/v1/agents/" + plain)
        .then()
        .statusCode(200);
    anonymous()
        .header("Authorization", "Bearer " + token.getString("token.secret"))
        .get("/api/v1/tokens")
        .then()
        .statusCode(403);
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "export", "scopes", List.of("everything")))
        .post("/api/v1/tokens")
        .then()
        .statusCode(422);
    as(admin).get("/api/v1/tokens").then().statusCode(200);
    as(admin).delete("/api/v1/tokens/" + token.getString("token.id")).then().statusCode(204);
    as(admin).delete("/api/v1/tokens/" + token.getString("token.id")).then().statusCode(404);
    anonymous()
        .header("Authorization", "Bearer " + token.getString("token.secret"))
        .get("/api/v1/agents/" + plain)
        .then()
        .statusCode(401);

    assertThat(Arc.container().instance(PostgresTurnLog.class).get().flush(Duration.ofSeconds(30)))
        .isTrue();
    var session =
        as(admin)
            .queryParam("agent_id", plain)
            .get("/api/v1/sessions")
            .then()
            .statusCode(200)
            .extract()
            .path("data[0].id")
            .toString();
    as(admin)
        .queryParam("since", "7d")
        .queryParam("min_redactions", 1)
        .get("/api/v1/sessions")
        .then()
        .statusCode(200);
    as(admin).queryParam("since", "yesterday").get("/api/v1/sessions").then().statusCode(422);
    as(admin).get("/api/v1/sessions/" + session).then().statusCode(200);
    as(admin).get("/api/v1/sessions/sess_NOPE").then().statusCode(404);
    as(admin).get("/api/v1/sessions/" + session + "/events").then().statusCode(200);
    as(admin)
        .queryParam("limit", 101)
        .get("/api/v1/sessions/" + session + "/events")
        .then()
        .statusCode(422);
    as(admin).get("/api/v1/sessions/sess_NOPE/events").then().statusCode(404);
    var vapiSession =
        as(admin)
            .queryParam("external_id", vapiCall)
            .get("/api/v1/sessions")
            .then()
            .statusCode(200)
            .extract()
            .path("data[0].id")
            .toString();
    as(admin).get("/api/v1/sessions/" + vapiSession).then().statusCode(200);
    as(admin).get("/api/v1/sessions/" + vapiSession + "/events").then().statusCode(200);
    as(admin).get("/api/v1/sessions/" + session + "/report").then().statusCode(200);
    as(admin)
        .queryParam("format", "pdf")
        .get("/api/v1/sessions/" + session + "/report")
        .then()
        .statusCode(200);
    as(admin)
        .queryParam("format", "xml")
        .get("/api/v1/sessions/" + session + "/report")
        .then()
        .statusCode(422);
    as(admin).get("/api/v1/sessions/sess_NOPE/report").then().statusCode(404);
    as(admin).get("/api/v1/reports/public-key").then().statusCode(200);
    as(admin).queryParam("format", "pem").get("/api/v1/reports/public-key").then().statusCode(200);
    as(admin).queryParam("format", "jwk").get("/api/v1/reports/public-key").then().statusCode(200);
    as(admin).queryParam("format", "der").get("/api/v1/reports/public-key").then().statusCode(422);
    as(admin)
        .queryParam("status", "ok")
        .get("/api/v1/agents/" + plain + "/sessions")
        .then()
        .statusCode(200);
    as(admin).get("/api/v1/agents/agt_NOPE/sessions").then().statusCode(404);
    as(admin).get("/api/v1/audit/verify").then().statusCode(200);

    as(member).delete("/api/v1/agents/" + plain).then().statusCode(403);
    as(admin).delete("/api/v1/agents/" + plain).then().statusCode(204);
    as(admin).delete("/api/v1/agents/" + plain).then().statusCode(404);

    as(admin).post("/api/v1/auth/logout").then().statusCode(204);
    as(admin).get("/api/v1/me").then().statusCode(401);

    var uncalled =
        document.operations().stream()
            .filter(
                operation ->
                    called.stream()
                        .noneMatch(
                            call -> {
                              var parts = call.split(" ", 2);
                              return ApiDocument.fits(operation, parts[0], parts[1]);
                            }))
            .toList();
    assertThat(uncalled).as("operations the tour did not call").isEmpty();
  }
}
