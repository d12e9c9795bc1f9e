package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.api.LoopbackHttp;
import dev.masker.server.metrics.Scrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A caller that closes the connection mid-request, while its turn runs, or mid-stream, is no error
 * of the server's: each such request leaves one access-log line ending {@code closed-by-caller} and
 * no ERROR line, and the server keeps serving.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ClientAbortTest {
  @Test
  void a_caller_closing_mid_body_on_the_proxy_or_the_api_logs_no_error() throws Exception {
    var agent = ProxyCalls.fakeAgent();
    long logStart = logLength();

    closeMidBody("/proxy/" + agent.id() + "/v1/chat/completions");
    awaitLogLine(logStart, "POST /proxy/" + agent.id() + "/v1/chat/completions closed-by-caller");
    closeMidBody("/api/v1/auth/login");
    awaitLogLine(logStart, "POST /api/v1/auth/login closed-by-caller");

    assertNoErrorSince(logStart);
    assertThat(fake().received(agent.model())).isEmpty();
    ProxyUpstreamFailureTest.assertServesTheNextRequest(agent);
  }

  @Test
  void a_caller_closing_while_its_turn_waits_on_the_upstream_logs_no_error() throws Exception {
    var agent = ProxyCalls.fakeAgent();
    var gate = new CountDownLatch(1);
    fake()
        .on(
            agent.model(),
            exchange -> {
              await(gate);
              exchange.json(200, Behaviours.completion(agent.model(), "Hello again."));
            });
    long logStart = logLength();

    try (var socket = LoopbackHttp.connect("127.0.0.1")) {
      send(socket, agent, false);
      awaitReceived(agent, 1);
    }
    awaitLogLine(logStart, "POST /proxy/" + agent.id() + "/v1/chat/completions closed-by-caller");
    gate.countDown();
    awaitCounted(agent, 499);

    assertNoErrorSince(logStart);
    fake().on(agent.model(), Behaviours.echo());
    ProxyUpstreamFailureTest.assertServesTheNextRequest(agent);
  }

  @Test
  void a_caller_closing_mid_stream_logs_no_error() throws Exception {
    var agent = ProxyCalls.fakeAgent();
    var arrived = new CountDownLatch(1);
    var model = agent.model();
    fake()
        .on(
            model,
            Behaviours.streamThenReset(
                request ->
                    Behaviours.sse(
                        List.of(
                            Behaviours.chunk(model, 0, Behaviours.delta("assistant", "Hi"), null)),
                        false),
                arrived));
    long logStart = logLength();

    try (var socket = LoopbackHttp.connect("127.0.0.1")) {
      send(socket, agent, true);
      readUntil(socket.getInputStream(), "data: ");
    }
    awaitLogLine(logStart, "POST /proxy/" + agent.id() + "/v1/chat/completions closed-by-caller");
    arrived.countDown();
    awaitCounted(agent, 200);

    assertNoErrorSince(logStart);
    fake().on(model, Behaviours.echo());
    ProxyUpstreamFailureTest.assertServesTheNextRequest(agent);
  }

  private static void closeMidBody(String path) throws IOException {
    try (var socket = LoopbackHttp.connect("127.0.0.1")) {
      var out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 1000\r\n\r\n{\"model\":")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  private static void send(Socket socket, ProxyCalls.Agent agent, boolean stream)
      throws IOException {
    var body =
        ProxyCalls.request(agent.model(), "Hi.")
            .put("stream", stream)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    var out = socket.getOutputStream();
    out.write(
        ("POST /proxy/"
                + agent.id()
                + "/v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private static void readUntil(InputStream in, String text) throws IOException {
    var seen = new StringBuilder();
    int c;
    while (seen.indexOf(text) < 0 && (c = in.read()) >= 0) {
      seen.append((char) c);
    }
    assertThat(seen.toString()).contains(text);
  }

  private static void awaitReceived(ProxyCalls.Agent agent, int count) {
    var deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (fake().received(agent.model()).size() < count) {
      assertThat(Instant.now()).as("the upstream was called").isBefore(deadline);
      Thread.onSpinWait();
    }
  }

  /** Waits (with a deadline) until the proxy counted a request of the agent with this status. */
  private static void awaitCounted(ProxyCalls.Agent agent, int status) {
    var series = "masker_requests_total{agent=\"" + agent.id() + "\",status=\"" + status + "\"}";
    var deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!Scrape.metrics().contains(series)) {
      assertThat(Instant.now()).as("%s counted", series).isBefore(deadline);
      Thread.onSpinWait();
    }
  }

  private static void await(CountDownLatch gate) {
    try {
      gate.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long logLength() {
    return Hygiene.LOG.toFile().length();
  }

  private static String logSince(long start) throws IOException {
    try (var file = new RandomAccessFile(Hygiene.LOG.toFile(), "r")) {
      file.seek(Math.min(start, file.length()));
      var bytes = new byte[(int) (file.length() - file.getFilePointer())];
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Waits (with a deadline) until the log written since {@code start} holds {@code text}. */
  private static void awaitLogLine(long start, String text) throws IOException {
    var deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!logSince(start).contains(text)) {
      assertThat(Instant.now()).as("the log says %s", text).isBefore(deadline);
      Thread.onSpinWait();
    }
  }

  private static void assertNoErrorSince(long start) throws IOException {
    var log = logSince(start);
    assertThat(log).as("log lines since the test began").doesNotContain("\"level\":\"ERROR\"");
    assertThat(log.lines()).noneMatch(line -> line.matches("^\\S+ ERROR .*"));
  }
}
