package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.UpdateAgentUseCase;
import dev.masker.application.port.out.AgentCopies;
import dev.masker.application.port.out.AgentEventLog;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.KeyCatalog;
import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UpstreamCatalog;
import dev.masker.application.service.proxy.AgentMaskers;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentEvent;
import dev.masker.domain.agent.AgentField;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.AgentSettings;
import dev.masker.domain.agent.PolicyVersion;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.masking.policy.BuiltInPolicies;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.masking.policy.PolicyProblem;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.policy.Tokenization;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes an agent's settings. A policy change gives the agent the next {@code policy_version} and
 * keeps the version it had; every change is an {@code agent_updated} event naming the fields that
 * changed; the proxy of this process serves the change from its next turn.
 *
 * <p>Two changes are refused, because calls in progress would lose the way back to their values:
 * leaving {@code synthetic} tokenization (its surrogates are only put back while the agent is
 * synthetic) and a policy of another key id (earlier tokens are sealed under the old kid's key).
 */
public final class UpdateAgentService implements UpdateAgentUseCase {
  private final AgentRepository agents;
  private final PolicyVersionRepository policyVersions;
  private final AgentEventLog events;
  private final AgentCopies copies;
  private final UpstreamCatalog upstreams;
  private final KeyCatalog keys;
  private final TransactionRunner tx;
  private final IdGenerator ids;
  private final Clock clock;

  public UpdateAgentService(
      AgentRepository agents,
      PolicyVersionRepository policyVersions,
      AgentEventLog events,
      AgentCopies copies,
      UpstreamCatalog upstreams,
      KeyCatalog keys,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    this.agents = agents;
    this.policyVersions = policyVersions;
    this.events = events;
    this.copies = copies;
    this.upstreams = upstreams;
    this.keys = keys;
    this.tx = tx;
    this.ids = ids;
    this.clock = clock;
  }

  /** The policy a request asks for, checked: built in (no YAML) or the agent's own. */
  private record Chosen(Policy policy, boolean custom) {}

  @Override
  public Result update(Caller caller, String agentId, Command command) {
    if (!caller.may("agents:write")) {
      return new Result.Forbidden();
    }
    if (!AgentId.isWellFormed(agentId)) {
      return new Result.NotFound();
    }
    if (command.upstream().isPresent() && !upstreams.offers(command.upstream().get())) {
      return new Result.UnknownUpstream(command.upstream().get().provider());
    }
    Optional<Chosen> chosen = Optional.empty();
    if (command.policyYaml().isPresent()) {
      var parsed = PolicyParser.parse(command.policyYaml().get());
      if (parsed instanceof PolicyParser.Invalid invalid) {
        return new Result.PolicyYamlInvalid(invalid.problems());
      }
      var custom = ((PolicyParser.Parsed) parsed).policy();
      if (!keys.hasKey(custom.kid())) {
        return new Result.PolicyYamlInvalid(
            List.of(
                new PolicyProblem(
                    "kid",
                    CreateAgentService.lineOf("kid", custom.yaml()),
                    "has no key on this server (set MASKER_KEY_<KID>)")));
      }
      chosen = Optional.of(new Chosen(custom, true));
    } else if (command.policyName().isPresent()) {
      var name = command.policyName().get();
      var builtIn = BuiltInPolicies.named(name);
      if (builtIn.isEmpty()) {
        return new Result.UnknownPolicy(name);
      }
      chosen = Optional.of(new Chosen(builtIn.get(), false));
    }
    var id = new AgentId(agentId);
    var policy = chosen;
    try {
      var result = tx.inTransaction(() -> change(caller, id, command, policy));
      if (result instanceof Result.Updated updated && !updated.changed().isEmpty()) {
        copies.forget(id);
      }
      return result;
    } catch (AgentRepository.NameAlreadyUsed raced) {
      // Another request took the name between the check and the update.
      return new Result.NameTaken();
    }
  }

  private Result change(Caller caller, AgentId id, Command command, Optional<Chosen> policy) {
    var found = agents.find(caller.accountId(), id);
    if (found.isEmpty()) {
      return new Result.NotFound();
    }
    var agent = found.get();
    var settings = agent.settings();
    var changed = EnumSet.noneOf(AgentField.class);
    if (command.name().isPresent() && !command.name().get().equals(agent.name())) {
      var name = command.name().get();
      if (!name.folded().equals(agent.name().folded())
          && agents.nameTaken(caller.accountId(), name)) {
        return new Result.NameTaken();
      }
      settings = withName(settings, name);
      changed.add(AgentField.NAME);
    }
    if (command.upstream().isPresent() && !command.upstream().get().equals(agent.upstream())) {
      settings = withUpstream(settings, command.upstream().get());
      changed.add(AgentField.UPSTREAM);
    }
    if (command.tokenization().isPresent()
        && command.tokenization().get() != agent.tokenization()) {
      if (agent.tokenization() == Tokenization.SYNTHETIC) {
        return new Result.Refused(
            "tokenization",
            "cannot change from synthetic: the surrogates of calls in progress are put back only"
                + " while the agent is synthetic; create a new agent instead");
      }
      settings = settings.withTokenization(command.tokenization().get());
      changed.add(AgentField.TOKENIZATION);
    }
    if (policy.isPresent() && isNew(policy.get(), agent)) {
      var current = AgentMaskers.policyOf(agent);
      var next = policy.get().policy();
      if (!next.kid().equals(current.kid())) {
        return new Result.Refused(
            policy.get().custom() ? "policy_yaml" : "policy_name",
            "must keep the key id "
                + current.kid()
                + " of the agent's policy: the tokens of calls in progress are sealed under it;"
                + " create a new agent for another key");
      }
      int version = agent.policy().version() + 1;
      if (policy.get().custom()) {
        version = Math.max(version, next.version());
        settings = settings.withCustomPolicy(new PolicyRef(next.name(), version), next.yaml());
      } else {
        settings = settings.withPolicy(new PolicyRef(next.name(), version));
      }
      changed.add(AgentField.POLICY);
    }
    if (command.vapiAssistant().isPresent()
        && !command.vapiAssistant().equals(agent.vapiAssistant())) {
      settings = settings.withVapiAssistant(command.vapiAssistant().get());
      changed.add(AgentField.VAPI_ASSISTANT);
    }
    if (command.clearVapiAssistant() && agent.vapiAssistant().isPresent()) {
      settings = settings.withVapiAssistant(null);
      changed.add(AgentField.VAPI_ASSISTANT);
    }
    boolean requireKey = command.requireProxyKey().orElse(agent.requiresProxyKey());
    if (requireKey != agent.requiresProxyKey()) {
      changed.add(AgentField.REQUIRE_PROXY_KEY);
    }
    if (changed.isEmpty()) {
      return new Result.Updated(agent, Optional.empty(), changed);
    }
    var now = clock.instant();
    var revision = agent.revise(settings, requireKey, now);
    var revised = revision.agent();
    agents.update(revised);
    if (changed.contains(AgentField.POLICY)) {
      policyVersions.add(caller.accountId(), PolicyVersion.of(revised));
    }
    events.append(
        AgentEvent.of(ids, revised, caller.userId(), AgentEvent.Kind.UPDATED, changed, now));
    return new Result.Updated(revised, revision.proxyKey(), changed);
  }

  /** Whether applying {@code chosen} would change the agent's policy at all. */
  private static boolean isNew(Chosen chosen, Agent agent) {
    if (chosen.custom()) {
      return !agent.policyYaml().equals(Optional.of(chosen.policy().yaml()));
    }
    return agent.policyYaml().isPresent()
        || !Objects.equals(agent.policy().name(), chosen.policy().name());
  }

  private static AgentSettings withName(AgentSettings s, AgentName name) {
    return new AgentSettings(
        name, s.upstream(), s.tokenization(), s.policy(), s.policyYaml(), s.vapiAssistant());
  }

  private static AgentSettings withUpstream(AgentSettings s, Upstream upstream) {
    return new AgentSettings(
        s.name(), upstream, s.tokenization(), s.policy(), s.policyYaml(), s.vapiAssistant());
  }
}
