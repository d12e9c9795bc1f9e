package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.CreateAgentUseCase;
import dev.masker.application.port.in.DeleteAgentUseCase.Result;
import dev.masker.domain.agent.AgentId;
import org.junit.jupiter.api.Test;

class DeleteAgentServiceTest {
  private final World world = new World();
  private final Caller admin = world.openAccountFor("alice@clinic.example");
  private final Caller member = world.addMember(admin, "bob@clinic.example");
  private final DeleteAgentService deleteAgent = world.deleteAgent();

  @Test
  void a_member_may_not_delete_an_agent() {
    var agent = world.createAgent(admin, "Front desk");

    assertThat(deleteAgent.delete(member, agent.id().value())).isInstanceOf(Result.Forbidden.class);
    assertThat(world.getAgent().get(admin, agent.id().value())).isPresent();
  }

  @Test
  void a_member_is_forbidden_even_for_an_agent_that_does_not_exist() {
    assertThat(deleteAgent.delete(member, AgentId.next(world.ids).value()))
        .isInstanceOf(Result.Forbidden.class);
    assertThat(deleteAgent.delete(member, "not-an-id")).isInstanceOf(Result.Forbidden.class);
  }

  @Test
  void an_admin_deletes_an_agent_once() {
    var agent = world.createAgent(admin, "Front desk");

    assertThat(deleteAgent.delete(admin, agent.id().value())).isInstanceOf(Result.Deleted.class);
    assertThat(world.getAgent().get(admin, agent.id().value())).isEmpty();
    assertThat(deleteAgent.delete(admin, agent.id().value())).isInstanceOf(Result.NotFound.class);
  }

  @Test
  void a_deleted_agents_name_may_be_used_again() {
    var agent = world.createAgent(admin, "Front desk");
    deleteAgent.delete(admin, agent.id().value());

    assertThat(world.createAgent().create(admin, World.agentNamed("Front desk")))
        .isInstanceOf(CreateAgentUseCase.Result.Created.class);
  }

  @Test
  void another_accounts_agent_is_not_found_and_survives() {
    var otherAdmin = world.openAccountFor("dave@other.example");
    var theirs = world.createAgent(otherAdmin, "Theirs");

    assertThat(deleteAgent.delete(admin, theirs.id().value())).isInstanceOf(Result.NotFound.class);
    assertThat(world.getAgent().get(otherAdmin, theirs.id().value())).isPresent();
  }

  @Test
  void a_malformed_id_is_not_found() {
    assertThat(deleteAgent.delete(admin, "agt_nope")).isInstanceOf(Result.NotFound.class);
    assertThat(deleteAgent.delete(admin, null)).isInstanceOf(Result.NotFound.class);
  }

  @Test
  void deleting_one_agent_leaves_the_others() {
    var doomed = world.createAgent(admin, "Doomed");
    var kept = world.createAgent(admin, "Kept");

    deleteAgent.delete(admin, doomed.id().value());

    assertThat(world.getAgent().get(admin, kept.id().value())).isPresent();
  }
}
