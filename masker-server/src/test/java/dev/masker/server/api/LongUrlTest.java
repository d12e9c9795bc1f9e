package dev.masker.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A URL longer than 8 KiB is refused with 414 in the error envelope, with a request id, on the API
 * and the proxy alike; the server keeps serving. A request line longer than Vert.x reads at all (32
 * KiB) is refused by Vert.x itself before any of Masker's code runs (docs/configuration.md).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class LongUrlTest {
  private static final String REQUEST_ID = "req_[0-9A-HJKMNP-TV-Z]{26}";

  private static LoopbackHttp.Answer get(String target) {
    return LoopbackHttp.send(
        ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void an_api_url_over_8_kib_is_414_in_the_envelope_with_a_request_id() {
    var answer = get("/api/v1/agents?name_contains=" + "a".repeat(9_000));

    assertThat(answer.status()).isEqualTo(414);
    assertThat(answer.headers().get("x-request-id")).matches(REQUEST_ID);
    assertThat(answer.body())
        .contains("\"code\":\"uri_too_long\"")
        .contains("\"request_id\":\"" + answer.headers().get("x-request-id") + "\"")
        .doesNotContain("aaaa");
    assertThat(get("/health").status()).isEqualTo(200);
  }

  @Test
  void a_proxy_url_over_8_kib_is_414_in_the_proxy_error_shape() {
    var answer =
        LoopbackHttp.send(
            ("POST /proxy/agt_01HYZ0000000000000000000000/v1/chat/completions?"
                    + "q=".repeat(4_500)
                    + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                .getBytes(StandardCharsets.US_ASCII));

    assertThat(answer.status()).isEqualTo(414);
    assertThat(answer.body())
        .contains("\"type\":\"uri_too_long\"")
        .contains("\"code\":\"uri_too_long\"")
        .contains("\"param\":null")
        .contains("\"request_id\":\"" + answer.headers().get("x-request-id") + "\"");
  }

  @Test
  void a_url_at_the_limit_is_served() {
    var target = "/api/v1/agents?name_contains=";
    var answer = get(target + "a".repeat(8_192 - target.length()));

    assertThat(answer.status()).as(answer.body()).isEqualTo(401);
  }

  @Test
  void a_request_line_over_32_kib_is_refused_by_vertx_itself_and_the_server_keeps_serving() {
    var answer = get("/api/v1/agents?name_contains=" + "a".repeat(33_000));

    assertThat(answer.status()).isEqualTo(414);
    assertThat(answer.headers()).doesNotContainKey("x-request-id");
    assertThat(get("/health").status()).isEqualTo(200);
  }
}
