package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.Caller;
import dev.masker.domain.agent.AgentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GetAgentServiceTest {
  private final World world = new World();
  private final Caller admin = world.openAccountFor("alice@clinic.example");
  private final GetAgentService getAgent = world.getAgent();

  @Test
  void an_agent_is_found_by_its_id() {
    var agent = world.createAgent(admin, "Front desk");

    var found = getAgent.get(admin, agent.id().value());

    assertThat(found).hasValueSatisfying(a -> assertThat(a.name().value()).isEqualTo("Front desk"));
  }

  @Test
  void a_member_sees_the_agents_of_their_account() {
    var agent = world.createAgent(admin, "Front desk");
    var member = world.addMember(admin, "bob@clinic.example");

    assertThat(getAgent.get(member, agent.id().value())).isPresent();
  }

  @Test
  void another_accounts_agent_is_not_found() {
    var theirs = world.createAgent(world.openAccountFor("dave@other.example"), "Theirs");

    assertThat(getAgent.get(admin, theirs.id().value())).isEmpty();
  }

  @Test
  void an_unknown_agent_is_not_found() {
    assertThat(getAgent.get(admin, AgentId.next(world.ids).value())).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "agt_123",
        "agt_01hyz3n5v8k2m4p6q8r0s2t4v6",
        "usr_01HYZ3N5V8K2M4P6Q8R0S2T4V6",
        "agt_01HYZ3N5V8K2M4P6Q8R0S2T4VU",
        "../admin"
      })
  void a_malformed_id_finds_nothing_and_does_not_fail(String id) {
    world.createAgent(admin, "Front desk");

    assertThat(getAgent.get(admin, id)).isEmpty();
  }

  @Test
  void an_agent_id_typed_in_lower_case_is_not_found() {
    var agent = world.createAgent(admin, "Front desk");

    assertThat(getAgent.get(admin, agent.id().value().toLowerCase())).isEmpty();
  }
}
