package dev.masker.domain.agent;

/**
 * A setting of an agent that a change can touch, by the name an {@code agent_updated} event gives
 * it. Events name the fields that changed, never their values: a name, a policy or a template may
 * hold what an account typed, and that is kept out of the audit trail.
 */
public enum AgentField {
  NAME("name"),
  UPSTREAM("upstream"),
  TOKENIZATION("tokenization"),
  POLICY("policy"),
  VAPI_ASSISTANT("vapi_assistant"),
  REQUIRE_PROXY_KEY("require_proxy_key");

  private final String wireName;

  AgentField(String wireName) {
    this.wireName = wireName;
  }

  /** The field's name in the API and in events. */
  public String wireName() {
    return wireName;
  }
}
