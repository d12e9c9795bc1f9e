package dev.masker.application.port.in;

import dev.masker.domain.agent.Agent;
import dev.masker.domain.common.Secret;
import dev.masker.domain.masking.policy.PolicyProblem;
import java.util.List;
import java.util.Optional;

public interface CreateAgentUseCase {
  Result create(Caller caller, Command command);

  /**
   * @param tokenization wire name; empty means vault-deterministic
   * @param policyName empty means healthcare-default (unless {@code policyYaml} is given)
   * @param vapiAssistant the assistant template as JSON object text
   */
  record Command(
      String name,
      String upstream,
      Optional<String> tokenization,
      Optional<String> policyName,
      Optional<String> policyYaml,
      boolean requireProxyKey,
      Optional<String> vapiAssistant) {}

  sealed interface Result {
    /**
     * Calls the method of {@code cases} for this result: a new case added here fails to compile at
     * every caller until it is handled.
     */
    <T> T fold(Cases<T> cases);

    /** One method per result; {@link #fold} calls the one that applies. */
    interface Cases<T> {
      T created(Created result);

      T nameTaken(NameTaken result);

      T unknownUpstream(UnknownUpstream result);

      T unknownPolicy(UnknownPolicy result);

      T policyYamlInvalid(PolicyYamlInvalid result);
    }

    /** Created; {@code proxyKey} is present, once, when the agent requires one. */
    record Created(Agent agent, Optional<Secret> proxyKey) implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.created(this);
      }
    }

    record NameTaken() implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.nameTaken(this);
      }
    }

    record UnknownUpstream(String provider) implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.unknownUpstream(this);
      }
    }

    record UnknownPolicy(String name) implements Result {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.unknownPolicy(this);
      }
    }

    /** The policy YAML was refused: each problem names a field and a line, never a value. */
    record PolicyYamlInvalid(List<PolicyProblem> problems) implements Result {
      public PolicyYamlInvalid {
        problems = List.copyOf(problems);
      }

      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.policyYamlInvalid(this);
      }
    }
  }
}
