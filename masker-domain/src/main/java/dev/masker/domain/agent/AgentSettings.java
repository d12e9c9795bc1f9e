package dev.masker.domain.agent;

import dev.masker.domain.masking.policy.BuiltInPolicies;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.policy.Tokenization;
import java.util.Objects;
import java.util.Optional;

/**
 * What an account chooses for an agent: its name, the upstream it talks to, how it tokenizes, the
 * policy it applies and the Vapi assistant template. Start from {@link #of} (vault-deterministic
 * tokens, the built-in {@code healthcare-default} policy, no template) and change what differs with
 * the {@code with…} methods, so that no caller passes nullable values by position.
 *
 * @param policyYaml the agent's own policy as validated YAML; null when {@code policy} is built in
 * @param vapiAssistant the assistant template for the Vapi webhook as JSON object text, or null
 */
public record AgentSettings(
    AgentName name,
    Upstream upstream,
    Tokenization tokenization,
    PolicyRef policy,
    String policyYaml,
    String vapiAssistant) {
  /** The policy an agent applies unless it is given another. */
  public static final PolicyRef DEFAULT_POLICY =
      new PolicyRef(BuiltInPolicies.HEALTHCARE_DEFAULT, BuiltInPolicies.HEALTHCARE_DEFAULT_VERSION);

  public AgentSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(upstream, "upstream");
    Objects.requireNonNull(tokenization, "tokenization");
    Objects.requireNonNull(policy, "policy");
  }

  /** An agent of that name and upstream, with every other setting at its default. */
  public static AgentSettings of(AgentName name, Upstream upstream) {
    return new AgentSettings(
        name, upstream, Tokenization.VAULT_DETERMINISTIC, DEFAULT_POLICY, null, null);
  }

  public AgentSettings withTokenization(Tokenization tokenization) {
    return new AgentSettings(name, upstream, tokenization, policy, policyYaml, vapiAssistant);
  }

  /** Applies the built-in policy {@code builtIn}; a policy of the agent's own is dropped. */
  public AgentSettings withPolicy(PolicyRef builtIn) {
    return new AgentSettings(name, upstream, tokenization, builtIn, null, vapiAssistant);
  }

  /**
   * Applies a policy of the agent's own: {@code yaml}, validated, named and versioned {@code ref}.
   */
  public AgentSettings withCustomPolicy(PolicyRef ref, String yaml) {
    return new AgentSettings(
        name, upstream, tokenization, ref, Objects.requireNonNull(yaml, "yaml"), vapiAssistant);
  }

  /** The Vapi assistant template as JSON object text; null for none. */
  public AgentSettings withVapiAssistant(String template) {
    return new AgentSettings(name, upstream, tokenization, policy, policyYaml, template);
  }

  /** Never the policy YAML or the template: an account may write names into either. */
  @Override
  public String toString() {
    return "AgentSettings["
        + name.value()
        + ", "
        + upstream
        + ", "
        + tokenization.wireName()
        + ", "
        + policy.name()
        + " v"
        + policy.version()
        + "]";
  }

  /** The agent's own policy as YAML; empty when it applies a built-in policy. */
  public Optional<String> customPolicyYaml() {
    return Optional.ofNullable(policyYaml);
  }
}
