package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tool-call arguments and JSON tool results as a tool-using agent's history carries them: values
 * whose kind only their key tells (a member id, ten bare digits, a surname alone, a ZIP) never
 * reach the upstream in clear.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyToolArgumentsLeakTest {

  @Test
  void values_that_only_their_key_identifies_never_reach_the_upstream() {
    var agent = ProxyCalls.fakeAgent();
    var body = ProxyCalls.request(agent.model(), "Look me up please.");
    var messages = body.withArray("messages");
    var assistant = messages.addObject().put("role", "assistant");
    assistant.putNull("content");
    var call = assistant.putArray("tool_calls").addObject().put("id", "c1").put("type", "function");
    call.putObject("function")
        .put("name", "lookup")
        .put(
            "arguments",
            "{\"member_id\":\"XJH123456789\",\"last_name\":\"Gonzalez\",\"phone\":\"4155552671\","
                + "\"ssn\":\"123456789\",\"zip\":\"94110\"}");
    messages
        .addObject()
        .put("role", "tool")
        .put("tool_call_id", "c1")
        .put("content", "{\"member_id\":\"XJH123456789\"}");

    assertThat(ProxyCalls.post(agent.id(), body).statusCode()).isEqualTo(200);

    var received = fake().received(agent.model()).get(0);
    for (var value : List.of("XJH123456789", "Gonzalez", "4155552671", "123456789", "94110")) {
      assertThat(received.contains(value)).as("%s went upstream in clear", value).isFalse();
    }
  }
}
