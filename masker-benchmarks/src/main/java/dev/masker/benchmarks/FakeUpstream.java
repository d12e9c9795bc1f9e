package dev.masker.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * A fast OpenAI-compatible upstream for the proxy load test (docs/benchmarks.md, "Proxy load
 * test"): {@code POST /v1/chat/completions} answers at once with the last user message's content as
 * the assistant's, like the server's built-in stub, so an answer to a masked request carries the
 * proxy's tokens back for it to rehydrate.
 *
 * <p>Non-streamed, the answer is one {@code chat.completion}. With {@code "stream": true} in the
 * body it is a {@code text/event-stream}: a role chunk, the content in five pieces (cut at spaces),
 * a finish chunk, a usage chunk with {@code choices: []} and {@code [DONE]}, each flushed as it is
 * written.
 *
 * <p>To stay cheap the body is never parsed: the content is found by a string search and copied
 * into the answer as the JSON string literal it was, escapes and all. It expects compact or simply
 * spaced JSON with the last user message's content after its role (or, when it is the last message,
 * before).
 *
 * <pre>java -cp masker-benchmarks/target/masker-benchmarks.jar dev.masker.benchmarks.FakeUpstream
 *     --port 18090 [--threads 4]</pre>
 */
public final class FakeUpstream {
  private static final int STREAM_PIECES = 5;
  private static final String END = "\"logprobs\":null,\"finish_reason\":null}]}";

  private final LongAdder requests = new LongAdder();
  private final LongAdder streamed = new LongAdder();
  private final LongAdder masked = new LongAdder();

  private FakeUpstream() {}

  public static void main(String[] args) throws IOException {
    int port = 18090;
    int threads = 4;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    // Headers, body and stream chunks go out as separate small writes; with Nagle's algorithm on,
    // such a write can wait for the client's delayed acknowledgement (tens of milliseconds).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    var fake = new FakeUpstream();
    var server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
    server.createContext("/v1/chat/completions", fake::handle);
    server.setExecutor(Executors.newFixedThreadPool(threads));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(fake::report));
    System.out.printf(
        "fake upstream at http://127.0.0.1:%d/v1 (%d threads)%n",
        server.getAddress().getPort(), threads);
  }

  private void report() {
    System.out.printf(
        "fake upstream: %d requests, %d streamed, %d carried MSKV1/MSK1 tokens%n",
        requests.sum(), streamed.sum(), masked.sum());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
      requests.increment();
      if (body.contains("MSKV1.") || body.contains("MSK1.")) {
        masked.increment();
      }
      var model = stringValue(body, body.indexOf("\"model\""));
      var content = lastUserContent(body);
      if (isStreamed(body)) {
        streamed.increment();
        stream(exchange, model, content);
      } else {
        complete(exchange, model, content);
      }
    }
  }

  private static void complete(HttpExchange exchange, String model, String content)
      throws IOException {
    var answer =
        "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion\",\"created\":"
            + now()
            + ",\"model\":"
            + model
            + ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
            + content
            + ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
            + usage(content)
            + "}";
    var bytes = answer.getBytes(StandardCharsets.ISO_8859_1);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void stream(HttpExchange exchange, String model, String content)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    var out = exchange.getResponseBody();
    var head =
        "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion.chunk\",\"created\":"
            + now()
            + ",\"model\":"
            + model
            + ",\"choices\":";
    send(out, head + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}," + END);
    int start = 1; // after the opening quote of the literal
    int last = content.length() - 1; // the closing quote
    for (int piece = 1; piece <= STREAM_PIECES && start < last; piece++) {
      int end = piece == STREAM_PIECES ? last : cut(content, start + (last - 1) / STREAM_PIECES);
      send(
          out,
          head
              + "[{\"index\":0,\"delta\":{\"content\":\""
              + content.substring(start, end)
              + "\"},"
              + END);
      start = end;
    }
    send(out, head + "[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}]}");
    send(out, head + "[]," + usage(content) + "}");
    out.write("data: [DONE]\n\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  private static void send(OutputStream out, String chunk) throws IOException {
    out.write(("data: " + chunk + "\n\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Just after the first space at or after {@code from}: spaces are never inside an escape. */
  private static int cut(String literal, int from) {
    int space = literal.indexOf(' ', from);
    return space < 0 || space >= literal.length() - 1 ? literal.length() - 1 : space + 1;
  }

  private static String usage(String content) {
    int completion = content.length() / 4;
    return "\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":"
        + completion
        + ",\"total_tokens\":"
        + (1000 + completion)
        + "}";
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  private static boolean isStreamed(String body) {
    int key = body.indexOf("\"stream\"");
    return key >= 0 && body.startsWith("true", valueStart(body, key + "\"stream\"".length()));
  }

  /** The content literal of the last {@code "role": "user"} message, or {@code ""}. */
  private static String lastUserContent(String body) {
    int role = body.lastIndexOf("\"user\"");
    while (role >= 0 && !isRoleValue(body, role)) {
      role = body.lastIndexOf("\"user\"", role - 1);
    }
    if (role < 0) {
      return "\"\"";
    }
    int content = body.indexOf("\"content\"", role);
    return stringValue(body, content >= 0 ? content : body.lastIndexOf("\"content\"", role));
  }

  private static boolean isRoleValue(String body, int value) {
    int i = value - 1;
    while (i >= 0 && (body.charAt(i) == ' ' || body.charAt(i) == ':')) {
      i--;
    }
    return body.startsWith("\"role\"", i - 5);
  }

  /** The JSON string literal (quotes included) that is the value of the key at {@code key}. */
  private static String stringValue(String body, int key) {
    if (key < 0) {
      return "\"\"";
    }
    int start = valueStart(body, body.indexOf('"', key + 1) + 1);
    if (start >= body.length() || body.charAt(start) != '"') {
      return "\"\"";
    }
    int end = start + 1;
    while (end < body.length() && body.charAt(end) != '"') {
      end += body.charAt(end) == '\\' ? 2 : 1;
    }
    return body.substring(start, Math.min(end + 1, body.length()));
  }

  private static int valueStart(String body, int afterKey) {
    int i = afterKey;
    while (i < body.length() && " \t\r\n:".indexOf(body.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }
}
