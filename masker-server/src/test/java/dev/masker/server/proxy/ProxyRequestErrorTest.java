package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyUpstreamFailureTest.assertError;
import static dev.masker.server.proxy.ProxyUpstreamFailureTest.assertServesTheNextRequest;
import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.NotFoundException;
import com.openai.errors.UnauthorizedException;
import com.openai.errors.UnprocessableEntityException;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.server.api.Tenant;
import dev.masker.server.proxy.ProxyCalls.Agent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Requests the proxy refuses before anything goes upstream (SPEC §6 steps 1–2, §2.2): unknown
 * agent, missing or wrong proxy key, wrong model, a body that is not a Chat Completions request,
 * and a database outage during a call, which must fail closed. The upstream receives nothing.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyRequestErrorTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static volatile String proxyKeySeen = "no key issued yet";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(proxyKeySeen);
  }

  @Test
  void a_model_other_than_the_agents_is_refused_with_model_not_allowed() {
    var agent = ProxyCalls.fakeAgent();
    var other = ProxyCalls.uniqueModel();

    var response = ProxyCalls.post(agent.id(), ProxyCalls.request(other, Phi.INTRO));

    var error = assertError(response, 422, "model_not_allowed");
    assertThat(error.path("param").asText()).isEqualTo("model");
    var client =
        OpenAIOkHttpClient.builder()
            .baseUrl(agent.baseUrl())
            .apiKey("sk-any")
            .maxRetries(0)
            .build();
    var thrown =
        catchThrowableOfType(
            UnprocessableEntityException.class,
            () ->
                client
                    .chat()
                    .completions()
                    .create(
                        ProxyUpstreamFailureTest.params(
                            new Agent(agent.id(), other, null), "Hi.")));
    client.close();
    assertThat(thrown.code()).hasValue("model_not_allowed");
    assertThat(fake().received(other)).isEmpty();
    assertThat(fake().received(agent.model())).isEmpty();
    assertServesTheNextRequest(agent);
  }

  @Test
  void an_unknown_or_malformed_agent_id_is_agent_not_found() {
    var model = ProxyCalls.uniqueModel();
    for (var id :
        new String[] {
          "agt_" + IDS.newUlid(),
          "agt_nope",
          "usr_" + IDS.newUlid(),
          "agt_" + IDS.newUlid().toLowerCase()
        }) {
      var response = ProxyCalls.post(id, ProxyCalls.request(model, Phi.INTRO));
      assertError(response, 404, "agent_not_found");
      Phi.assertNoneIn("the error", response.body());
    }
    var client =
        OpenAIOkHttpClient.builder()
            .baseUrl(ProxyCalls.server() + "/proxy/agt_" + IDS.newUlid() + "/v1")
            .apiKey("sk-any")
            .maxRetries(0)
            .build();
    var thrown =
        catchThrowableOfType(
            NotFoundException.class,
            () ->
                client
                    .chat()
                    .completions()
                    .create(ProxyUpstreamFailureTest.params(new Agent("x", model, null), "Hi.")));
    client.close();
    assertThat(thrown.code()).hasValue("agent_not_found");
    assertThat(fake().received(model)).isEmpty();
  }

  @Test
  void an_agent_that_requires_its_proxy_key_refuses_calls_without_it_and_never_forwards_it() {
    var agent = ProxyCalls.agent(Tenant.open(), "fake", "vault-deterministic", true);
    proxyKeySeen = agent.proxyKey();
    assertThat(agent.proxyKey()).isNotBlank();
    var body = ProxyCalls.request(agent.model(), Phi.INTRO);

    assertError(ProxyCalls.post(agent.id(), body), 401, "bad_signature");
    assertError(
        ProxyCalls.post(agent.id(), body, "Authorization", "Bearer wrong-" + agent.proxyKey()),
        401,
        "bad_signature");
    assertError(
        ProxyCalls.post(agent.id(), body, "Authorization", "Basic " + agent.proxyKey()),
        401,
        "bad_signature");
    assertError(
        ProxyCalls.post(agent.id(), body, "Authorization", "Bearer "), 401, "bad_signature");
    assertThat(fake().received(agent.model())).isEmpty();

    var right = ProxyCalls.post(agent.id(), body, "Authorization", "Bearer " + agent.proxyKey());
    assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
    var wrongKey =
        OpenAIOkHttpClient.builder()
            .baseUrl(agent.baseUrl())
            .apiKey("sk-wrong")
            .maxRetries(0)
            .build();
    var thrown =
        catchThrowableOfType(
            UnauthorizedException.class,
            () ->
                wrongKey
                    .chat()
                    .completions()
                    .create(ProxyUpstreamFailureTest.params(agent, "Hi.")));
    wrongKey.close();
    assertThat(thrown.code()).hasValue("bad_signature");
    var rightKey =
        OpenAIOkHttpClient.builder()
            .baseUrl(agent.baseUrl())
            .apiKey(agent.proxyKey())
            .maxRetries(0)
            .build();
    var answer =
        rightKey.chat().completions().create(ProxyUpstreamFailureTest.params(agent, Phi.INTRO));
    rightKey.close();
    assertThat(answer.choices().get(0).message().content()).hasValue(Phi.INTRO);

    var received = fake().received(agent.model());
    assertThat(received).hasSize(2);
    for (var request : received) {
      assertThat(request.contains(agent.proxyKey())).as("the proxy key went upstream").isFalse();
      assertThat(request.headText()).contains("Bearer " + WireUpstreamResource.UPSTREAM_KEY);
    }
  }

  @Test
  void a_body_that_is_not_a_chat_completions_request_is_validation_failed_without_quoting_it() {
    var agent = ProxyCalls.fakeAgent();
    var model = agent.model();
    String[][] cases = {
      {"{\"model\": \"" + model + "\", \"messages\": [{\"content\": \"" + Phi.NAME + "\"", "body"},
      {"Call " + Phi.NAME + " at " + Phi.PHONE_WRITTEN, "body"},
      {"", "body"},
      {"[]", "body"},
      {"{\"messages\": []}", "model"},
      {"{\"model\": 4, \"messages\": []}", "model"},
      {"{\"model\": \"" + model + "\"}", "messages"},
      {"{\"model\": \"" + model + "\", \"messages\": {\"role\": \"user\"}}", "messages"},
      {"{\"model\": \"" + model + "\", \"messages\": [\"" + Phi.NAME + "\"]}", "messages[0]"},
      {"{\"model\": \"" + model + "\", \"messages\": [], \"stream\": \"yes\"}", "stream"},
    };
    for (var example : cases) {
      var response = ProxyCalls.post(agent.id(), example[0]);
      var error = assertError(response, 422, "validation_failed");
      assertThat(error.path("param").asText()).as(example[0]).isEqualTo(example[1]);
      Phi.assertNoneIn("the error", response.body());
    }
    assertThat(fake().received(model)).isEmpty();
    assertServesTheNextRequest(agent);
  }

  @Test
  void a_body_over_the_limit_is_payload_too_large_in_the_proxy_error_shape_announced_or_not()
      throws Exception {
    var agent = ProxyCalls.fakeAgent();
    var body =
        ProxyCalls.request(agent.model(), Phi.NAME + " " + "x".repeat(2 * 1024 * 1024)).toString();

    var announced = ProxyCalls.post(agent.id(), body);
    var chunked =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/chat/completions"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    for (var response : List.of(announced, chunked)) {
      var error = assertError(response, 413, "payload_too_large");
      assertThat(error.path("message").asText())
          .isEqualTo("The request body is larger than 2097152 bytes");
    }
    assertThat(fake().received(agent.model())).isEmpty();
    assertServesTheNextRequest(agent);
  }

  @Test
  void a_database_outage_during_a_call_fails_closed_with_masking_unavailable() throws Exception {
    var agent = ProxyCalls.fakeAgent();
    assertServesTheNextRequest(agent);
    int before = fake().received(agent.model()).size();

    TestDatabase.cut();
    try {
      var response =
          ProxyCalls.post(
              agent.id(),
              ProxyCalls.request(
                  agent.model(), "This is " + Phi.DOCTOR + ", call " + Phi.PHONE_SPOKEN),
              "Masker-Session-Id",
              "outage-" + IDS.newUlid());
      assertError(response, 503, "masking_unavailable");
      var streamed =
          ProxyCalls.post(
              agent.id(),
              ProxyCalls.request(agent.model(), "This is " + Phi.DOCTOR).put("stream", true));
      assertError(streamed, 503, "masking_unavailable");
    } finally {
      TestDatabase.restore();
    }

    assertThat(fake().received(agent.model())).hasSize(before);
    var deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), "ping")).statusCode()
        != 200) {
      assertThat(Instant.now()).as("the proxy recovers after the outage").isBefore(deadline);
    }
    assertServesTheNextRequest(agent);
  }
}
