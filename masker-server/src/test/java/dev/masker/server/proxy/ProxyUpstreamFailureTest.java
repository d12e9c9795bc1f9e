package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.errors.InternalServerException;
import com.openai.errors.SseException;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.api.Tenant;
import dev.masker.server.proxy.ProxyCalls.Agent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Upstream trouble, end to end (SPEC §6): error statuses, a refused connection, a stall past the
 * timeout, a reset mid-stream, garbage. Each gives the proxy error shape (status, code, type,
 * message, request id) or, once a stream has started, a final error frame without {@code [DONE]};
 * and the server answers the next request normally.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyUpstreamFailureTest {

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked();
  }

  @Test
  void an_upstream_500_is_a_502_whose_message_quotes_the_upstream_masked() {
    var agent = ProxyCalls.fakeAgent();
    fake()
        .on(
            agent.model(),
            Behaviours.status(
                500,
                "server_error",
                "Overloaded while serving " + Phi.NAME + " at " + Phi.PHONE_WRITTEN));

    var response = ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), Phi.INTRO));

    var error = assertError(response, 502, "upstream_error");
    assertThat(error.path("message").asText())
        .startsWith("The upstream answered 500: Overloaded while serving MSKV1.NAME.");
    Phi.assertNoneIn("the error message", response.body());
    var thrown =
        catchThrowableOfType(InternalServerException.class, () -> sdkCall(agent, Phi.INTRO));
    assertThat(thrown.statusCode()).isEqualTo(502);
    assertThat(thrown.code()).hasValue("upstream_error");
    assertThat(thrown.type()).hasValue("upstream_error");
    assertServesTheNextRequest(agent);
  }

  @Test
  void an_upstream_429_is_a_502_upstream_error() {
    var agent = ProxyCalls.fakeAgent();
    fake()
        .on(
            agent.model(),
            Behaviours.status(429, "rate_limit_exceeded", "Rate limit reached for requests"));

    var response = ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), "Hello there."));

    var error = assertError(response, 502, "upstream_error");
    assertThat(error.path("message").asText())
        .isEqualTo("The upstream answered 429: Rate limit reached for requests");
    var thrown =
        catchThrowableOfType(InternalServerException.class, () -> sdkCall(agent, "Hello there."));
    assertThat(thrown.statusCode()).isEqualTo(502);
    assertServesTheNextRequest(agent);
  }

  @Test
  void a_refused_connection_is_a_502_and_one_dead_provider_does_not_make_the_server_unhealthy() {
    // Another provider answers (the health rule: down only when no provider answered within the
    // minute; the all-down case is UpstreamRouterTest's).
    assertServesTheNextRequest(ProxyCalls.fakeAgent());
    var dead = ProxyCalls.agent(Tenant.open(), "dead", "vault-deterministic", false);

    var response = ProxyCalls.post(dead.id(), ProxyCalls.request(dead.model(), Phi.INTRO));
    var streamed =
        ProxyCalls.post(dead.id(), ProxyCalls.request(dead.model(), Phi.INTRO).put("stream", true));

    var error = assertError(response, 502, "upstream_error");
    assertThat(error.path("message").asText()).contains("unreachable");
    assertError(streamed, 502, "upstream_error");
    var thrown =
        catchThrowableOfType(InternalServerException.class, () -> sdkCall(dead, "Hello there."));
    assertThat(thrown.statusCode()).isEqualTo(502);
    assertThat(upstreamHealth()).isEqualTo("ok");
    assertServesTheNextRequest(ProxyCalls.fakeAgent());
  }

  @Test
  void an_upstream_that_stalls_past_the_timeout_is_a_504_streamed_or_not() {
    var agent = ProxyCalls.fakeAgent();
    fake().on(agent.model(), Behaviours.stall());

    long started = System.nanoTime();
    var response = ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), "Hello there."));
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    var streamed =
        ProxyCalls.post(
            agent.id(), ProxyCalls.request(agent.model(), "Hello there.").put("stream", true));

    var error = assertError(response, 504, "upstream_timeout");
    assertThat(error.path("message").asText())
        .isEqualTo("The upstream did not answer within " + WireUpstreamResource.TIMEOUT_MS + " ms");
    assertThat(tookMs).isBetween((long) WireUpstreamResource.TIMEOUT_MS - 100, 15_000L);
    assertError(streamed, 504, "upstream_timeout");
    assertServesTheNextRequest(agent);
  }

  @Test
  void a_stream_that_stalls_after_some_frames_ends_with_a_timeout_frame() {
    var agent = ProxyCalls.fakeAgent();
    fake()
        .on(
            agent.model(),
            Behaviours.streamThenStall(
                request ->
                    firstHalf(
                        request, Phi.token(Behaviours.lastUserText(request.json()), "NAME"))));

    var response =
        ProxyCalls.post(
            agent.id(), ProxyCalls.request(agent.model(), Phi.INTRO).put("stream", true));

    var frames = assertBrokenStream(response, "upstream_timeout");
    assertThat(String.join("", frames)).contains("Hello ");
    assertServesTheNextRequest(agent);
  }

  @Test
  void a_stream_reset_midway_ends_with_an_error_frame_and_no_done() {
    var agent = ProxyCalls.fakeAgent();
    var arrived = new CountDownLatch(1);
    fake()
        .on(
            agent.model(),
            Behaviours.streamThenReset(ProxyUpstreamFailureTest::helloAndHalfAName, arrived));

    var response =
        ProxyCalls.postLines(
            agent.id(),
            ProxyCalls.request(agent.model(), Phi.INTRO).put("stream", true),
            line -> {
              if (line.contains("Hello ")) {
                arrived.countDown();
              }
            });

    var frames = assertBrokenStream(response, "upstream_error");
    assertThat(String.join("", frames)).contains("Hello ").doesNotContain("MSKV", Phi.NAME);
    var sdkArrived = new CountDownLatch(1);
    fake()
        .on(
            agent.model(),
            Behaviours.streamThenReset(ProxyUpstreamFailureTest::helloAndHalfAName, sdkArrived));
    var client = ProxyOpenAiSdkTest.client(agent);
    var thrown =
        catchThrowableOfType(
            SseException.class,
            () -> {
              try (var stream =
                  client.chat().completions().createStreaming(params(agent, Phi.INTRO))) {
                stream.stream().forEach(chunk -> sdkArrived.countDown());
              }
            });
    client.close();
    assertThat(thrown.code()).hasValue("upstream_error");
    assertServesTheNextRequest(agent);
  }

  private static List<byte[]> helloAndHalfAName(WireUpstream.Received request) {
    return firstHalf(request, Phi.token(Behaviours.lastUserText(request.json()), "NAME"));
  }

  @Test
  void garbage_instead_of_json_is_a_502_before_the_stream_starts_and_an_error_frame_after() {
    var agent = ProxyCalls.fakeAgent();
    var model = agent.model();
    var html = ProxyCalls.agent(Tenant.open(), "fake", "vault-deterministic", false);
    fake().on(html.model(), Behaviours.raw("text/html", "<html><body>Bad gateway</body></html>"));
    var brokenJson = ProxyCalls.agent(Tenant.open(), "fake", "vault-deterministic", false);
    fake()
        .on(
            brokenJson.model(),
            Behaviours.raw("application/json", "{\"choices\": [{\"message\": "));
    var jsonForAStream = ProxyCalls.agent(Tenant.open(), "fake", "vault-deterministic", false);
    fake()
        .on(
            jsonForAStream.model(),
            Behaviours.raw("application/json", Behaviours.completion("x", "hi")));
    fake()
        .on(
            model,
            Behaviours.stream(
                request -> {
                  var pieces =
                      new ArrayList<>(
                          Behaviours.sse(
                              List.of(
                                  Behaviours.chunk(
                                      model, 0, Behaviours.delta("assistant", "Hello "), null)),
                              false));
                  pieces.add("data: <html>oops</html>\n\n".getBytes(StandardCharsets.UTF_8));
                  return pieces;
                }));

    assertError(
        ProxyCalls.post(html.id(), ProxyCalls.request(html.model(), "Hi.")), 502, "upstream_error");
    assertError(
        ProxyCalls.post(brokenJson.id(), ProxyCalls.request(brokenJson.model(), "Hi.")),
        502,
        "upstream_error");
    assertError(
        ProxyCalls.post(
            jsonForAStream.id(),
            ProxyCalls.request(jsonForAStream.model(), "Hi.").put("stream", true)),
        502,
        "upstream_error");
    assertError(
        ProxyCalls.post(html.id(), ProxyCalls.request(html.model(), "Hi.").put("stream", true)),
        502,
        "upstream_error");
    var frames =
        assertBrokenStream(
            ProxyCalls.post(agent.id(), ProxyCalls.request(model, "Hi.").put("stream", true)),
            "upstream_error");
    assertThat(frames.get(0)).contains("Hello ");
    assertServesTheNextRequest(agent);
  }

  /** A role frame, "Hello ", then the text up to the middle of {@code token}. */
  private static List<byte[]> firstHalf(WireUpstream.Received request, String token) {
    var model = request.model();
    return Behaviours.sse(
        List.of(
            Behaviours.chunk(model, 0, Behaviours.delta("assistant", ""), null),
            Behaviours.chunk(model, 0, Behaviours.delta(null, "Hello "), null),
            Behaviours.chunk(
                model, 0, Behaviours.delta(null, token.substring(0, token.length() / 2)), null)),
        false);
  }

  private static String upstreamHealth() {
    return given().get("/health").jsonPath().getString("components.upstream");
  }

  static ChatCompletionCreateParams params(Agent agent, String text) {
    return ChatCompletionCreateParams.builder().model(agent.model()).addUserMessage(text).build();
  }

  private static void sdkCall(Agent agent, String text) {
    var client = ProxyOpenAiSdkTest.client(agent);
    try {
      client.chat().completions().create(params(agent, text));
    } finally {
      client.close();
    }
  }

  /** The proxy error shape with this status and code; returns the {@code error} object. */
  static JsonNode assertError(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    var error = ProxyCalls.parse(response.body()).path("error");
    assertThat(error.path("code").asText()).isEqualTo(code);
    assertThat(error.path("type").asText()).isEqualTo(code);
    assertThat(error.path("message").asText()).isNotBlank();
    assertThat(error.has("param")).isTrue();
    var requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(requestId).startsWith("req_");
    assertThat(error.path("request_id").asText()).isEqualTo(requestId);
    return error;
  }

  /**
   * A 200 event stream of well-formed chunks that ends with an error frame of {@code code} and no
   * {@code [DONE]}; returns the chunks before it. No frame carries a token or a piece of one.
   */
  static List<String> assertBrokenStream(HttpResponse<String> response, String code) {
    assertThat(response.statusCode()).isEqualTo(200);
    var frames = ProxyCalls.frames(response.body());
    assertThat(frames).isNotEmpty().doesNotContain("[DONE]");
    var error = ProxyCalls.parse(frames.get(frames.size() - 1)).path("error");
    assertThat(error.path("code").asText()).isEqualTo(code);
    assertThat(error.path("type").asText()).isEqualTo(code);
    assertThat(error.path("request_id").asText())
        .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    var chunks = frames.subList(0, frames.size() - 1);
    for (var chunk : chunks) {
      assertThat(ProxyCalls.parse(chunk).path("object").asText())
          .isEqualTo("chat.completion.chunk");
      assertThat(chunk).doesNotContain("MSKV1");
    }
    return chunks;
  }

  /** The agent's next call, on an upstream that answers, brings every value back. */
  static void assertServesTheNextRequest(Agent agent) {
    fake().on(agent.model(), Behaviours.echo());
    var response = ProxyCalls.post(agent.id(), ProxyCalls.request(agent.model(), Phi.INTRO));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(
            ProxyCalls.parse(response.body())
                .path("choices")
                .get(0)
                .path("message")
                .path("content")
                .asText())
        .isEqualTo(Phi.INTRO);
  }
}
