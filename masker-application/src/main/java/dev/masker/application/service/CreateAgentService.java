package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.CreateAgentUseCase;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UpstreamCatalog;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.PolicyRef;
import dev.masker.domain.agent.Tokenization;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.policy.BuiltInPolicies;
import java.time.Clock;

public final class CreateAgentService implements CreateAgentUseCase {
  private final AgentRepository agents;
  private final UpstreamCatalog upstreams;
  private final TransactionRunner tx;
  private final IdGenerator ids;
  private final Clock clock;

  public CreateAgentService(
      AgentRepository agents,
      UpstreamCatalog upstreams,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    this.agents = agents;
    this.upstreams = upstreams;
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
    if (command.policyYaml().isPresent()) {
      // Custom policies need the policy parser of the masking engine; until it exists no
      // custom policy can be checked, so none is accepted (see docs/configuration.md).
      return new Result.PolicyYamlInvalid(
          "policy_yaml", "custom policies are not supported by this server version yet");
    }
    var policyName = command.policyName().orElse(BuiltInPolicies.HEALTHCARE_DEFAULT);
    if (!BuiltInPolicies.exists(policyName)) {
      return new Result.UnknownPolicy(policyName);
    }
    var policy = new PolicyRef(policyName, BuiltInPolicies.HEALTHCARE_DEFAULT_VERSION);
    try {
      return tx.inTransaction(
          () -> createNamed(caller, command, name, upstream, tokenization, policy));
    } catch (AgentRepository.NameAlreadyUsed raced) {
      // Another request took the name between the check and the insert.
      return new Result.NameTaken();
    }
  }

  private Result createNamed(
      Caller caller,
      Command command,
      AgentName name,
      Upstream upstream,
      Tokenization tokenization,
      PolicyRef policy) {
    if (agents.nameTaken(caller.accountId(), name)) {
      return new Result.NameTaken();
    }
    var creation =
        Agent.create(
            ids,
            caller.accountId(),
            name,
            upstream,
            tokenization,
            policy,
            command.requireProxyKey(),
            command.vapiAssistant().orElse(null),
            clock.instant());
    agents.add(creation.agent());
    return new Result.Created(creation.agent(), creation.proxyKey());
  }
}
