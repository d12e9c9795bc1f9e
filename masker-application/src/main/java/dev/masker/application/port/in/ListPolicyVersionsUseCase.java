package dev.masker.application.port.in;

import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.domain.agent.PolicyVersion;
import java.util.Optional;

public interface ListPolicyVersionsUseCase {
  /** The name of this list in its cursors. */
  String LIST = "policy_versions";

  /**
   * The versions of the caller's agent's policy, newest first; empty when the id is malformed,
   * unknown or another account's.
   */
  Optional<Page<PolicyVersion>> list(Caller caller, String agentId, PageRequest page);
}
