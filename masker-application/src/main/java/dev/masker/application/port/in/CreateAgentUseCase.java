package dev.masker.application.port.in;

import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.Secret;
import dev.masker.domain.masking.policy.PolicyProblem;
import dev.masker.domain.masking.policy.Tokenization;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

public interface CreateAgentUseCase {
  Result create(Caller caller, Command command);

  /**
   * A valid request for a new agent: a command that could not be carried out as asked is never
   * built ({@link InvalidValue}). Start from {@link #of} and add what the caller chose.
   *
   * @param tokenization empty means vault-deterministic
   * @param policyName a built-in policy; empty means healthcare-default (unless {@code policyYaml}
   *     is given)
   * @param policyYaml a policy of the agent's own, checked by the use case; never with {@code
   *     policyName}
   * @param vapiAssistant the assistant template as JSON object text
   */
  record Command(
      AgentName name,
      Upstream upstream,
      Optional<Tokenization> tokenization,
      Optional<String> policyName,
      Optional<String> policyYaml,
      boolean requireProxyKey,
      Optional<String> vapiAssistant) {
    public Command {
      if (name == null) {
        throw new InvalidValue("name", "is required");
      }
      if (upstream == null) {
        throw new InvalidValue("upstream", "is required");
      }
      Objects.requireNonNull(tokenization, "tokenization");
      Objects.requireNonNull(policyName, "policyName");
      Objects.requireNonNull(policyYaml, "policyYaml");
      Objects.requireNonNull(vapiAssistant, "vapiAssistant");
      if (policyName.isPresent() && policyYaml.isPresent()) {
        throw new InvalidValue("policy_yaml", "cannot be combined with policy_name");
      }
    }

    /** An agent of that name and upstream with every other setting at its default. */
    public static Command of(AgentName name, Upstream upstream) {
      return new Command(
          name,
          upstream,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false,
          Optional.empty());
    }

    public Command withTokenization(Tokenization chosen) {
      return new Command(
          name,
          upstream,
          Optional.of(chosen),
          policyName,
          policyYaml,
          requireProxyKey,
          vapiAssistant);
    }

    public Command withPolicyName(String builtIn) {
      return new Command(
          name,
          upstream,
          tokenization,
          Optional.of(builtIn),
          policyYaml,
          requireProxyKey,
          vapiAssistant);
    }

    public Command withPolicyYaml(String yaml) {
      return new Command(
          name,
          upstream,
          tokenization,
          policyName,
          Optional.of(yaml),
          requireProxyKey,
          vapiAssistant);
    }

    public Command requiringProxyKey() {
      return new Command(name, upstream, tokenization, policyName, policyYaml, true, vapiAssistant);
    }

    public Command withVapiAssistant(String template) {
      return new Command(
          name,
          upstream,
          tokenization,
          policyName,
          policyYaml,
          requireProxyKey,
          Optional.of(template));
    }
  }

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(
        Function<Created, T> created,
        Function<NameTaken, T> nameTaken,
        Function<UnknownUpstream, T> unknownUpstream,
        Function<UnknownPolicy, T> unknownPolicy,
        Function<PolicyYamlInvalid, T> policyYamlInvalid);

    /** Created; {@code proxyKey} is present, once, when the agent requires one. */
    record Created(Agent agent, Optional<Secret> proxyKey) implements Result {
      @Override
      public <T> T fold(
          Function<Created, T> created,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid) {
        return created.apply(this);
      }
    }

    record NameTaken() implements Result {
      @Override
      public <T> T fold(
          Function<Created, T> created,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid) {
        return nameTaken.apply(this);
      }
    }

    record UnknownUpstream(String provider) implements Result {
      @Override
      public <T> T fold(
          Function<Created, T> created,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid) {
        return unknownUpstream.apply(this);
      }
    }

    record UnknownPolicy(String name) implements Result {
      @Override
      public <T> T fold(
          Function<Created, T> created,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid) {
        return unknownPolicy.apply(this);
      }
    }

    /** The policy YAML was refused: each problem names a field and a line, never a value. */
    record PolicyYamlInvalid(List<PolicyProblem> problems) implements Result {
      @Override
      public <T> T fold(
          Function<Created, T> created,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid) {
        return policyYamlInvalid.apply(this);
      }

      public PolicyYamlInvalid {
        problems = List.copyOf(problems);
      }
    }
  }
}
