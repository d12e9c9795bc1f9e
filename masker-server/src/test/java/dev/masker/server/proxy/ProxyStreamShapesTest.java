package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.server.proxy.ProxyCalls.Agent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Streams as real upstreams and callers shape them: SSE with CRLF, comments and several data lines;
 * a choice never finished; a stream that ends inside a token; a caller that hangs up.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyStreamShapesTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  @Test
  void an_upstream_speaking_sse_with_crlf_comments_ids_and_split_data_lines_is_understood() {
    var call = new Call();
    var masked = call.masked(Phi.INTRO);
    var model = call.agent.model();
    var content = Behaviours.chunk(model, 0, Behaviours.delta(null, masked), null);
    int brace = content.indexOf("\"choices\"");
    var wire =
        "\uFEFF: keep-alive\r\n\r\n"
            + "event: message\r\nid: 1\r\nretry: 1000\r\ndata: "
            + Behaviours.chunk(model, 0, Behaviours.delta("assistant", ""), null)
            + "\r\n\r\n"
            + "data: "
            + content.substring(0, brace)
            + "\r\ndata: "
            + content.substring(brace)
            + "\r\n\r\n"
            + ": still here\n\n"
            + "data:"
            + Behaviours.chunk(model, 0, Behaviours.delta(null, null), "stop")
            + "\r\r"
            + "data: [DONE]\r\n\r\n";
    fake().on(model, Behaviours.stream(request -> List.of(wire.getBytes(StandardCharsets.UTF_8))));

    assertThat(ProxyCalls.contents(call.stream())).containsExactly(Map.entry(0, Phi.INTRO));
  }

  @Test
  void a_choice_the_upstream_never_finishes_gets_its_held_text_in_a_chunk_before_done() {
    var call = new Call();
    var phone = Phi.token(call.masked("Call me at " + Phi.PHONE_WRITTEN), "PHONE");
    var model = call.agent.model();
    fake()
        .on(
            model,
            Behaviours.stream(
                request ->
                    Behaviours.sse(
                        List.of(
                            Behaviours.chunk(
                                model, 0, Behaviours.delta("assistant", "Dialing "), null),
                            Behaviours.chunk(
                                model, 0, Behaviours.delta(null, phone.substring(0, 20)), null),
                            Behaviours.chunk(
                                model, 0, Behaviours.delta(null, phone.substring(20)), null)),
                        true)));

    var frames = call.stream();

    assertThat(ProxyCalls.contents(frames))
        .containsExactly(Map.entry(0, "Dialing " + Phi.PHONE_WRITTEN));
    var last = ProxyCalls.parse(frames.get(frames.size() - 2));
    assertThat(last.path("object").asText()).isEqualTo("chat.completion.chunk");
    assertThat(last.path("id").asText()).isEqualTo("chatcmpl-fake");
    for (var frame : frames) {
      assertThat(frame).doesNotContain("MSKV1");
    }
  }

  @Test
  void a_stream_that_ends_inside_a_token_sends_it_redacted_or_as_the_text_it_was() {
    var call = new Call();
    var phone = Phi.token(call.masked("Call me at " + Phi.PHONE_WRITTEN), "PHONE");
    var model = call.agent.model();
    var cutShort = phone.substring(0, phone.length() - 5);
    fake()
        .on(
            model,
            Behaviours.stream(
                request -> {
                  var end = request.json().path("x_end").asText();
                  return Behaviours.sse(
                      List.of(
                          Behaviours.chunk(
                              model, 0, Behaviours.delta("assistant", "Dialing "), null),
                          Behaviours.chunk(model, 0, Behaviours.delta(null, end), null),
                          Behaviours.chunk(model, 0, Behaviours.delta(null, null), "stop")),
                      true);
                }));

    assertThat(ProxyCalls.contents(call.stream("x_end", cutShort)))
        .containsExactly(Map.entry(0, "Dialing [REDACTED:PHONE]"));
    assertThat(ProxyCalls.contents(call.stream("x_end", "MSKV1.PHO")))
        .containsExactly(Map.entry(0, "Dialing MSKV1.PHO"));
  }

  @Test
  void a_caller_that_hangs_up_mid_stream_stops_the_upstream() throws Exception {
    var agent = ProxyCalls.fakeAgent();
    int frames = 300_000;
    var sent = new AtomicInteger();
    var finished = new CompletableFuture<Integer>();
    fake()
        .on(
            agent.model(),
            exchange -> {
              var chunk =
                  Behaviours.sse(
                          List.of(
                              Behaviours.chunk(
                                  agent.model(), 0, Behaviours.delta(null, "la "), null)),
                          false)
                      .get(0);
              try {
                exchange.events(
                    new AbstractList<byte[]>() {
                      @Override
                      public byte[] get(int index) {
                        sent.incrementAndGet();
                        return chunk;
                      }

                      @Override
                      public int size() {
                        return frames;
                      }
                    });
              } finally {
                finished.complete(sent.get());
              }
            });
    var body =
        ProxyCalls.request(agent.model(), "Sing.")
            .put("stream", true)
            .toString()
            .getBytes(StandardCharsets.UTF_8);

    try (var socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
      var out = socket.getOutputStream();
      out.write(
          ("POST /proxy/"
                  + agent.id()
                  + "/v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      var first = new String(socket.getInputStream().readNBytes(400), StandardCharsets.ISO_8859_1);
      assertThat(first).startsWith("HTTP/1.1 200").contains("data: {");
    }

    int written = finished.get(20, TimeUnit.SECONDS);
    assertThat(written)
        .as("frames the upstream sent before the proxy hung up on it")
        .isLessThan(frames);
    ProxyUpstreamFailureTest.assertServesTheNextRequest(agent);
  }

  /** One call (session) of a fresh agent. */
  private static final class Call {
    final Agent agent = ProxyCalls.fakeAgentTaking("x_end");
    final String session = "shapes-" + IDS.newUlid();

    /** What the upstream receives for {@code text} in this call. */
    String masked(String text) {
      return ProxyCalls.maskedInCall(agent, session, text);
    }

    /** A streamed request in this call, with extra fields as name, value pairs; its frames. */
    List<String> stream(String... fields) {
      var body = ProxyCalls.request(agent.model(), "Go on.").put("stream", true);
      for (int i = 0; i < fields.length; i += 2) {
        body.put(fields[i], fields[i + 1]);
      }
      var response = ProxyCalls.post(agent.id(), body, "Masker-Session-Id", session);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return ProxyCalls.frames(response.body());
    }
  }
}
