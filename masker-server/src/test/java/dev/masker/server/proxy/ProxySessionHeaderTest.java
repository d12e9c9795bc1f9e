package dev.masker.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.api.LoopbackHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A control character in {@code Masker-Session-Id} is refused in the proxy's error shape, naming
 * the header, never quoting it. (Vert.x refuses NUL and most other control characters in any header
 * before a route runs: that answer is Vert.x's bare 400, see docs/configuration.md.)
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxySessionHeaderTest {
  private static LoopbackHttp.Answer withSessionHeader(ProxyCalls.Agent agent, String value) {
    return LoopbackHttp.postJson(
        "127.0.0.1",
        "/proxy/" + agent.id() + "/v1/chat/completions",
        ProxyCalls.request(agent.model(), "Hi.").toString(),
        "Masker-Session-Id: " + value + "\r\n");
  }

  @Test
  void a_tab_or_a_c1_control_character_is_validation_failed_naming_the_header() {
    var agent = ProxyCalls.fakeAgent();

    for (var value : new String[] {"call\t4155550123", "call\u00854155550123"}) {
      var answer = withSessionHeader(agent, value);

      assertThat(answer.status()).as(answer.body()).isEqualTo(422);
      var error = ProxyCalls.parse(answer.body()).path("error");
      assertThat(error.path("code").asText()).isEqualTo("validation_failed");
      assertThat(error.path("type").asText()).isEqualTo("validation_failed");
      assertThat(error.path("param").asText()).isEqualTo("Masker-Session-Id");
      assertThat(error.path("request_id").asText())
          .isEqualTo(answer.headers().get("x-request-id"))
          .startsWith("req_");
      assertThat(answer.body()).doesNotContain("4155550123");
    }
    assertThat(WireUpstreamResource.fake().received(agent.model())).isEmpty();
  }

  @Test
  void a_nul_is_refused_by_vertx_before_any_route_and_the_proxy_keeps_serving() {
    var agent = ProxyCalls.fakeAgent();

    var answer = withSessionHeader(agent, "call\u00004155550123");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).isEmpty();
    assertThat(WireUpstreamResource.fake().received(agent.model())).isEmpty();
    assertThat(withSessionHeader(agent, "call-4155550123").status()).isEqualTo(200);
  }
}
