package dev.masker.server.vapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.session.PostgresTurnLog;
import dev.masker.server.DatabaseDump;
import dev.masker.server.api.Tenant;
import dev.masker.server.proxy.WireUpstreamResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /vapi/webhook/{agent_id}} (SPEC §7) against the real server and database, as Vapi
 * calls it: signed with the agent's webhook secret (shown once when the agent is made) or the
 * server's {@code MASKER_VAPI_WEBHOOK_SECRET}.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class VapiWebhookApiTest {
  /** The test profile's {@code masker.vapi-webhook-secret}. */
  private static final String SERVER_WIDE = "test-server-wide-vapi-secret";

  private static final String TEMPLATE =
      "{\"name\":\"Front desk\",\"firstMessage\":\"Thank you for calling\","
          + "\"voice\":{\"provider\":\"11labs\",\"voiceId\":\"paula\"},"
          + "\"model\":{\"provider\":\"openai\",\"model\":\"gpt-4o\",\"temperature\":0.3,"
          + "\"messages\":[{\"role\":\"system\",\"content\":\"You book appointments.\"}]}}";

  @Test
  void an_assistant_request_gets_the_agents_template_pointed_at_its_proxy() {
    var tenant = Tenant.open();
    var agent = Agent.create(tenant, "openai:gpt-4o-mini", TEMPLATE);
    var body = nested("assistant-request", UUID.randomUUID().toString(), Instant.now());

    var response = post(agent.id, body, "X-Vapi-Signature", hmac(agent.secret, body));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.header("X-Request-Id")).startsWith("req_");
    var expected =
        JsonPath.from(
                "{\"assistant\":{\"name\":\"Front desk\",\"firstMessage\":\"Thank you for calling\","
                    + "\"voice\":{\"provider\":\"11labs\",\"voiceId\":\"paula\"},"
                    + "\"model\":{\"provider\":\"custom-llm\",\"model\":\"gpt-4o-mini\","
                    + "\"temperature\":0.3,\"url\":\"http://localhost:8080/proxy/"
                    + agent.id
                    + "/v1\",\"messages\":[{\"role\":\"system\","
                    + "\"content\":\"You book appointments.\"}]}}}")
            .getMap("");
    assertThat(response.jsonPath().getMap("")).isEqualTo(expected);
  }

  @Test
  void a_call_opened_by_the_webhook_takes_the_proxys_turns_and_is_closed_by_its_report() {
    var tenant = Tenant.open();
    var agent = Agent.create(tenant, "stub", null);
    var callId = UUID.randomUUID().toString();

    var opened = nested("assistant-request", callId, Instant.now());
    assertThat(post(agent.id, opened, "X-Vapi-Signature", hmac(agent.secret, opened)).statusCode())
        .isEqualTo(200);
    recorded();
    var session = onlySession(tenant, callId);
    assertThat(session.getInt("turn_count")).isZero();
    assertThat(session.getString("status")).isEqualTo("ok");
    var sessionId = session.getString("id");

    // Vapi's custom LLM calls carry the same call id in the body: the proxy files the turn there.
    var turn =
        given()
            .contentType(ContentType.JSON)
            .body(
                "{\"model\":\"stub\",\"call\":{\"id\":\""
                    + callId
                    + "\"},\"messages\":[{\"role\":\"user\",\"content\":\"I need a slot on"
                    + " Tuesday\"}]}")
            .post("/proxy/" + agent.id + "/v1/chat/completions");
    assertThat(turn.statusCode()).isEqualTo(200);

    var report = nested("end-of-call-report", callId, Instant.now());
    var closed = post(agent.id, report, "X-Vapi-Secret", agent.secret);
    assertThat(closed.statusCode()).isEqualTo(204);
    recorded();

    session = onlySession(tenant, callId);
    assertThat(session.getString("id")).isEqualTo(sessionId);
    assertThat(session.getInt("turn_count")).isEqualTo(1);
    var events =
        tenant.asAdmin().get("/api/v1/sessions/" + sessionId + "/events").then().statusCode(200);
    var kinds = events.extract().jsonPath().getList("data.kind", String.class);
    assertThat(kinds).first().isEqualTo("call_started");
    assertThat(kinds).last().isEqualTo("call_ended");
    assertThat(events.extract().jsonPath().getList("data.turn")).first().isNull();
    var detail = tenant.asAdmin().get("/api/v1/sessions/" + sessionId).then().statusCode(200);
    assertThat(detail.extract().jsonPath().getList("session.events.kind", String.class))
        .containsSubsequence("call_started", "call_ended");
  }

  @Test
  void the_flat_form_and_the_server_wide_secret_are_taken_and_a_status_update_ended_closes() {
    var tenant = Tenant.open();
    var agent = Agent.create(tenant, "stub", null);
    var callId = UUID.randomUUID().toString();

    var started = flat("assistant-request", callId, Instant.now());
    var answer = post(agent.id, started, "X-Vapi-Signature", hmac(SERVER_WIDE, started));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.jsonPath().getString("assistant.model.provider")).isEqualTo("custom-llm");
    assertThat(answer.jsonPath().getString("assistant.model.model")).isEqualTo("stub");

    var ringing = flat("status-update", callId, Instant.now()).replace("\"ended\"", "\"ringing\"");
    assertThat(post(agent.id, ringing, "X-Vapi-Secret", SERVER_WIDE).statusCode()).isEqualTo(204);
    var ended = flat("status-update", callId, Instant.now());
    assertThat(post(agent.id, ended, "X-Vapi-Secret", SERVER_WIDE).statusCode()).isEqualTo(204);
    recorded();

    var sessionId = onlySession(tenant, callId).getString("id");
    assertThat(
            tenant
                .asAdmin()
                .get("/api/v1/sessions/" + sessionId + "/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data.kind", String.class))
        .containsExactly("call_started", "call_ended");
  }

  @Test
  void a_missing_or_wrong_signature_is_401_bad_signature_and_opens_nothing() {
    var tenant = Tenant.open();
    var agent = Agent.create(tenant, "stub", null);
    var other = Agent.create(tenant, "stub", null);
    var callId = UUID.randomUUID().toString();
    var body = nested("assistant-request", callId, Instant.now());

    assertBadSignature(post(agent.id, body));
    assertBadSignature(post(agent.id, body, "X-Vapi-Signature", hmac(other.secret, body)));
    assertBadSignature(post(agent.id, body, "X-Vapi-Signature", "not-hex"));
    assertBadSignature(post(agent.id, body, "X-Vapi-Secret", other.secret));
    var tampered = body.replace(callId, UUID.randomUUID().toString());
    assertBadSignature(post(agent.id, tampered, "X-Vapi-Signature", hmac(agent.secret, body)));
    recorded();

    assertThat(sessions(tenant, callId)).isEmpty();
  }

  @Test
  void a_replayed_body_with_an_old_timestamp_is_refused_even_with_its_right_signature() {
    var tenant = Tenant.open();
    var agent = Agent.create(tenant, "stub", null);
    var callId = UUID.randomUUID().toString();
    var captured = nested("assistant-request", callId, Instant.now().minus(Duration.ofHours(1)));

    var replayed = post(agent.id, captured, "X-Vapi-Signature", hmac(agent.secret, captured));

    assertBadSignature(replayed);
    assertThat(replayed.jsonPath().getString("error.message")).contains("replay");
    recorded();
    assertThat(sessions(tenant, callId)).isEmpty();
  }

  @Test
  void unknown_agents_unsupported_types_and_bodies_that_are_not_messages_get_the_envelope() {
    var tenant = Tenant.open();
    var agent = Agent.create(tenant, "stub", null);
    var body = nested("assistant-request", UUID.randomUUID().toString(), Instant.now());

    var unknown =
        post("agt_01HYZ0000000000000000000AB", body, "X-Vapi-Signature", hmac(SERVER_WIDE, body));
    assertError(unknown, 404, "agent_not_found");
    assertError(post("not-an-agent", body, "X-Vapi-Secret", SERVER_WIDE), 404, "agent_not_found");

    var transcript = nested("transcript", UUID.randomUUID().toString(), Instant.now());
    assertError(
        post(agent.id, transcript, "X-Vapi-Signature", hmac(agent.secret, transcript)),
        422,
        "unsupported_event");

    var notJson = "{\"message\": ";
    var malformed = post(agent.id, notJson, "X-Vapi-Signature", hmac(agent.secret, notJson));
    assertError(malformed, 422, "validation_failed");
    assertThat(malformed.jsonPath().getString("error.details[0].field")).isEqualTo("body");

    var noCall = "{\"message\":{\"type\":\"assistant-request\"}}";
    var missing = post(agent.id, noCall, "X-Vapi-Signature", hmac(agent.secret, noCall));
    assertError(missing, 422, "validation_failed");
    assertThat(missing.jsonPath().getString("error.details[0].field")).isEqualTo("message.call.id");

    var tooLarge =
        given()
            .contentType(ContentType.JSON)
            .header("X-Vapi-Secret", agent.secret)
            .body(new byte[2 * 1024 * 1024 + 1])
            .post("/vapi/webhook/" + agent.id);
    assertError(tooLarge, 413, "payload_too_large");
  }

  @Test
  void the_webhook_secret_is_shown_once_when_the_agent_is_made_and_differs_per_agent() {
    var tenant = Tenant.open();
    var first = Agent.create(tenant, "stub", null);
    var second = Agent.create(tenant, "stub", null);

    assertThat(first.secret).startsWith("whsec_").isNotEqualTo(second.secret);
    var shown = tenant.asAdmin().get("/api/v1/agents/" + first.id).then().statusCode(200);
    assertThat(shown.extract().asString()).doesNotContain(first.secret);
    assertThat(shown.extract().jsonPath().getMap("agent")).doesNotContainKey("webhook_secret");
    assertThat(shown.extract().jsonPath().getString("agent.webhook_url"))
        .isEqualTo("http://localhost:8080/vapi/webhook/" + first.id);
  }

  @Test
  void the_customers_number_name_and_transcript_reach_neither_the_log_nor_any_table()
      throws Exception {
    var tenant = Tenant.open();
    var agent = Agent.create(tenant, "stub", TEMPLATE);
    var callId = UUID.randomUUID().toString();
    var number = "+16175550143";
    var name = "Quintessa Vandermolen";
    var transcript = "my date of birth is the ninth of Quintember";
    var summary = "Caller Quintessa asked to move her Zorbatine refill";
    var planted = List.of(number, name, transcript, summary, "Vandermolen", "Zorbatine");

    for (var type : List.of("assistant-request", "status-update", "end-of-call-report")) {
      var body =
          "{\"message\":{\"type\":\""
              + type
              + "\",\"timestamp\":"
              + Instant.now().toEpochMilli()
              + ",\"status\":\"ended\",\"call\":{\"id\":\""
              + callId
              + "\",\"customer\":{\"number\":\""
              + number
              + "\",\"name\":\""
              + name
              + "\"}},\"customer\":{\"number\":\""
              + number
              + "\",\"name\":\""
              + name
              + "\"},\"phoneNumber\":{\"number\":\""
              + number
              + "\"},\"transcript\":\""
              + transcript
              + "\",\"summary\":\""
              + summary
              + "\",\"artifact\":{\"transcript\":\""
              + transcript
              + "\",\"messages\":[{\"role\":\"user\",\"message\":\""
              + transcript
              + "\"}]},\"analysis\":{\"summary\":\""
              + summary
              + "\"}}}";
      var response = post(agent.id, body, "X-Vapi-Signature", hmac(agent.secret, body));
      assertThat(response.statusCode()).isIn(200, 204);
      assertThat(response.asString()).doesNotContain(number, name, transcript, summary);
    }
    recorded();
    assertThat(onlySession(tenant, callId).getInt("turn_count")).isZero();

    var log = logOfThisRun();
    var dump = DatabaseDump.everyTable(Arc.container().instance(AgroalDataSource.class).get());
    assertThat(log).as("the test log").contains("/vapi/webhook/" + agent.id);
    assertThat(log).as("the test log").contains("vapi end-of-call-report agent=" + agent.id);
    assertThat(dump).as("the database").contains("call_started", "call_ended");
    for (var value : planted) {
      assertThat(log).as("the test log").doesNotContain(value);
      assertThat(dump).as("the database").doesNotContain(value);
    }
    assertThat(log).as("the raw call id").doesNotContain(callId);
    assertThat(dump).as("the raw call id").doesNotContain(callId);
    assertThat(log).as("the agent's secret").doesNotContain(agent.secret);
    assertThat(dump).as("the agent's secret").doesNotContain(agent.secret);
  }

  /** An agent made over the API, with the webhook secret its answer showed once. */
  private record Agent(String id, String secret) {
    static Agent create(Tenant tenant, String upstream, String template) {
      var body =
          "{\"name\":\"Vapi desk "
              + UUID.randomUUID()
              + "\",\"upstream\":\""
              + upstream
              + "\""
              + (template == null ? "" : ",\"vapi_assistant\":" + template)
              + "}";
      var created =
          tenant
              .asAdmin()
              .contentType(ContentType.JSON)
              .body(body)
              .post("/api/v1/agents")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      return new Agent(created.getString("agent.id"), created.getString("agent.webhook_secret"));
    }
  }

  private static String nested(String type, String callId, Instant at) {
    return "{\"message\":" + flat(type, callId, at) + "}";
  }

  private static String flat(String type, String callId, Instant at) {
    return "{\"type\":\""
        + type
        + "\",\"timestamp\":"
        + at.toEpochMilli()
        + ",\"status\":\"ended\",\"call\":{\"id\":\""
        + callId
        + "\",\"assistantId\":\"5d3f1c9e-8a2b-4c1d-9e0f-123456789abc\"}}";
  }

  private static Response post(String agentId, String body, String... header) {
    var request = given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
    if (header.length == 2) {
      request.header(header[0], header[1]);
    }
    return request.post("/vapi/webhook/" + agentId);
  }

  private static String hmac(String secret, String body) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertBadSignature(Response response) {
    assertError(response, 401, "bad_signature");
  }

  private static void assertError(Response response, int status, String code) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    var requestId = response.header("X-Request-Id");
    assertThat(requestId).startsWith("req_");
    assertThat(response.jsonPath().getString("error.code")).isEqualTo(code);
    assertThat(response.jsonPath().getString("error.request_id")).isEqualTo(requestId);
  }

  private static void recorded() {
    assertThat(Arc.container().instance(PostgresTurnLog.class).get().flush(Duration.ofSeconds(20)))
        .as("the turn log wrote every record")
        .isTrue();
  }

  private static List<Map<String, Object>> sessions(Tenant tenant, String callId) {
    return tenant
        .asAdmin()
        .queryParam("external_id", callId)
        .get("/api/v1/sessions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("data");
  }

  private static JsonPath onlySession(Tenant tenant, String callId) {
    var found = sessions(tenant, callId);
    assertThat(found).hasSize(1);
    var id = (String) found.get(0).get("id");
    return tenant
        .asAdmin()
        .get("/api/v1/sessions/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .setRootPath("session");
  }

  /** Every log file this JVM wrote (the current one and those rotated by restarts). */
  private static String logOfThisRun() throws Exception {
    var log = Path.of("target", "masker-test.log");
    long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    var text = new StringBuilder();
    try (var files = Files.list(log.getParent())) {
      for (var file :
          files.filter(f -> f.getFileName().toString().startsWith("masker-test.log")).toList()) {
        if (Files.getLastModifiedTime(file).toMillis() >= started) {
          text.append(Files.readString(file));
        }
      }
    }
    return text.toString();
  }
}
