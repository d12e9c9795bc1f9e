package dev.masker.server.wiring;

import dev.masker.application.port.in.AdmitRequestUseCase;
import dev.masker.application.port.in.ReceiveVapiMessageUseCase;
import dev.masker.application.port.out.CallerIdHash;
import dev.masker.application.port.out.TurnLog;
import dev.masker.application.port.out.WebhookSecrets;
import dev.masker.application.service.proxy.RecentAgents;
import dev.masker.application.service.vapi.ReceiveVapiMessageService;
import dev.masker.domain.common.IdGenerator;
import dev.masker.server.ServerSettings;
import dev.masker.server.security.DerivedWebhookSecrets;
import dev.masker.server.startup.ServerKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the Vapi webhook (SPEC §7) from its ports. */
@ApplicationScoped
public class VapiWebhook {

  /** Agents' secrets derived from the caller-id key; the key is read at first use. */
  @Produces
  @Singleton
  WebhookSecrets webhookSecrets(ServerKeys keys, ServerSettings settings) {
    return new DerivedWebhookSecrets(
        () -> keys.key(ServerKeys.EXTERNAL_ID_KEY), settings.vapiWebhookSecret(), settings.dev());
  }

  /** Marks go straight to the turn log: they have no stage to time. */
  @Produces
  @ApplicationScoped
  ReceiveVapiMessageUseCase receiveVapiMessage(
      RecentAgents agents,
      AdmitRequestUseCase budgets,
      WebhookSecrets secrets,
      CallerIdHash callerIds,
      TurnLog turns,
      IdGenerator ids,
      Clock clock) {
    return new ReceiveVapiMessageService(agents, budgets, secrets, callerIds, turns, ids, clock);
  }
}
