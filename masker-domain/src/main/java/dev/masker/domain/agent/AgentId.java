package dev.masker.domain.agent;

import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.PrefixedId;

public record AgentId(String value) {
  public static final String PREFIX = "agt_";

  public AgentId {
    PrefixedId.require("agent_id", PREFIX, value);
  }

  public static AgentId next(IdGenerator ids) {
    return new AgentId(PREFIX + ids.newUlid());
  }

  /** Whether {@code text} is a well-formed agent id; anything else names no agent. */
  public static boolean isWellFormed(String text) {
    return PrefixedId.matches(PREFIX, text);
  }

  @Override
  public String toString() {
    return value;
  }
}
