package dev.masker.application.port.in;

import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentField;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.Secret;
import dev.masker.domain.masking.policy.PolicyProblem;
import dev.masker.domain.masking.policy.Tokenization;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@code PATCH /api/v1/agents/{id}}: changes some settings of an agent, keeps the others. */
public interface UpdateAgentUseCase {
  Result update(Caller caller, String agentId, Command command);

  /**
   * What to change; an empty field keeps the agent's setting. Start from {@link #none} and add what
   * the caller sent. A command that could not be carried out as asked is never built ({@link
   * InvalidValue}).
   *
   * @param policyName a built-in policy to apply instead of the current one; never with {@code
   *     policyYaml}
   * @param policyYaml a policy of the agent's own, checked by the use case
   * @param vapiAssistant a new assistant template as JSON object text
   * @param clearVapiAssistant whether to drop the template; never with {@code vapiAssistant}
   */
  record Command(
      Optional<AgentName> name,
      Optional<Upstream> upstream,
      Optional<Tokenization> tokenization,
      Optional<String> policyName,
      Optional<String> policyYaml,
      Optional<Boolean> requireProxyKey,
      Optional<String> vapiAssistant,
      boolean clearVapiAssistant) {
    public Command {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(upstream, "upstream");
      Objects.requireNonNull(tokenization, "tokenization");
      Objects.requireNonNull(policyName, "policyName");
      Objects.requireNonNull(policyYaml, "policyYaml");
      Objects.requireNonNull(requireProxyKey, "requireProxyKey");
      Objects.requireNonNull(vapiAssistant, "vapiAssistant");
      if (policyName.isPresent() && policyYaml.isPresent()) {
        throw new InvalidValue("policy_yaml", "cannot be combined with policy_name");
      }
      if (vapiAssistant.isPresent() && clearVapiAssistant) {
        throw new IllegalArgumentException("a template is either replaced or cleared");
      }
    }

    /** A command that changes nothing. */
    public static Command none() {
      return new Command(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false);
    }

    public Command withName(AgentName chosen) {
      return new Command(
          Optional.of(chosen),
          upstream,
          tokenization,
          policyName,
          policyYaml,
          requireProxyKey,
          vapiAssistant,
          clearVapiAssistant);
    }

    public Command withUpstream(Upstream chosen) {
      return new Command(
          name,
          Optional.of(chosen),
          tokenization,
          policyName,
          policyYaml,
          requireProxyKey,
          vapiAssistant,
          clearVapiAssistant);
    }

    public Command withTokenization(Tokenization chosen) {
      return new Command(
          name,
          upstream,
          Optional.of(chosen),
          policyName,
          policyYaml,
          requireProxyKey,
          vapiAssistant,
          clearVapiAssistant);
    }

    public Command withPolicyName(String builtIn) {
      return new Command(
          name,
          upstream,
          tokenization,
          Optional.of(builtIn),
          policyYaml,
          requireProxyKey,
          vapiAssistant,
          clearVapiAssistant);
    }

    public Command withPolicyYaml(String yaml) {
      return new Command(
          name,
          upstream,
          tokenization,
          policyName,
          Optional.of(yaml),
          requireProxyKey,
          vapiAssistant,
          clearVapiAssistant);
    }

    public Command withRequireProxyKey(boolean required) {
      return new Command(
          name,
          upstream,
          tokenization,
          policyName,
          policyYaml,
          Optional.of(required),
          vapiAssistant,
          clearVapiAssistant);
    }

    public Command withVapiAssistant(String template) {
      return new Command(
          name,
          upstream,
          tokenization,
          policyName,
          policyYaml,
          requireProxyKey,
          Optional.of(template),
          false);
    }

    public Command withoutVapiAssistant() {
      return new Command(
          name,
          upstream,
          tokenization,
          policyName,
          policyYaml,
          requireProxyKey,
          Optional.empty(),
          true);
    }
  }

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(
        Function<Updated, T> updated,
        Function<NotFound, T> notFound,
        Function<Forbidden, T> forbidden,
        Function<NameTaken, T> nameTaken,
        Function<UnknownUpstream, T> unknownUpstream,
        Function<UnknownPolicy, T> unknownPolicy,
        Function<PolicyYamlInvalid, T> policyYamlInvalid,
        Function<Refused, T> refused);

    /**
     * Done; {@code changed} lists what changed (empty when the request changed nothing, which
     * leaves the agent as it was). {@code proxyKey} is present, once, when the request turned the
     * proxy key on.
     */
    record Updated(Agent agent, Optional<Secret> proxyKey, Set<AgentField> changed)
        implements Result {
      public Updated {
        changed = Set.copyOf(changed);
      }

      @Override
      public <T> T fold(
          Function<Updated, T> updated,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid,
          Function<Refused, T> refused) {
        return updated.apply(this);
      }
    }

    /** The id is malformed, unknown or another account's. */
    record NotFound() implements Result {
      @Override
      public <T> T fold(
          Function<Updated, T> updated,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid,
          Function<Refused, T> refused) {
        return notFound.apply(this);
      }
    }

    /** The caller may not change agents. */
    record Forbidden() implements Result {
      @Override
      public <T> T fold(
          Function<Updated, T> updated,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid,
          Function<Refused, T> refused) {
        return forbidden.apply(this);
      }
    }

    record NameTaken() implements Result {
      @Override
      public <T> T fold(
          Function<Updated, T> updated,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid,
          Function<Refused, T> refused) {
        return nameTaken.apply(this);
      }
    }

    record UnknownUpstream(String provider) implements Result {
      @Override
      public <T> T fold(
          Function<Updated, T> updated,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid,
          Function<Refused, T> refused) {
        return unknownUpstream.apply(this);
      }
    }

    record UnknownPolicy(String name) implements Result {
      @Override
      public <T> T fold(
          Function<Updated, T> updated,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid,
          Function<Refused, T> refused) {
        return unknownPolicy.apply(this);
      }
    }

    /** The policy YAML was refused: each problem names a field and a line, never a value. */
    record PolicyYamlInvalid(List<PolicyProblem> problems) implements Result {
      public PolicyYamlInvalid {
        problems = List.copyOf(problems);
      }

      @Override
      public <T> T fold(
          Function<Updated, T> updated,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid,
          Function<Refused, T> refused) {
        return policyYamlInvalid.apply(this);
      }
    }

    /**
     * A change that would break calls in progress (the tokens they were given could no longer be
     * put back), refused with the field at fault and why; never a value.
     */
    record Refused(String field, String issue) implements Result {
      @Override
      public <T> T fold(
          Function<Updated, T> updated,
          Function<NotFound, T> notFound,
          Function<Forbidden, T> forbidden,
          Function<NameTaken, T> nameTaken,
          Function<UnknownUpstream, T> unknownUpstream,
          Function<UnknownPolicy, T> unknownPolicy,
          Function<PolicyYamlInvalid, T> policyYamlInvalid,
          Function<Refused, T> refused) {
        return refused.apply(this);
      }
    }
  }
}
