package dev.masker.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fake OpenAI-compatible upstream: a real HTTP server on 127.0.0.1 and a port of its own, which
 * answers {@code POST …/chat/completions} (streamed as server-sent events when the body says {@code
 * "stream": true}, whole otherwise) and records every request it received, so that a test can
 * assert what an agent would have sent the model.
 *
 * <pre>{@code
 * try (var upstream = FakeOpenAiUpstream.start().answering("Your appointment is confirmed.")) {
 *   agent.useBaseUrl(upstream.baseUrl());           // http://127.0.0.1:<port>/v1
 *   agent.handle("call-1", "This is Maria Lopez, 415 555 2671");
 *   assertThat(upstream.lastRequest().body()).containsNoPhi();
 * }
 * }</pre>
 *
 * By default it answers with the last user message it received (an echo: the tokens an agent sent
 * come back, to be rehydrated). A request is recorded before it is answered, so it is there when
 * the agent's call returns. Thread-safe.
 */
public final class FakeOpenAiUpstream implements AutoCloseable {
  private static final String COMPLETIONS = "/chat/completions";

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger answered = new AtomicInteger();
  private volatile Function<RecordedRequest, String> answers =
      request -> request.lastUserMessage().orElse("");
  private volatile int failureStatus;
  private volatile String failureMessage;
  private volatile int chunkChars;
  private volatile boolean running = true;

  private FakeOpenAiUpstream(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** A new upstream, listening on 127.0.0.1 and a free port the system chose. */
  public static FakeOpenAiUpstream start() {
    try {
      var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      var executor = Executors.newCachedThreadPool(FakeOpenAiUpstream::daemon);
      var upstream = new FakeOpenAiUpstream(server, executor);
      server.createContext("/", upstream::handle);
      server.setExecutor(executor);
      server.start();
      return upstream;
    } catch (IOException e) {
      throw new UncheckedIOException("the fake upstream could not listen on 127.0.0.1", e);
    }
  }

  private static Thread daemon(Runnable task) {
    var thread = new Thread(task, "fake-openai-upstream");
    thread.setDaemon(true);
    return thread;
  }

  /** The base URL an OpenAI client takes: {@code http://127.0.0.1:<port>/v1}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port() + "/v1");
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Every completion answers {@code content}. */
  public FakeOpenAiUpstream answering(String content) {
    Objects.requireNonNull(content, "content");
    return answering(request -> content);
  }

  /** Each completion answers what {@code answerer} makes of the request. */
  public FakeOpenAiUpstream answering(Function<RecordedRequest, String> answerer) {
    this.answers = Objects.requireNonNull(answerer, "answerer");
    this.failureStatus = 0;
    return this;
  }

  /**
   * Every completion fails with {@code status} and an OpenAI error body carrying {@code message},
   * as a provider that is down or refuses the request would.
   */
  public FakeOpenAiUpstream failingWith(int status, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a failure status is 4xx or 5xx: " + status);
    }
    this.failureMessage = Objects.requireNonNull(message, "message");
    this.failureStatus = status;
    return this;
  }

  /**
   * Streamed answers are cut every {@code chars} chars (tokens cut in two included, as real
   * providers do), instead of after each word.
   */
  public FakeOpenAiUpstream streamingInChunksOf(int chars) {
    if (chars < 1) {
      throw new IllegalArgumentException("a chunk has at least one char");
    }
    this.chunkChars = chars;
    return this;
  }

  /** The requests received so far, oldest first. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * The last request received.
   *
   * @throws AssertionError when none was
   */
  public RecordedRequest lastRequest() {
    var all = requests();
    if (all.isEmpty()) {
      throw new AssertionError("the fake upstream received no request");
    }
    return all.get(all.size() - 1);
  }

  /** Forgets the requests received so far. */
  public void clear() {
    requests.clear();
  }

  /** Whether it still listens: until {@link #close()}. */
  public boolean isRunning() {
    return running;
  }

