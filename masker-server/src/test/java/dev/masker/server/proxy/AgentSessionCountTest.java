package dev.masker.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.session.PostgresTurnLog;
import dev.masker.server.api.Tenant;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** The agent list counts each agent's calls of the last 24 hours from the recorded sessions. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class AgentSessionCountTest {
  private static void call(ProxyCalls.Agent agent, String session) {
    var response =
        ProxyCalls.post(
            agent.id(),
            ProxyCalls.request(agent.model(), "Hello.").toString(),
            "Masker-Session-Id",
            session);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void each_agent_in_the_list_shows_how_many_calls_it_had() {
    var tenant = Tenant.open();
    var busy = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    var quiet = ProxyCalls.agent(tenant, "fake", "vault-deterministic", false);
    call(busy, "call-1");
    call(busy, "call-1");
    call(busy, "call-2");
    assertThat(Arc.container().instance(PostgresTurnLog.class).get().flush(Duration.ofSeconds(10)))
        .isTrue();

    var page = tenant.asAdmin().get("/api/v1/agents").then().statusCode(200).extract().jsonPath();

    var counts = new HashMap<String, Integer>();
    var ids = page.getList("data.id", String.class);
    var sessions = page.getList("data.session_count_24h", Integer.class);
    for (int i = 0; i < ids.size(); i++) {
      counts.put(ids.get(i), sessions.get(i));
    }
    assertThat(counts).containsEntry(busy.id(), 2).containsEntry(quiet.id(), 0);
  }
}
