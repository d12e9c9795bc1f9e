package dev.masker.application.port.out;

import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.Secret;
import java.util.Optional;

/**
 * The secrets a voice platform signs its webhook calls with (SPEC §7): each agent's own, and the
 * server-wide {@code MASKER_VAPI_WEBHOOK_SECRET} when one is set. A webhook call is taken when it
 * is signed with either. An agent's secret is derived from a server key and its id, so it is never
 * stored (docs/adr/0050-vapi-webhook.md).
 */
public interface WebhookSecrets {
  /** The text prefix of every agent's secret. */
  String PREFIX = "whsec_";

  /** The agent's own secret: {@link #PREFIX} and letters. */
  Secret of(AgentId agent);

  /** {@code MASKER_VAPI_WEBHOOK_SECRET}, when the server has one. */
  Optional<Secret> serverWide();

  /** Whether webhook calls without any signature are taken ({@code MASKER_DEV=1} only). */
  boolean unsignedAccepted();
}
