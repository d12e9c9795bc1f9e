package dev.masker.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.port.in.CreateAgentUseCase.Command;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.policy.Tokenization;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A command that could not be carried out as asked is never built; each refusal names a field. */
class CreateAgentCommandTest {
  private static final String YAML = "entities:\n  - kind: mrn\n    pattern: 'MRN-[0-9]{6}'\n";

  private static Command frontDesk() {
    return Command.of(new AgentName("Front desk"), Upstream.parse("openai:gpt-4o-mini"));
  }

  @Test
  void a_new_command_leaves_every_choice_to_the_defaults() {
    var command = frontDesk();

    assertThat(command.tokenization()).isEmpty();
    assertThat(command.policyName()).isEmpty();
    assertThat(command.policyYaml()).isEmpty();
    assertThat(command.requireProxyKey()).isFalse();
    assertThat(command.vapiAssistant()).isEmpty();
  }

  @Test
  void each_choice_is_kept() {
    var command =
        frontDesk()
            .withTokenization(Tokenization.SYNTHETIC)
            .withPolicyName("healthcare-default")
            .requiringProxyKey()
            .withVapiAssistant("{}");

    assertThat(command.tokenization()).contains(Tokenization.SYNTHETIC);
    assertThat(command.policyName()).contains("healthcare-default");
    assertThat(command.requireProxyKey()).isTrue();
    assertThat(command.vapiAssistant()).contains("{}");
  }

  @Test
  void a_policy_name_and_a_policy_yaml_together_are_refused_without_quoting_the_yaml() {
    assertThatThrownBy(() -> frontDesk().withPolicyName("healthcare-default").withPolicyYaml(YAML))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("policy_yaml");
              assertThat(e.getMessage()).doesNotContain("MRN");
            });
    assertThatThrownBy(() -> frontDesk().withPolicyYaml(YAML).withPolicyName("healthcare-default"))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.field()).isEqualTo("policy_yaml"));
  }

  @Test
  void a_missing_name_or_upstream_is_refused_by_field() {
    assertThatThrownBy(() -> Command.of(null, Upstream.parse("stub")))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> Command.of(new AgentName("A"), null))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.field()).isEqualTo("upstream"));
  }

  @Test
  void a_missing_choice_is_a_programming_error_not_a_client_one() {
    assertThatThrownBy(
            () ->
                new Command(
                    new AgentName("A"),
                    Upstream.parse("stub"),
                    null,
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    Optional.empty()))
        .isInstanceOf(NullPointerException.class);
  }
}
