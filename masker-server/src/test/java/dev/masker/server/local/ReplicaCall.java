package dev.masker.server.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One call as a voice platform makes it against the proxy: every turn names the call ({@code
 * Masker-Session-Id}) and resends the whole conversation so far, the answers as the caller heard
 * them (values put back). It knows which planted values each of its messages holds, in order, so a
 * test can pair them with the tokens the upstream received.
 */
final class ReplicaCall {
  static final String MODEL = "test-model";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  final String sessionKey;
  final boolean streamed;
  private final String path;
  private final List<Map<String, String>> messages = new ArrayList<>();
  private final List<List<String>> values = new ArrayList<>();
  private final LinkedHashSet<String> seen = new LinkedHashSet<>();

  ReplicaCall(String agent, String sessionKey, boolean streamed) {
    this.path = "/proxy/" + agent + "/v1/chat/completions";
    this.sessionKey = sessionKey;
    this.streamed = streamed;
    add("system", "You answer the front desk of a clinic, call " + sessionKey + ".", List.of());
  }

  /** What a turn came to, as the caller saw it. */
  record Answer(int status, boolean complete, String content, String raw) {}

  /**
   * Sends the next turn: the history and a user message holding {@code planted} values; on a
   * complete answer the user message and the answer join the history.
   */
  Answer turn(ServerProcess server, String text, List<String> planted) throws Exception {
    return finish(send(server, text, planted, false).get(), text, planted);
  }

  /** Sends the next turn without waiting for its answer; {@link #finish} adds it to the history. */
  CompletableFuture<Answer> send(
      ServerProcess server, String text, List<String> planted, boolean newMessageOnly) {
    var sent = new ArrayList<Map<String, String>>();
    if (newMessageOnly) {
      sent.add(messages.get(0));
    } else {
      sent.addAll(messages);
    }
    sent.add(Map.of("role", "user", "content", text));
    String body;
    try {
      body = JSON.writeValueAsString(Map.of("model", MODEL, "stream", streamed, "messages", sent));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port + path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .header("Masker-Session-Id", sessionKey)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, failure) -> {
              if (failure != null) {
                return new Answer(0, false, null, String.valueOf(failure));
              }
              return read(response);
            });
  }

  /** Adds a sent turn and its complete answer to the history; returns the answer. */
  Answer finish(Answer answer, String text, List<String> planted) {
    assertThat(answer.complete()).as("a complete answer: %s", answer.raw()).isTrue();
    add("user", text, planted);
    seen.addAll(planted);
    add("assistant", answer.content(), List.copyOf(seen));
    return answer;
  }

  /** The answer the echoing upstream gives, values put back: every value of the call so far. */
  String expectedAnswer(List<String> planted) {
    var all = new LinkedHashSet<>(seen);
    all.addAll(planted);
    return "Noted: " + String.join(", ", all);
  }

  /** The content of each message of the history, in order. */
  List<String> contents() {
    return messages.stream().map(message -> message.get("content")).toList();
  }

  /** The planted values of each message of the history, in order. */
  List<List<String>> values() {
    return List.copyOf(values);
  }

  private void add(String role, String content, List<String> planted) {
    messages.add(Map.of("role", role, "content", content));
    values.add(List.copyOf(planted));
  }

  private Answer read(HttpResponse<String> response) {
    var raw = response.body();
    if (response.statusCode() != 200) {
      return new Answer(response.statusCode(), false, null, raw);
    }
    try {
      if (!streamed) {
        var content = JSON.readTree(raw).at("/choices/0/message/content").asText();
        return new Answer(200, true, content, raw);
      }
      var content = new StringBuilder();
      boolean done = false;
      for (var line : raw.split("\n")) {
        if (!line.startsWith("data: ")) {
          continue;
        }
        var data = line.substring("data: ".length());
        if (data.equals("[DONE]")) {
          done = true;
          continue;
        }
        JsonNode chunk = JSON.readTree(data);
        if (chunk.has("error")) {
          return new Answer(200, false, content.toString(), raw);
        }
        content.append(chunk.at("/choices/0/delta/content").asText(""));
      }
      return new Answer(200, done, content.toString(), raw);
    } catch (java.io.IOException e) {
      return new Answer(response.statusCode(), false, null, raw);
    }
  }
}
