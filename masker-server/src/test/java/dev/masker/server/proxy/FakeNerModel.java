package dev.masker.server.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.masker.adapters.persistence.TcpRelay;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake OpenAI-compatible model for the {@code ner} pass: a real HTTP server on 127.0.0.1 that
 * answers every chat completion with a structured-output span list holding each occurrence of
 * {@link #ONLY_THE_MODEL_FINDS} (as {@code OTHER_ID}), behind a {@link TcpRelay} a test can cut to
 * take the model down.
 */
final class FakeNerModel implements AutoCloseable {
  /**
   * A value no built-in pass finds, an ordinary dictionary word: only the model masks it (a word no
   * dictionary has would be a name to the built-in passes in a lower-case turn).
   */
  static final String ONLY_THE_MODEL_FINDS = "marmalade";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final TcpRelay relay;
  private final AtomicInteger answered = new AtomicInteger();

  FakeNerModel() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            var request = JSON.readTree(exchange.getRequestBody());
            var text = request.path("messages").path(1).path("content").asText();
            var spans = JSON.createArrayNode();
            for (int at = text.indexOf(ONLY_THE_MODEL_FINDS);
                at >= 0;
                at = text.indexOf(ONLY_THE_MODEL_FINDS, at + 1)) {
              spans
                  .addObject()
                  .put("start", at)
                  .put("end", at + ONLY_THE_MODEL_FINDS.length())
                  .put("kind", "OTHER_ID")
                  .put("value", ONLY_THE_MODEL_FINDS);
            }
            var content = JSON.createObjectNode().set("spans", spans).toString();
            var answer = JSON.createObjectNode();
            answer
                .putArray("choices")
                .addObject()
                .putObject("message")
                .put("role", "assistant")
                .put("content", content);
            var bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            answered.incrementAndGet();
          } catch (IOException e) {
            // The client went away: nothing to answer.
          }
        });
    server.start();
    relay = new TcpRelay("127.0.0.1", server.getAddress().getPort());
  }

  /** The base URL of the model, through the relay. */
  String baseUrl() {
    return "http://127.0.0.1:" + relay.port() + "/v1";
  }

  /** The model answers. */
  void up() {
    relay.restore();
  }

  /** The model is down: every connection to it is reset. */
  void down() {
    relay.cut();
  }

  /** How many texts the model answered. */
  int answered() {
    return answered.get();
  }

  @Override
  public void close() throws IOException {
    relay.close();
    server.stop(0);
    threads.shutdownNow();
  }
}
