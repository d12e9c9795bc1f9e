package dev.masker.adapters.llm;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 that plays an OpenAI-compatible upstream: it records every
 * request it receives and answers with whatever the test says.
 */
final class RecordingUpstream implements AutoCloseable {
  /** One request as the upstream saw it. */
  /**
   * The request bodies of the exchanges being answered. Not exchange attributes: the JDK server
   * keeps those on the context, shared by concurrent exchanges.
   */
  private static final Map<HttpExchange, String> BODIES = new ConcurrentHashMap<>();

  record Received(String method, String path, Headers headers, String body, int clientPort) {}

  interface Answer {
    void answer(HttpExchange exchange) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private RecordingUpstream(Answer answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(
                new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(),
                    body,
                    exchange.getRemoteAddress().getPort()));
            BODIES.put(exchange, body);
            answer.answer(exchange);
          } catch (Exception e) {
            // The client went away (timeouts, cancelled streams): nothing to answer.
          } finally {
            BODIES.remove(exchange);
          }
        });
    server.start();
  }

  /** The body of a request being answered, for answers that depend on it. */
  static String bodyOf(HttpExchange exchange) {
    return BODIES.get(exchange);
  }

  static RecordingUpstream answering(Answer answer) throws IOException {
    return new RecordingUpstream(answer);
  }

  /** The base URL with its version path, as a provider is configured. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  List<Received> received() {
    return received;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  // --- answers ----------------------------------------------------------------------------------

  static Answer json(int status, String body) {
    return exchange -> {
      var bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    };
  }

  /** Starts a chunked {@code text/event-stream} answer; write and flush pieces on the stream. */
  static OutputStream startEventStream(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    return exchange.getResponseBody();
  }

  /** Writes {@code text} and flushes it, so it leaves as its own HTTP chunk. */
  static void send(OutputStream out, String text) throws IOException {
    send(out, text.getBytes(StandardCharsets.UTF_8));
  }

  static void send(OutputStream out, byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }
}
