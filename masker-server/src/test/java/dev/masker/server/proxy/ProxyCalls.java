package dev.masker.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.server.api.Tenant;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLSession;

/**
 * Agents on the fake upstream and raw HTTP calls to the proxy, for the proxy's end-to-end tests.
 */
public final class ProxyCalls {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private ProxyCalls() {}

  /**
   * An agent of the test's own.
   *
   * @param model the model it sends upstream: names the fake's behaviour for it
   * @param proxyKey the key it requires as a bearer token, or null
   */
  public record Agent(String id, String model, String proxyKey) {
    /** What an OpenAI client takes as its base URL. */
    public String baseUrl() {
      return ProxyCalls.server() + "/proxy/" + id + "/v1";
    }
  }

  /** A model name no other test uses. */
  public static String uniqueModel() {
    return "m-" + IDS.newUlid().toLowerCase();
  }

  /**
   * An agent of a new tenant on the fake upstream, vault-deterministic, with a model of its own.
   */
  public static Agent fakeAgent() {
    return agent(Tenant.open(), "fake", "vault-deterministic", false);
  }

  /**
   * An agent of a new tenant on the fake upstream whose policy (the built-in one otherwise) lets
   * the named extra request fields through, masked: how a test tells the fake what to do.
   */
  public static Agent fakeAgentTaking(String... extraFields) {
    var entries = new ArrayList<String>();
    for (var field : extraFields) {
      entries.add(field + ": mask");
    }
    var yaml =
        Policy.healthcareDefault()
            .yaml()
            .replace("extra_fields: {}", "extra_fields: {" + String.join(", ", entries) + "}");
    return agent(Tenant.open(), "fake", "vault-deterministic", false, yaml);
  }

  /** An agent of a new tenant on the fake upstream with its own policy. */
  public static Agent fakeAgentWithPolicy(String policyYaml) {
    return agent(Tenant.open(), "fake", "vault-deterministic", false, policyYaml);
  }

  public static Agent agent(
      Tenant tenant, String provider, String tokenization, boolean requireProxyKey) {
    return agent(tenant, provider, tokenization, requireProxyKey, null);
  }

  public static Agent agent(
      Tenant tenant,
      String provider,
      String tokenization,
      boolean requireProxyKey,
      String policyYaml) {
    var model = uniqueModel();
    var body = new HashMap<String, Object>();
    if (policyYaml != null) {
      body.put("policy_yaml", policyYaml);
    }
    body.put("name", "Agent " + model);
    body.put("upstream", provider + ":" + model);
    body.put("tokenization", tokenization);
    body.put("require_proxy_key", requireProxyKey);
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
    return new Agent(created.getString("agent.id"), model, created.getString("agent.proxy_key"));
  }

  /** The running server's base URL. */
  public static String server() {
    return "http://localhost:" + RestAssured.port;
  }

  /** A minimal Chat Completions body for {@code model}: one user message. */
  public static ObjectNode request(String model, String userText) {
    var body = WireUpstream.JSON.createObjectNode();
    body.put("model", model);
    body.putArray("messages").addObject().put("role", "user").put("content", userText);
    return body;
  }

  /** POSTs {@code body} to the agent's chat completions URL; headers as name, value pairs. */
  public static HttpResponse<String> post(String agentId, String body, String... headers) {
    var request =
        HttpRequest.newBuilder(URI.create(server() + "/proxy/" + agentId + "/v1/chat/completions"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * POSTs {@code body} and reads the answer line by line as it arrives, handing each line to {@code
   * onLine} before reading the next; returns the whole answer.
   */
  public static HttpResponse<String> postLines(
      String agentId, JsonNode body, Consumer<String> onLine) {
    var request =
        HttpRequest.newBuilder(URI.create(server() + "/proxy/" + agentId + "/v1/chat/completions"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    try {
      var response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
      var text = new StringBuilder();
      try (var lines = response.body()) {
        lines.forEach(
            line -> {
              onLine.accept(line);
              text.append(line).append('\n');
            });
      }
      return new Answer(response, text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response read line by line, with its body put back together. */
  private record Answer(HttpResponse<?> response, String body) implements HttpResponse<String> {
    @Override
    public int statusCode() {
      return response.statusCode();
    }

    @Override
    public HttpRequest request() {
      return response.request();
    }

    @Override
    public Optional<HttpResponse<String>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return response.headers();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return response.sslSession();
    }

    @Override
    public URI uri() {
      return response.uri();
    }

    @Override
    public HttpClient.Version version() {
      return response.version();
    }
  }

  public static HttpResponse<String> post(String agentId, JsonNode body, String... headers) {
    return post(agentId, body.toString(), headers);
  }

  /**
   * Sends {@code text} as the user's turn in the call {@code session} of {@code agent} (a fake
   * upstream agent) and returns what the upstream received as that turn, after checking that none
   * of the planted PHI reached it.
   */
  public static String maskedInCall(Agent agent, String session, String text) {
    var response = post(agent.id(), request(agent.model(), text), "Masker-Session-Id", session);
    assertThat(response.statusCode()).isEqualTo(200);
    var received = WireUpstreamResource.fake().received(agent.model());
    Phi.assertNoneIn(received);
    return Behaviours.lastUserText(received.get(received.size() - 1).json());
  }

  /**
   * The {@code data} of each frame of an event stream, checking that the body is nothing but
   * well-formed {@code data: …\n\n} frames.
   */
  public static List<String> frames(String eventStream) {
    var frames = new ArrayList<String>();
    int at = 0;
    while (at < eventStream.length()) {
      assertThat(eventStream.startsWith("data: ", at))
          .as("a frame starts at %d of %s", at, eventStream)
          .isTrue();
      int end = eventStream.indexOf("\n\n", at);
      assertThat(end).as("the frame at %d ends with a blank line", at).isPositive();
      var data = eventStream.substring(at + "data: ".length(), end);
      assertThat(data).as("one line per frame").doesNotContain("\n");
      frames.add(data);
      at = end + 2;
    }
    return frames;
  }

  public static JsonNode parse(String json) {
    try {
      return WireUpstream.JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /**
   * The concatenated {@code delta.content} of each choice of a complete stream (ending with {@code
   * [DONE]}), by choice index.
   */
  public static Map<Integer, String> contents(List<String> frames) {
    assertThat(frames).isNotEmpty();
    assertThat(frames.get(frames.size() - 1)).isEqualTo("[DONE]");
    var out = new HashMap<Integer, String>();
    for (var frame : frames.subList(0, frames.size() - 1)) {
      var chunk = parse(frame);
      assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
      for (var choice : chunk.path("choices")) {
        var content = choice.path("delta").path("content");
        if (content.isTextual()) {
          out.merge(choice.path("index").asInt(), content.asText(), String::concat);
        }
      }
    }
    return out;
  }
}
