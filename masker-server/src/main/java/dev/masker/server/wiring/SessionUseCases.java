package dev.masker.server.wiring;

import dev.masker.application.port.in.GetSessionUseCase;
import dev.masker.application.port.in.ListAgentSessionsUseCase;
import dev.masker.application.port.in.ListSessionEventsUseCase;
import dev.masker.application.port.in.ListSessionsUseCase;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.CallerIdHash;
import dev.masker.application.port.out.SessionRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.service.GetSessionService;
import dev.masker.application.service.ListAgentSessionsService;
import dev.masker.application.service.ListSessionEventsService;
import dev.masker.application.service.ListSessionsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Builds the use cases that read recorded sessions (SPEC §5) from their ports. */
@ApplicationScoped
public class SessionUseCases {

  @Produces
  @ApplicationScoped
  ListSessionsUseCase listSessions(
      SessionRepository sessions, CallerIdHash callerIds, TransactionRunner tx, Clock clock) {
    return new ListSessionsService(sessions, callerIds, tx, clock);
  }

  @Produces
  @ApplicationScoped
  ListAgentSessionsUseCase listAgentSessions(
      AgentRepository agents, ListSessionsUseCase sessions, TransactionRunner tx) {
    return new ListAgentSessionsService(agents, sessions, tx);
  }

  @Produces
  @ApplicationScoped
  GetSessionUseCase getSession(SessionRepository sessions, TransactionRunner tx) {
    return new GetSessionService(sessions, tx);
  }

  @Produces
  @ApplicationScoped
  ListSessionEventsUseCase listSessionEvents(SessionRepository sessions, TransactionRunner tx) {
    return new ListSessionEventsService(sessions, tx);
  }
}
