package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.UpdateAgentUseCase.Command;
import dev.masker.application.port.in.UpdateAgentUseCase.Result;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentEvent;
import dev.masker.domain.agent.AgentField;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.PolicyVersion;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.masking.policy.Tokenization;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpdateAgentServiceTest {
  private static final String CLINIC_POLICY =
      "name: clinic\nversion: 1\nkid: K_HEALTHCARE\nallow_list: [Riverside Clinic]\n";

  private final World world = new World();
  private final Caller admin = world.openAccountFor("alice@clinic.example");
  private final UpdateAgentService updateAgent = world.updateAgent();

  private Result.Updated update(Agent agent, Command command) {
    var result = updateAgent.update(admin, agent.id().value(), command);
    assertThat(result).isInstanceOf(Result.Updated.class);
    return (Result.Updated) result;
  }

  @Test
  void a_change_of_name_upstream_and_tokenization_is_stored_and_moves_updated_at() {
    var agent = world.createAgent(admin, "Front desk");
    world.clock.advance(Duration.ofMinutes(5));

    var updated =
        update(
            agent,
            Command.none()
                .withName(new AgentName("Night desk"))
                .withUpstream(Upstream.parse("stub"))
                .withTokenization(Tokenization.REVERSIBLE_AEAD));

    var stored = world.getAgent().get(admin, agent.id().value()).orElseThrow();
    assertThat(stored.name().value()).isEqualTo("Night desk");
    assertThat(stored.upstream()).isEqualTo(Upstream.parse("stub"));
    assertThat(stored.tokenization()).isEqualTo(Tokenization.REVERSIBLE_AEAD);
    assertThat(stored.updatedAt()).isEqualTo(agent.createdAt().plus(Duration.ofMinutes(5)));
    assertThat(stored.createdAt()).isEqualTo(agent.createdAt());
    assertThat(stored.policy()).isEqualTo(agent.policy());
    assertThat(updated.changed())
        .containsExactlyInAnyOrder(AgentField.NAME, AgentField.UPSTREAM, AgentField.TOKENIZATION);
    assertThat(world.agentCopies.forgotten()).containsExactly(agent.id());
  }

  @Test
  void a_request_that_changes_nothing_leaves_the_agent_as_it_was_and_records_nothing() {
    var agent = world.createAgent(admin, "Front desk");
    int events = world.agentEvents.appended().size();

    var updated =
        update(
            agent,
            Command.none()
                .withName(new AgentName("Front desk"))
                .withPolicyName("healthcare-default")
                .withRequireProxyKey(false));

    assertThat(updated.changed()).isEmpty();
    assertThat(updated.agent().snapshot()).isEqualTo(agent.snapshot());
    assertThat(world.agentEvents.appended()).hasSize(events);
    assertThat(world.agentCopies.forgotten()).isEmpty();
  }

  @Test
  void every_policy_change_increments_the_version_and_keeps_the_old_one() {
    var agent = world.createAgent(admin, "Front desk");

    var first = update(agent, Command.none().withPolicyYaml(CLINIC_POLICY)).agent();
    var second =
        update(agent, Command.none().withPolicyYaml(CLINIC_POLICY.replace("Riverside", "Lakeside")))
            .agent();
    var third = update(agent, Command.none().withPolicyName("healthcare-default")).agent();

    assertThat(first.policy().version()).isEqualTo(2);
    assertThat(first.policy().name()).isEqualTo("clinic");
    assertThat(second.policy().version()).isEqualTo(3);
    assertThat(third.policy().version()).isEqualTo(4);
    assertThat(third.policyYaml()).isEmpty();
    var page =
        world.listPolicyVersions().list(admin, agent.id().value(), PageRequest.first(10)).get();
    assertThat(page.items())
        .extracting(PolicyVersion::version, PolicyVersion::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4, "healthcare-default"),
            org.assertj.core.groups.Tuple.tuple(3, "clinic"),
            org.assertj.core.groups.Tuple.tuple(2, "clinic"),
            org.assertj.core.groups.Tuple.tuple(1, "healthcare-default"));
    assertThat(world.getPolicyVersion().get(admin, agent.id().value(), 2).orElseThrow().yaml())
        .isEqualTo(CLINIC_POLICY);
  }

  @Test
  void the_same_policy_again_is_no_change() {
    var agent = world.createAgent(admin, "Front desk");
    update(agent, Command.none().withPolicyYaml(CLINIC_POLICY));

    var again = update(agent, Command.none().withPolicyYaml(CLINIC_POLICY));

    assertThat(again.changed()).isEmpty();
    assertThat(again.agent().policy().version()).isEqualTo(2);
  }

  @Test
  void a_policy_whose_own_version_is_ahead_keeps_that_number() {
    var agent = world.createAgent(admin, "Front desk");

    var updated =
        update(
            agent,
            Command.none().withPolicyYaml(CLINIC_POLICY.replace("version: 1", "version: 9")));

    assertThat(updated.agent().policy().version()).isEqualTo(9);
  }

  @Test
  void a_policy_of_another_key_id_is_refused_because_earlier_tokens_need_the_old_key() {
    var agent = world.createAgent(admin, "Front desk");

    var result =
        updateAgent.update(
            admin,
            agent.id().value(),
            Command.none().withPolicyYaml(CLINIC_POLICY.replace("K_HEALTHCARE", "K_CLINIC")));

    assertThat(result).isInstanceOf(Result.Refused.class);
    assertThat(((Result.Refused) result).field()).isEqualTo("policy_yaml");
    assertThat(world.getAgent().get(admin, agent.id().value()).orElseThrow().policy().version())
        .isEqualTo(1);
  }

  @Test
  void leaving_synthetic_tokenization_is_refused_and_other_tokenization_changes_are_not() {
    var agent = world.createAgent(admin, "Front desk");
    update(agent, Command.none().withTokenization(Tokenization.SYNTHETIC));

    var result =
        updateAgent.update(
            admin,
            agent.id().value(),
            Command.none().withTokenization(Tokenization.REVERSIBLE_AEAD));

    assertThat(result).isInstanceOf(Result.Refused.class);
    assertThat(((Result.Refused) result).field()).isEqualTo("tokenization");
  }

  @Test
  void policy_problems_are_those_of_creation() {
    var agent = world.createAgent(admin, "Front desk");

    assertThat(
            updateAgent.update(admin, agent.id().value(), Command.none().withPolicyName("strict")))
        .isInstanceOf(Result.UnknownPolicy.class);
    assertThat(
            updateAgent.update(
                admin, agent.id().value(), Command.none().withPolicyYaml("entities: [\n")))
        .isInstanceOf(Result.PolicyYamlInvalid.class);
    assertThat(
            updateAgent.update(
                admin,
                agent.id().value(),
                Command.none().withPolicyYaml("name: x\nversion: 1\nkid: K_NOWHERE\n")))
        .isInstanceOf(Result.PolicyYamlInvalid.class);
    assertThat(
            updateAgent.update(
                admin, agent.id().value(), Command.none().withUpstream(Upstream.parse("acme:x"))))
        .isInstanceOf(Result.UnknownUpstream.class);
  }

  @Test
  void a_name_used_by_another_agent_of_the_account_is_taken_but_a_change_of_case_is_not() {
    var agent = world.createAgent(admin, "Front desk");
    world.createAgent(admin, "Night desk");

    assertThat(
            updateAgent.update(
                admin, agent.id().value(), Command.none().withName(new AgentName("NIGHT DESK"))))
        .isInstanceOf(Result.NameTaken.class);
    assertThat(update(agent, Command.none().withName(new AgentName("FRONT DESK"))).changed())
        .containsExactly(AgentField.NAME);
  }

  @Test
  void turning_the_proxy_key_on_hands_it_out_once() {
    var agent = world.createAgent(admin, "Front desk");

    var keyed = update(agent, Command.none().withRequireProxyKey(true));
    var again = update(agent, Command.none().withRequireProxyKey(true));

    assertThat(keyed.proxyKey()).isPresent();
    assertThat(keyed.agent().acceptsProxyKey(keyed.proxyKey().get())).isTrue();
    assertThat(again.proxyKey()).isEmpty();
    assertThat(again.changed()).isEmpty();
  }

  @Test
  void the_template_is_replaced_or_cleared() {
    var agent = world.createAgent(admin, "Front desk");

    update(agent, Command.none().withVapiAssistant("{\"firstMessage\":\"Hi\"}"));
    assertThat(world.getAgent().get(admin, agent.id().value()).orElseThrow().vapiAssistant())
        .contains("{\"firstMessage\":\"Hi\"}");
    update(agent, Command.none().withoutVapiAssistant());
    assertThat(world.getAgent().get(admin, agent.id().value()).orElseThrow().vapiAssistant())
        .isEmpty();
  }

  @Test
  void an_update_is_an_event_naming_the_fields_that_changed_and_who_changed_them() {
    var agent = world.createAgent(admin, "Front desk");
    var member = world.addMember(admin, "bob@clinic.example");

    updateAgent.update(
        member,
        agent.id().value(),
        Command.none().withName(new AgentName("Night desk")).withPolicyYaml(CLINIC_POLICY));

    var last = world.agentEvents.appended().get(world.agentEvents.appended().size() - 1);
    assertThat(last.kind()).isEqualTo(AgentEvent.Kind.UPDATED);
    assertThat(last.actor()).isEqualTo(member.userId());
    assertThat(last.agentId()).isEqualTo(agent.id());
    assertThat(last.changed()).containsExactlyInAnyOrder(AgentField.NAME, AgentField.POLICY);
  }

  @Test
  void another_accounts_agent_and_malformed_ids_are_not_found() {
    var theirs = world.createAgent(world.openAccountFor("dave@other.example"), "Theirs");

    assertThat(
            updateAgent.update(
                admin, theirs.id().value(), Command.none().withName(new AgentName("Mine"))))
        .isInstanceOf(Result.NotFound.class);
    assertThat(updateAgent.update(admin, "agt_123", Command.none()))
        .isInstanceOf(Result.NotFound.class);
    assertThat(updateAgent.update(admin, AgentId.next(world.ids).value(), Command.none()))
        .isInstanceOf(Result.NotFound.class);
    assertThat(world.getAgent().get(admin, theirs.id().value())).isEmpty();
  }
}
