package dev.masker.application.service;

import dev.masker.application.page.Keyset;
import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ListPolicyVersionsUseCase;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.PolicyVersion;
import dev.masker.domain.common.InvalidValue;
import java.util.Optional;

/**
 * The versions of an agent's policy, newest first. A page's keyset is the version's time and its
 * number (versions only grow), so rows added between fetches never shift a page.
 */
public final class ListPolicyVersionsService implements ListPolicyVersionsUseCase {
  private final AgentRepository agents;
  private final PolicyVersionRepository versions;
  private final TransactionRunner tx;

  public ListPolicyVersionsService(
      AgentRepository agents, PolicyVersionRepository versions, TransactionRunner tx) {
    this.agents = agents;
    this.versions = versions;
    this.tx = tx;
  }

  @Override
  public Optional<Page<PolicyVersion>> list(Caller caller, String agentId, PageRequest page) {
    if (!AgentId.isWellFormed(agentId)) {
      return Optional.empty();
    }
    var id = new AgentId(agentId);
    var below = page.after().map(ListPolicyVersionsService::versionOf);
    return tx.inTransaction(
        () -> {
          if (agents.find(caller.accountId(), id).isEmpty()) {
            return Optional.empty();
          }
          var rows = versions.list(caller.accountId(), id, below, page.limit() + 1);
          return Optional.of(Page.cut(rows, page.limit(), ListPolicyVersionsService::keysetOf));
        });
  }

  /** Where a page after {@code version} starts. */
  static Keyset keysetOf(PolicyVersion version) {
    return new Keyset(version.createdAt(), Integer.toString(version.version()));
  }

  private static int versionOf(Keyset keyset) {
    try {
      int version = Integer.parseInt(keyset.id());
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidValue("cursor", "is not a cursor of this list");
  }
}
