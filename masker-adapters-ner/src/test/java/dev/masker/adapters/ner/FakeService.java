package dev.masker.adapters.ner;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 (port 0) playing a recognizer service: it records each request
 * and answers as the test says, or holds the answer until the test is over.
 */
final class FakeService implements AutoCloseable {
  record Received(String path, String authorization, String body) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch over = new CountDownLatch(1);
  private volatile int status = 200;
  private volatile String answer = "{}";
  private volatile boolean holding;

  FakeService() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            received.add(
                new Received(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            if (holding) {
              over.await(60, TimeUnit.SECONDS);
            }
            reply(exchange);
          } catch (Exception e) {
            // The client went away (a timeout): nothing to answer.
          }
        });
    server.start();
  }

  private void reply(HttpExchange exchange) throws IOException {
    var bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /** Answers every request with {@code status} and {@code body}. */
  FakeService answering(int status, String body) {
    this.status = status;
    this.answer = body;
    return this;
  }

  /** Holds every answer until the test is over: a service slower than any timeout. */
  FakeService holding() {
    this.holding = true;
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Received> received() {
    return received;
  }

  @Override
  public void close() {
    over.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  /** A loopback port nothing listens on: connections to it are refused. */
  static int closedPort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
