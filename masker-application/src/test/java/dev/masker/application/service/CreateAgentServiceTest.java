package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.CreateAgentUseCase.Command;
import dev.masker.application.port.in.CreateAgentUseCase.Result;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.policy.Tokenization;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateAgentServiceTest {
  private static final String YAML = "entities:\n  - kind: mrn\n    pattern: 'MRN-[0-9]{6}'\n";

  private final World world = new World();
  private final Caller admin = world.openAccountFor("alice@clinic.example");
  private final CreateAgentService createAgent = world.createAgent();

  private static Command command(String name, String upstream) {
    return Command.of(new AgentName(name), Upstream.parse(upstream));
  }

  private static Command frontDesk() {
    return command("Front desk", "openai:gpt-4o-mini");
  }

  private int agentCount(Caller caller) {
    return world.agents.list(caller.accountId(), Optional.empty(), Optional.empty(), 100).size();
  }

  @Test
  void a_new_agent_tokenizes_with_the_vault_and_applies_the_healthcare_default_policy() {
    var result = createAgent.create(admin, World.agentNamed(" Front desk "));

    assertThat(result).isInstanceOf(Result.Created.class);
    var agent = ((Result.Created) result).agent();
    assertThat(agent.name()).isEqualTo(new AgentName("Front desk"));
    assertThat(agent.accountId()).isEqualTo(admin.accountId());
    assertThat(agent.upstream()).isEqualTo(Upstream.parse("openai:gpt-4o-mini"));
    assertThat(agent.tokenization()).isEqualTo(Tokenization.VAULT_DETERMINISTIC);
    assertThat(agent.policy()).isEqualTo(new PolicyRef("healthcare-default", 1));
    assertThat(agent.requiresProxyKey()).isFalse();
    assertThat(agent.createdAt()).isEqualTo(World.T0);
    assertThat(((Result.Created) result).proxyKey()).isEmpty();
    assertThat(world.agents.find(admin.accountId(), agent.id())).isPresent();
  }

  @Test
  void a_chosen_tokenization_and_the_stub_upstream_are_kept() {
    var result =
        createAgent.create(
            admin,
            command("Synthetic", "stub")
                .withTokenization(Tokenization.SYNTHETIC)
                .withPolicyName("healthcare-default"));

    var agent = ((Result.Created) result).agent();
    assertThat(agent.tokenization()).isEqualTo(Tokenization.SYNTHETIC);
    assertThat(agent.upstream().isStub()).isTrue();
  }

  @Test
  void the_vapi_assistant_template_is_kept() {
    var template = "{\"firstMessage\":\"Hello, Riverside Clinic\"}";
    var result = createAgent.create(admin, command("Voice", "stub").withVapiAssistant(template));

    assertThat(((Result.Created) result).agent().vapiAssistant()).contains(template);
  }

  @Test
  void a_required_proxy_key_is_returned_once_and_only_its_digest_is_kept() {
    var result = createAgent.create(admin, command("Keyed", "stub").requiringProxyKey());

    var created = (Result.Created) result;
    var key = created.proxyKey().orElseThrow();
    assertThat(key.value()).startsWith("mpk_");
    var stored = world.agents.find(admin.accountId(), created.agent().id()).orElseThrow();
    assertThat(stored.proxyKeyDigest()).contains(key.digest());
    assertThat(stored.proxyKeyDigest().orElseThrow()).doesNotContain(key.value());
    assertThat(stored.acceptsProxyKey(key)).isTrue();
    assertThat(world.getAgent().get(admin, created.agent().id().value()).orElseThrow())
        .satisfies(a -> assertThat(a.acceptsProxyKey(null)).isFalse());
  }

  @Test
  void a_member_may_create_agents() {
    var member = world.addMember(admin, "bob@clinic.example");

    assertThat(createAgent.create(member, World.agentNamed("Member's agent")))
        .isInstanceOf(Result.Created.class);
  }

  @Test
  void a_name_already_used_in_the_account_is_taken_whatever_its_case() {
    world.createAgent(admin, "Front Desk");

    var result = createAgent.create(admin, World.agentNamed("  front DESK "));

    assertThat(result).isInstanceOf(Result.NameTaken.class);
    assertThat(agentCount(admin)).isEqualTo(1);
  }

  @Test
  void another_account_may_use_the_same_name() {
    world.createAgent(admin, "Front desk");
    var otherAdmin = world.openAccountFor("dave@other.example");

    assertThat(createAgent.create(otherAdmin, World.agentNamed("Front desk")))
        .isInstanceOf(Result.Created.class);
  }

  @Test
  void a_provider_this_server_is_not_configured_with_is_an_unknown_upstream() {
    var result = createAgent.create(admin, command("Claude", "anthropic:claude-3-haiku"));

    assertThat(result).isEqualTo(new Result.UnknownUpstream("anthropic"));
    assertThat(agentCount(admin)).isZero();
  }

  @Test
  void a_policy_that_does_not_exist_is_an_unknown_policy() {
    var result = createAgent.create(admin, frontDesk().withPolicyName("oncology-strict"));

    assertThat(result).isEqualTo(new Result.UnknownPolicy("oncology-strict"));
    assertThat(agentCount(admin)).isZero();
  }

  @Test
  void a_custom_policy_yaml_gives_the_agent_that_policy_and_its_version() {
    var yaml = "name: clinic-strict\nversion: 3\nkid: K_CLINIC\nallow_list: [Riverside Clinic]\n";

    var result = createAgent.create(admin, frontDesk().withPolicyYaml(yaml));

    var agent = ((Result.Created) result).agent();
    assertThat(agent.policy()).isEqualTo(new PolicyRef("clinic-strict", 3));
    assertThat(agent.policyYaml()).contains(yaml);
  }

  @Test
  void an_invalid_policy_yaml_is_refused_with_field_and_line_but_without_its_values() {
    var result = createAgent.create(admin, frontDesk().withPolicyYaml(YAML));

    assertThat(result).isInstanceOf(Result.PolicyYamlInvalid.class);
    var problems = ((Result.PolicyYamlInvalid) result).problems();
    assertThat(problems).isNotEmpty();
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    assertThat(problems).extracting(p -> p.issue()).noneMatch(issue -> issue.contains("MRN-"));
    assertThat(agentCount(admin)).isZero();
  }

  @Test
  void a_policy_whose_kid_has_no_key_on_the_server_is_refused_at_the_kid_line() {
    var yaml = "name: other\nversion: 1\nkid: K_NOWHERE\n";

    var result = createAgent.create(admin, frontDesk().withPolicyYaml(yaml));

    var problems = ((Result.PolicyYamlInvalid) result).problems();
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("kid");
              assertThat(p.line()).isEqualTo(3);
            });
    assertThat(agentCount(admin)).isZero();
  }
}
