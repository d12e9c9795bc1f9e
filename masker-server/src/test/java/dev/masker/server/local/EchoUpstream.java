package dev.masker.server.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible upstream on a loopback port of its own choosing, for packaged-server tests.
 * It records every body it receives and answers {@code "Noted: "} followed by the tokens of the
 * call so far, in the order it first saw them: those of the request, and those it remembers from
 * the call's earlier requests (a call is told apart by its first message, the system prompt), like
 * a model that keeps the call's context. The proxy puts the values back, so a test sees which
 * tokens it rehydrated. Streamed answers come in small pieces that cut tokens apart; while {@link
 * #hold()} is in force each stream stops after its first piece until {@link #release()}.
 */
final class EchoUpstream implements AutoCloseable {
  static final Pattern TOKEN = Pattern.compile("MSKV1\\.[A-Z_]+\\.[A-Z0-9_]+\\.[A-Z2-7]{26}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PIECE = 9;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Map<String, LinkedHashSet<String>> remembered = new ConcurrentHashMap<>();
  private final AtomicInteger held = new AtomicInteger();
  private volatile CountDownLatch gate = new CountDownLatch(0);

  EchoUpstream() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(threads);
    server.createContext("/v1/chat/completions", this::answer);
    server.start();
  }

  /** The base URL to configure as a provider's {@code base-url}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Every body received so far, in order. */
  List<String> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** From now on streams stop after their first piece until {@link #release()}. */
  void hold() {
    gate = new CountDownLatch(1);
  }

  /** Lets every held stream finish, and the next ones run through. */
  void release() {
    gate.countDown();
  }

  /** Streams stopped after their first piece right now. */
  int held() {
    return held.get();
  }

  /** Waits until {@code count} streams are held; fails past {@code limit}. */
  void awaitHeld(int count, Duration limit) throws InterruptedException {
    var deadline = Instant.now().plus(limit);
    while (held.get() < count) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(held.get() + " streams held, " + count + " expected");
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(body);
      var request = JSON.readTree(body);
      var tokens = callTokens(request);
      var content = "Noted: " + String.join(", ", tokens);
      if (request.path("stream").asBoolean(false)) {
        stream(exchange, content);
      } else {
        var answer =
            Map.of(
                "id",
                "chatcmpl-echo",
                "object",
                "chat.completion",
                "created",
                0,
                "model",
                request.path("model").asText(),
                "choices",
                List.of(
                    Map.of(
                        "index",
                        0,
                        "message",
                        Map.of("role", "assistant", "content", content),
                        "finish_reason",
                        "stop")));
        var bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
      }
    }
  }

  /** The tokens of the request and of the call's earlier requests, in the order first seen. */
  private List<String> callTokens(JsonNode request) {
    var messages = request.path("messages");
    var call = messages.path(0).path("content").asText("");
    var memory = remembered.computeIfAbsent(call, any -> new LinkedHashSet<>());
    synchronized (memory) {
      for (var message : messages) {
        TOKEN
            .matcher(message.path("content").asText(""))
            .results()
            .forEach(m -> memory.add(m.group()));
      }
      return List.copyOf(memory);
    }
  }

  private void stream(HttpExchange exchange, String content) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    var gateNow = gate;
    for (int at = 0; at < content.length(); at += PIECE) {
      var piece = content.substring(at, Math.min(content.length(), at + PIECE));
      var delta =
          at == 0 ? Map.of("role", "assistant", "content", piece) : Map.of("content", piece);
      frame(out, Map.of("index", 0, "delta", delta));
      if (at == 0 && gateNow.getCount() > 0) {
        held.incrementAndGet();
        try {
          if (!gateNow.await(120, TimeUnit.SECONDS)) {
            return;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } finally {
          held.decrementAndGet();
        }
      }
    }
    frame(out, Map.of("index", 0, "delta", Map.of(), "finish_reason", "stop"));
    out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void frame(OutputStream out, Map<String, Object> choice) throws IOException {
    var chunk =
        Map.of(
            "id", "chatcmpl-echo",
            "object", "chat.completion.chunk",
            "created", 0,
            "model", "test-model",
            "choices", List.of(choice));
    out.write(
        ("data: " + JSON.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