  /** Stops listening; idempotent. */
  @Override
  public void close() {
    running = false;
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      var headers = new LinkedHashMap<String, List<String>>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      var path = exchange.getRequestURI().getPath();
      var request = new RecordedRequest(exchange.getRequestMethod(), path, headers, body);
      requests.add(request);
      if (!exchange.getRequestMethod().equals("POST") || !path.endsWith(COMPLETIONS)) {
        sendJson(exchange, 404, error("no such endpoint in the fake upstream", "not_found"));
      } else if (failureStatus != 0) {
        sendJson(exchange, failureStatus, error(failureMessage, "fake_failure"));
      } else {
        answer(exchange, request);
      }
    }
  }

  private void answer(HttpExchange exchange, RecordedRequest request) throws IOException {
    String content;
    try {
      content = Objects.requireNonNull(answers.apply(request), "an answer");
    } catch (RuntimeException e) {
      // Only the exception's class: its message may quote what the agent sent.
      sendJson(
          exchange,
          500,
          error("the fake upstream's answerer threw " + e.getClass().getName(), "answerer_failed"));
      return;
    }
    if (request.stream()) {
      stream(exchange, request, content);
    } else {
      sendJson(exchange, 200, completion(request, content));
    }
  }

  private String completion(RecordedRequest request, String content) {
    var message =
        new JsonObject()
            .put("role", new JsonString("assistant"))
            .put("content", new JsonString(content))
            .put("refusal", JsonNull.NULL);
    var choice =
        new JsonObject()
            .put("index", new JsonNumber("0"))
            .put("message", message)
            .put("logprobs", JsonNull.NULL)
            .put("finish_reason", new JsonString("stop"));
    var usage =
        new JsonObject()
            .put("prompt_tokens", new JsonNumber("0"))
            .put("completion_tokens", new JsonNumber("0"))
            .put("total_tokens", new JsonNumber("0"));
    return JsonWriter.write(
        head(request, "chat.completion", nextId())
            .put("choices", new JsonArray().add(choice))
            .put("usage", usage));
  }

  private void stream(HttpExchange exchange, RecordedRequest request, String content)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    var id = nextId();
    OutputStream out = exchange.getResponseBody();
    boolean first = true;
    for (var piece : chunks(content)) {
      var delta = new JsonObject();
      if (first) {
        delta.put("role", new JsonString("assistant"));
        first = false;
      }
      delta.put("content", new JsonString(piece));
      event(out, chunk(request, id, delta, JsonNull.NULL));
    }
    event(out, chunk(request, id, new JsonObject(), new JsonString("stop")));
    out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private String chunk(RecordedRequest request, String id, JsonObject delta, Json finish) {
    var choice =
        new JsonObject()
            .put("index", new JsonNumber("0"))
            .put("delta", delta)
            .put("logprobs", JsonNull.NULL)
            .put("finish_reason", finish);
    return JsonWriter.write(
        head(request, "chat.completion.chunk", id).put("choices", new JsonArray().add(choice)));
  }

  private String nextId() {
    return "chatcmpl-fake-" + answered.incrementAndGet();
  }

  private JsonObject head(RecordedRequest request, String object, String id) {
    return new JsonObject()
        .put("id", new JsonString(id))
        .put("object", new JsonString(object))
        .put("created", new JsonNumber(Long.toString(System.currentTimeMillis() / 1000)))
        .put("model", new JsonString(request.model().orElse("fake-model")));
  }

  private List<String> chunks(String content) {
    var pieces = new ArrayList<String>();
    int size = chunkChars;
    if (size > 0) {
      for (int i = 0; i < content.length(); i += size) {
        pieces.add(content.substring(i, Math.min(content.length(), i + size)));
      }
      return pieces;
    }
    int start = 0;
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == ' ') {
        pieces.add(content.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < content.length()) {
      pieces.add(content.substring(start));
    }
    return pieces;
  }

  private static void event(OutputStream out, String json) throws IOException {
    out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String error(String message, String code) {
    var error =
        new JsonObject()
            .put("message", new JsonString(message))
            .put("type", new JsonString("invalid_request_error"))
            .put("param", JsonNull.NULL)
            .put("code", new JsonString(code));
    return JsonWriter.write(new JsonObject().put("error", error));
  }

  private static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
    var bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /** Its port, not what it recorded. */
  @Override
  public String toString() {
    return "FakeOpenAiUpstream[" + baseUrl() + ", " + requests.size() + " requests]";
  }
}
