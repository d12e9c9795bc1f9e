package dev.masker.adapters.llm;

import static dev.masker.adapters.llm.RecordingUpstream.json;
import static dev.masker.adapters.llm.RecordingUpstream.send;
import static dev.masker.adapters.llm.RecordingUpstream.startEventStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamReply;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleClientTest {
  private static final String REQUEST =
      "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi MSK_x\"}],"
          + "\"some_future_field\":{\"kept\":[1,2]}}";
  private static final String STREAM_REQUEST =
      "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
  private static final String ANSWER =
      "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
          + "\"message\":{\"role\":\"assistant\",\"content\":\"Hello\"},\"finish_reason\":\"stop\"}]}";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration SHORT = Duration.ofMillis(300);

  /** The event loops of every client in this class, as the server's are shared by its beans. */
  private static final Vertx VERTX = Vertx.vertx();

  /** Released at the end of each test, so handlers that stall can finish. */
  private final CountDownLatch testOver = new CountDownLatch(1);

  private final List<AutoCloseable> closeables = new ArrayList<>();

  @AfterEach
  void tearDown() throws Exception {
    testOver.countDown();
    for (var closeable : closeables) {
      closeable.close();
    }
  }

  @AfterAll
  static void closeVertx() {
    VERTX.close().toCompletionStage().toCompletableFuture().join();
  }

  private RecordingUpstream upstream(RecordingUpstream.Answer answer) throws IOException {
    var upstream = RecordingUpstream.answering(answer);
    closeables.add(upstream);
    return upstream;
  }

  private OpenAiCompatibleClient client(String baseUrl, String apiKey) {
    var client =
        OpenAiCompatibleClient.create(
            VERTX,
            Map.of("vllm", ProviderEndpoint.of("vllm", baseUrl, Optional.ofNullable(apiKey))),
            TIMEOUT,
            8);
    closeables.add(client::close);
    return client;
  }

  private static UpstreamCall call(String body, Duration timeout) {
    return new UpstreamCall("vllm", "gpt-4o-mini", body, timeout);
  }

  private static String chunk(String content) {
    return "{\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
        + content
        + "\"}}]}";
  }

  // --- non-streamed ------------------------------------------------------------------------------

  @Test
  void a_non_streamed_answer_comes_back_as_the_upstream_sent_it() throws Exception {
    var upstream = upstream(json(200, ANSWER));

    var reply = client(upstream.baseUrl(), "sk-configured").complete(call(REQUEST, TIMEOUT));

    assertThat(reply).isEqualTo(new UpstreamReply.Completion(200, ANSWER));
    var received = upstream.received().get(0);
    assertThat(received.method()).isEqualTo("POST");
    assertThat(received.path()).isEqualTo("/v1/chat/completions");
    assertThat(received.body()).isEqualTo(REQUEST);
    assertThat(received.headers().getFirst("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void the_configured_key_is_sent_and_nothing_else_authorizes_the_request() throws Exception {
    var upstream = upstream(json(200, ANSWER));

    client(upstream.baseUrl(), "sk-configured").complete(call(REQUEST, TIMEOUT));
    client(upstream.baseUrl() + "/", null).complete(call(REQUEST, TIMEOUT));

    var withKey = upstream.received().get(0).headers();
    assertThat(withKey.get("Authorization")).containsExactly("Bearer sk-configured");
    var withoutKey = upstream.received().get(1);
    assertThat(withoutKey.path()).isEqualTo("/v1/chat/completions");
    assertThat(withoutKey.headers().containsKey("Authorization")).isFalse();
  }

  @Test
  void consecutive_requests_reuse_kept_alive_connections() throws Exception {
    var upstream = upstream(json(200, ANSWER));
    var client = client(upstream.baseUrl(), null);

    for (int i = 0; i < 20; i++) {
      assertThat(client.complete(call(REQUEST, TIMEOUT)))
          .isInstanceOf(UpstreamReply.Completion.class);
    }

    // Calls take the event loops in turn, and each loop keeps its own connections.
    assertThat(upstream.received()).hasSize(20);
    assertThat(upstream.received().stream().map(RecordingUpstream.Received::clientPort).distinct())
        .hasSizeLessThanOrEqualTo(OpenAiCompatibleClient.eventLoops());
  }

  @Test
  void consecutive_streams_reuse_kept_alive_connections() throws Exception {
    var upstream =
        upstream(
            exchange ->
                send(startEventStream(exchange), "data: " + chunk("Hel") + "\n\ndata: [DONE]\n\n"));
    var client = client(upstream.baseUrl(), null);

    for (int i = 0; i < 20; i++) {
      var listener = new RecordingListener();
      client.stream(call(STREAM_REQUEST, TIMEOUT), listener);
      assertThat(listener.calls).containsExactly("event", "complete");
    }

    // Each stream is read to its end, so its connection goes back to the pool.
    assertThat(upstream.received()).hasSize(20);
    assertThat(upstream.received().stream().map(RecordingUpstream.Received::clientPort).distinct())
        .hasSizeLessThanOrEqualTo(OpenAiCompatibleClient.eventLoops());
  }

  @Test
  void an_upstream_error_status_carries_the_status_and_the_upstreams_message() throws Exception {
    var error =
        "{\"error\":{\"message\":\"Rate limit reached for gpt-4o-mini\",\"type\":\"requests\","
            + "\"code\":\"rate_limit_exceeded\"}}";
    var limited = upstream(json(429, error));
    var broken = upstream(json(500, "{\"error\":{\"message\":\"The server had an error\"}}"));
    var html = upstream(json(502, "<html>Bad gateway</html>"));

    assertThat(client(limited.baseUrl(), null).complete(call(REQUEST, TIMEOUT)))
        .isEqualTo(new UpstreamFailure.ErrorStatus(429, "Rate limit reached for gpt-4o-mini"));
    assertThat(client(broken.baseUrl(), null).complete(call(REQUEST, TIMEOUT)))
        .isEqualTo(new UpstreamFailure.ErrorStatus(500, "The server had an error"));
    assertThat(client(html.baseUrl(), null).complete(call(REQUEST, TIMEOUT)))
        .isEqualTo(new UpstreamFailure.ErrorStatus(502, "the upstream answered HTTP 502"));
  }

  @Test
  void a_refused_connection_is_unreachable() throws Exception {
    var closedPort = closedPort();
    var client = client("http://127.0.0.1:" + closedPort + "/v1", null);

    assertThat(client.complete(call(REQUEST, TIMEOUT)))
        .isEqualTo(new UpstreamFailure.Unreachable("connection refused"));
    var listener = new RecordingListener();
    client.stream(call(STREAM_REQUEST, TIMEOUT), listener);
    assertThat(listener.calls).containsExactly("failure");
    assertThat(listener.failure).isEqualTo(new UpstreamFailure.Unreachable("connection refused"));
  }

  @Test
  void an_https_upstream_whose_certificate_is_not_trusted_is_unreachable() throws Exception {
    var certificate = io.vertx.core.net.SelfSignedCertificate.create("localhost");
    var server =
        VERTX
            .createHttpServer(
                new io.vertx.core.http.HttpServerOptions()
                    .setSsl(true)
                    .setKeyCertOptions(certificate.keyCertOptions()))
            .requestHandler(request -> request.response().end(ANSWER))
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    closeables.add(() -> server.close().toCompletionStage().toCompletableFuture().get());
    var client = client("https://localhost:" + server.actualPort() + "/v1", "sk-configured");

    assertThat(client.complete(call(REQUEST, TIMEOUT)))
        .isEqualTo(new UpstreamFailure.Unreachable("TLS failed"));
  }

  @Test
  void an_upstream_that_stalls_past_the_timeout_times_out() throws Exception {
    var upstream =
        upstream(
            exchange -> {
              testOver.await(30, TimeUnit.SECONDS);
              json(200, ANSWER).answer(exchange);
            });

    var reply = client(upstream.baseUrl(), null).complete(call(REQUEST, SHORT));

    assertThat(reply).isEqualTo(new UpstreamFailure.TimedOut(SHORT));
  }

  @Test
  void a_body_that_stalls_after_the_headers_times_out_too() throws Exception {
    var upstream =
        upstream(
            exchange -> {
              exchange.sendResponseHeaders(200, ANSWER.length());
              send(exchange.getResponseBody(), ANSWER.substring(0, 10));
              testOver.await(30, TimeUnit.SECONDS);
            });

    var reply = client(upstream.baseUrl(), null).complete(call(REQUEST, SHORT));

    assertThat(reply).isEqualTo(new UpstreamFailure.TimedOut(SHORT));
  }

  @Test
  void garbage_instead_of_json_is_malformed() throws Exception {
    var upstream =
        upstream(
            exchange -> {
              var page = "<html><body>Welcome to nginx</body></html>".getBytes();
              exchange.getResponseHeaders().set("Content-Type", "text/html");
              exchange.sendResponseHeaders(200, page.length);
              exchange.getResponseBody().write(page);
            });
    var client = client(upstream.baseUrl(), null);

    assertThat(client.complete(call(REQUEST, TIMEOUT)))
        .isEqualTo(new UpstreamFailure.Malformed("the answer is not a JSON object"));
    var listener = new RecordingListener();
    client.stream(call(STREAM_REQUEST, TIMEOUT), listener);
    assertThat(listener.calls).containsExactly("failure");
    assertThat(listener.failure)
        .isEqualTo(new UpstreamFailure.Malformed("the answer is not an event stream"));
  }

  @Test
  void an_unknown_provider_is_reported_without_a_request() {
    var reply =
        client("http://127.0.0.1:9/v1", null)
            .complete(new UpstreamCall("groq", "llama", REQUEST, TIMEOUT));

    assertThat(reply).isEqualTo(new UpstreamFailure.UnknownProvider("groq"));
  }

  // --- streamed ----------------------------------------------------------------------------------

  @Test
  void each_event_reaches_the_listener_before_the_upstream_sends_the_next() throws Exception {
    var firstEventSeen = new CountDownLatch(1);
    var upstreamWaitedInVain = new AtomicBoolean();
    var upstream =
        upstream(
            exchange -> {
              var out = startEventStream(exchange);
              send(out, "data: " + chunk("Hel") + "\n\n");
              if (!firstEventSeen.await(10, TimeUnit.SECONDS)) {
                upstreamWaitedInVain.set(true);
              }
              send(out, ": keep-alive comment\n\n");
              // One event split inside its line, inside "é" (C3 A9) and between CR and LF.
              byte[] event =
                  ("data: " + chunk("lo é") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
              int e = indexOf(event, (byte) 0xC3);
              send(out, java.util.Arrays.copyOfRange(event, 0, 9));
              send(out, java.util.Arrays.copyOfRange(event, 9, e + 1));
              send(out, java.util.Arrays.copyOfRange(event, e + 1, event.length - 3));
              send(out, java.util.Arrays.copyOfRange(event, event.length - 3, event.length - 2));
              send(out, java.util.Arrays.copyOfRange(event, event.length - 2, event.length));
              // One event in two data lines, then the usage chunk and [DONE] in one piece.
              send(
                  out,
                  "data: {\"object\":\"chat.completion.chunk\",\ndata: \"choices\":[]}\n\n"
                      + "data: {\"choices\":[],\"usage\":{\"total_tokens\":3}}\n\n"
                      + "data: [DONE]\n\n");
            });
    var listener = new RecordingListener(event -> firstEventSeen.countDown());

    client(upstream.baseUrl(), "sk-configured").stream(call(STREAM_REQUEST, TIMEOUT), listener);

    assertThat(upstreamWaitedInVain).isFalse();
    assertThat(listener.events)
        .containsExactly(
            chunk("Hel"),
            chunk("lo é"),
            "{\"object\":\"chat.completion.chunk\",\n\"choices\":[]}",
            "{\"choices\":[],\"usage\":{\"total_tokens\":3}}");
    assertThat(listener.calls).endsWith("complete").doesNotContain("failure");
    var received = upstream.received().get(0);
    assertThat(received.body()).isEqualTo(STREAM_REQUEST);
    assertThat(received.headers().getFirst("Accept")).isEqualTo("text/event-stream");
    assertThat(received.headers().get("Authorization")).containsExactly("Bearer sk-configured");
  }

  @Test
  void a_long_stream_read_slowly_arrives_whole_and_in_order() throws Exception {
    int events = 500;
    var allSent = new CountDownLatch(1);
    var upstream =
        upstream(
            exchange -> {
              var out = startEventStream(exchange);
              for (int i = 0; i < events; i++) {
                send(out, "data: " + chunk("piece " + i) + "\n\n");
              }
              send(out, "data: [DONE]\n\n");
              allSent.countDown();
            });
    // The reader holds the first event until the upstream has sent everything, so the pieces pile
    // up and the connection is paused and resumed on the way.
    var listener =
        new RecordingListener(
            event -> {
              try {
                allSent.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });

    client(upstream.baseUrl(), null).stream(call(STREAM_REQUEST, TIMEOUT), listener);

    assertThat(allSent.getCount()).isZero();
    assertThat(listener.calls).endsWith("complete").doesNotContain("failure");
    var expected = new ArrayList<String>();
    for (int i = 0; i < events; i++) {
      expected.add(chunk("piece " + i));
    }
    assertThat(listener.events).containsExactlyElementsOf(expected);
  }

  @Test
  void concurrent_calls_each_get_their_own_answer() throws Exception {
    var upstream =
        upstream(
            exchange -> {
              var body = RecordingUpstream.bodyOf(exchange);
              json(200, "{\"echo\":" + body + "}").answer(exchange);
            });
    var client = client(upstream.baseUrl(), null);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    closeables.add(pool::shutdownNow);
    var replies = new ArrayList<java.util.concurrent.Future<UpstreamReply>>();
    for (int i = 0; i < 64; i++) {
      var body = "{\"n\":" + i + "}";
      replies.add(pool.submit(() -> client.complete(call(body, TIMEOUT))));
    }

    for (int i = 0; i < 64; i++) {
      assertThat(replies.get(i).get(30, TimeUnit.SECONDS))
          .isEqualTo(new UpstreamReply.Completion(200, "{\"echo\":{\"n\":" + i + "}}"));
    }
  }

  @Test
  void an_error_status_on_a_stream_is_a_failure_before_any_event() throws Exception {
    var upstream =
        upstream(json(429, "{\"error\":{\"message\":\"Too many requests\",\"type\":\"x\"}}"));
    var listener = new RecordingListener();

    client(upstream.baseUrl(), null).stream(call(STREAM_REQUEST, TIMEOUT), listener);

    assertThat(listener.calls).containsExactly("failure");
    assertThat(listener.failure)
        .isEqualTo(new UpstreamFailure.ErrorStatus(429, "Too many requests"));
  }

  @Test
  void a_stream_that_stalls_between_events_times_out_after_the_events_so_far() throws Exception {
    var upstream =
        upstream(
            exchange -> {
              var out = startEventStream(exchange);
              send(out, "data: " + chunk("Hel") + "\n\n");
              testOver.await(30, TimeUnit.SECONDS);
            });
    var listener = new RecordingListener();

    client(upstream.baseUrl(), null).stream(call(STREAM_REQUEST, SHORT), listener);

    assertThat(listener.calls).containsExactly("event", "failure");
    assertThat(listener.failure).isEqualTo(new UpstreamFailure.TimedOut(SHORT));
  }

  @Test
  void a_connection_reset_mid_stream_fails_after_the_events_received() throws Exception {
    var bothEventsSeen = new CountDownLatch(2);
    var server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    closeables.add(server);
    var thread =
        new Thread(
            () -> {
              try (Socket socket = server.accept()) {
                readRequest(socket.getInputStream());
                var out = socket.getOutputStream();
                out.write(
                    ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                writeChunk(out, "data: " + chunk("Hel") + "\n\n");
                writeChunk(out, "data: " + chunk("lo") + "\n\n");
                bothEventsSeen.await(10, TimeUnit.SECONDS);
                socket.setSoLinger(true, 0); // close with a TCP reset
              } catch (Exception e) {
                // the test fails on its own assertions
              }
            });
    thread.start();
    var listener = new RecordingListener(event -> bothEventsSeen.countDown());

    client("http://127.0.0.1:" + server.getLocalPort() + "/v1", null).stream(
        call(STREAM_REQUEST, TIMEOUT), listener);

    assertThat(listener.calls).containsExactly("event", "event", "failure");
    assertThat(listener.failure).isInstanceOf(UpstreamFailure.ConnectionLost.class);
    thread.join(10_000);
  }

  @Test
  void a_stream_that_ends_without_done_is_a_lost_connection() throws Exception {
    var upstream =
        upstream(exchange -> send(startEventStream(exchange), "data: " + chunk("Hel") + "\n\n"));
    var listener = new RecordingListener();

    client(upstream.baseUrl(), null).stream(call(STREAM_REQUEST, TIMEOUT), listener);

    assertThat(listener.calls).containsExactly("event", "failure");
    assertThat(listener.failure)
        .isEqualTo(new UpstreamFailure.ConnectionLost("the stream ended before [DONE]"));
  }

  @Test
  void garbage_inside_an_event_stream_is_malformed() throws Exception {
    var upstream =
        upstream(
            exchange ->
                send(
                    startEventStream(exchange),
                    "data: " + chunk("Hel") + "\n\ndata: <html>oops</html>\n\ndata: [DONE]\n\n"));
    var listener = new RecordingListener();

    client(upstream.baseUrl(), null).stream(call(STREAM_REQUEST, TIMEOUT), listener);

    assertThat(listener.calls).containsExactly("event", "failure");
    assertThat(listener.failure)
        .isEqualTo(new UpstreamFailure.Malformed("an event is not a JSON object"));
  }

  @Test
  void a_listener_that_throws_stops_the_stream_and_the_exception_reaches_the_caller()
      throws Exception {
    var upstream =
        upstream(
            exchange -> {
              var out = startEventStream(exchange);
              send(out, "data: " + chunk("Hel") + "\n\n");
              testOver.await(30, TimeUnit.SECONDS);
            });
    var listener =
        new RecordingListener(
            event -> {
              throw new IllegalStateException("the caller went away");
            });

    assertThatThrownBy(
            () -> client(upstream.baseUrl(), null).stream(call(STREAM_REQUEST, TIMEOUT), listener))
        .hasMessage("the caller went away");
    assertThat(listener.calls).containsExactly("event");
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static int closedPort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new IllegalArgumentException("not found");
  }

  /** Reads request headers and a Content-Length body. */
  private static void readRequest(InputStream in) throws IOException {
    var head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      head.write(b);
    }
    int length = 0;
    for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    in.readNBytes(length);
  }

  private static void writeChunk(OutputStream out, String text) throws IOException {
    var bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
