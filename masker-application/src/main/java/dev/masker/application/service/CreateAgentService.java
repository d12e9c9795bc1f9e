package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.CreateAgentUseCase;
import dev.masker.application.port.out.AgentEventLog;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.KeyCatalog;
import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UpstreamCatalog;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentEvent;
import dev.masker.domain.agent.AgentSettings;
import dev.masker.domain.agent.PolicyVersion;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.masking.policy.BuiltInPolicies;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.masking.policy.PolicyProblem;
import dev.masker.domain.masking.policy.PolicyRef;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Creates an agent, keeps the first version of its policy and records an {@code agent_created}
 * event, all in one transaction.
 */
public final class CreateAgentService implements CreateAgentUseCase {
  private final AgentRepository agents;
  private final PolicyVersionRepository policyVersions;
  private final AgentEventLog events;
  private final UpstreamCatalog upstreams;
  private final KeyCatalog keys;
  private final TransactionRunner tx;
  private final IdGenerator ids;
  private final Clock clock;

  public CreateAgentService(
      AgentRepository agents,
      PolicyVersionRepository policyVersions,
      AgentEventLog events,
      UpstreamCatalog upstreams,
      KeyCatalog keys,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    this.agents = agents;
    this.policyVersions = policyVersions;
    this.events = events;
    this.upstreams = upstreams;
    this.keys = keys;
    this.tx = tx;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Result create(Caller caller, Command command) {
    if (!upstreams.offers(command.upstream())) {
      return new Result.UnknownUpstream(command.upstream().provider());
    }
    var settings = AgentSettings.of(command.name(), command.upstream());
    settings = command.tokenization().map(settings::withTokenization).orElse(settings);
    settings = command.vapiAssistant().map(settings::withVapiAssistant).orElse(settings);
    if (command.policyYaml().isPresent()) {
      var base = settings;
      return PolicyParser.parse(command.policyYaml().get())
          .fold(
              parsed -> createWithOwnPolicy(caller, command, base, parsed.policy()),
              invalid -> new Result.PolicyYamlInvalid(invalid.problems()));
    }
    var policyName = command.policyName().orElse(BuiltInPolicies.HEALTHCARE_DEFAULT);
    if (!BuiltInPolicies.exists(policyName)) {
      return new Result.UnknownPolicy(policyName);
    }
    return store(
        caller,
        command,
        settings.withPolicy(new PolicyRef(policyName, BuiltInPolicies.HEALTHCARE_DEFAULT_VERSION)));
  }

  /** An agent with the policy of its own YAML, whose key must exist on this server. */
  private Result createWithOwnPolicy(
      Caller caller, Command command, AgentSettings settings, Policy custom) {
    if (!keys.hasKey(custom.kid())) {
      return new Result.PolicyYamlInvalid(
          List.of(
              new PolicyProblem(
                  "kid",
                  lineOf("kid", custom.yaml()),
                  "has no key on this server (set MASKER_KEY_<KID>)")));
    }
    return store(
        caller,
        command,
        settings.withCustomPolicy(new PolicyRef(custom.name(), custom.version()), custom.yaml()));
  }

  private Result store(Caller caller, Command command, AgentSettings settings) {
    try {
      return tx.inTransaction(() -> createNamed(caller, settings, command.requireProxyKey()));
    } catch (AgentRepository.NameAlreadyUsed raced) {
      // Another request took the name between the check and the insert.
      return new Result.NameTaken();
    }
  }

  /** The 1-based line where the top-level {@code key:} stands, or 1. */
  static int lineOf(String key, String yaml) {
    var lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }

  private Result createNamed(Caller caller, AgentSettings settings, boolean requireProxyKey) {
    if (agents.nameTaken(caller.accountId(), settings.name())) {
      return new Result.NameTaken();
    }
    var creation =
        Agent.create(ids, caller.accountId(), settings, requireProxyKey, clock.instant());
    var agent = creation.agent();
    agents.add(agent);
    policyVersions.add(caller.accountId(), PolicyVersion.of(agent));
    events.append(
        AgentEvent.of(
            ids, agent, caller.userId(), AgentEvent.Kind.CREATED, Set.of(), agent.createdAt()));
    return new Result.Created(creation.agent(), creation.proxyKey());
  }
}
