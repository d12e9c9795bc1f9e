package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.CreateAgentUseCase;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.KeyCatalog;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UpstreamCatalog;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.policy.BuiltInPolicies;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.masking.policy.PolicyProblem;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.policy.Tokenization;
import java.time.Clock;
import java.util.List;

public final class CreateAgentService implements CreateAgentUseCase {
  private final AgentRepository agents;
  private final UpstreamCatalog upstreams;
  private final KeyCatalog keys;
  private final TransactionRunner tx;
  private final IdGenerator ids;
  private final Clock clock;

  public CreateAgentService(
      AgentRepository agents,
      UpstreamCatalog upstreams,
      KeyCatalog keys,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    this.agents = agents;
    this.upstreams = upstreams;
    this.keys = keys;
    this.tx = tx;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Result create(Caller caller, Command command) {
    var name = new AgentName(command.name());
    var upstream = Upstream.parse(command.upstream());
    var tokenization =
        command
            .tokenization()
            .map(Tokenization::fromWireName)
            .orElse(Tokenization.VAULT_DETERMINISTIC);
    if (command.policyName().isPresent() && command.policyYaml().isPresent()) {
      throw new InvalidValue("policy_yaml", "cannot be combined with policy_name");
    }
    if (!upstreams.offers(upstream)) {
      return new Result.UnknownUpstream(upstream.provider());
    }
    var draft = new Draft(caller, command, name, upstream, tokenization);
    if (command.policyYaml().isPresent()) {
      return PolicyParser.parse(command.policyYaml().get())
          .fold(
              parsed -> createWithOwnPolicy(draft, parsed.policy()),
              invalid -> new Result.PolicyYamlInvalid(invalid.problems()));
    }
    var policyName = command.policyName().orElse(BuiltInPolicies.HEALTHCARE_DEFAULT);
    if (!BuiltInPolicies.exists(policyName)) {
      return new Result.UnknownPolicy(policyName);
    }
    return store(
        draft, new PolicyRef(policyName, BuiltInPolicies.HEALTHCARE_DEFAULT_VERSION), null);
  }

  /** What is known of the agent before its policy is chosen. */
  private record Draft(
      Caller caller,
      Command command,
      AgentName name,
      Upstream upstream,
      Tokenization tokenization) {}

  /** An agent with the policy of its own YAML, whose key must exist on this server. */
  private Result createWithOwnPolicy(Draft draft, Policy custom) {
    if (!keys.hasKey(custom.kid())) {
      return new Result.PolicyYamlInvalid(
          List.of(
              new PolicyProblem(
                  "kid",
                  lineOf("kid", custom.yaml()),
                  "has no key on this server (set MASKER_KEY_<KID>)")));
    }
    return store(draft, new PolicyRef(custom.name(), custom.version()), custom.yaml());
  }

  private Result store(Draft draft, PolicyRef policy, String policyYaml) {
    try {
      return tx.inTransaction(() -> createNamed(draft, policy, policyYaml));
    } catch (AgentRepository.NameAlreadyUsed raced) {
      // Another request took the name between the check and the insert.
      return new Result.NameTaken();
    }
  }

  /** The 1-based line where the top-level {@code key:} stands, or 1. */
  private static int lineOf(String key, String yaml) {
    var lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }

  private Result createNamed(Draft draft, PolicyRef policy, String policyYaml) {
    var caller = draft.caller();
    if (agents.nameTaken(caller.accountId(), draft.name())) {
      return new Result.NameTaken();
    }
    var creation =
        Agent.create(
            ids,
            caller.accountId(),
            draft.name(),
            draft.upstream(),
            draft.tokenization(),
            policy,
            policyYaml,
            draft.command().requireProxyKey(),
            draft.command().vapiAssistant().orElse(null),
            clock.instant());
    agents.add(creation.agent());
    return new Result.Created(creation.agent(), creation.proxyKey());
  }
}
