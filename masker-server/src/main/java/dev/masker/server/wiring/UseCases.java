package dev.masker.server.wiring;

import dev.masker.application.port.in.AddUserUseCase;
import dev.masker.application.port.in.AdmitRequestUseCase;
import dev.masker.application.port.in.ApplyRetentionUseCase;
import dev.masker.application.port.in.AuthenticateTokenUseCase;
import dev.masker.application.port.in.AuthenticateUseCase;
import dev.masker.application.port.in.CreateAgentUseCase;
import dev.masker.application.port.in.CreateApiTokenUseCase;
import dev.masker.application.port.in.DeleteAgentUseCase;
import dev.masker.application.port.in.GetAgentStatsUseCase;
import dev.masker.application.port.in.GetAgentUseCase;
import dev.masker.application.port.in.GetPolicyVersionUseCase;
import dev.masker.application.port.in.ListAgentsUseCase;
import dev.masker.application.port.in.ListApiTokensUseCase;
import dev.masker.application.port.in.ListPolicyVersionsUseCase;
import dev.masker.application.port.in.OpenAccountUseCase;
import dev.masker.application.port.in.ProxyChatUseCase;
import dev.masker.application.port.in.ReadSessionPayloadsUseCase;
import dev.masker.application.port.in.ResetAdminPasswordUseCase;
import dev.masker.application.port.in.RevokeApiTokenUseCase;
import dev.masker.application.port.in.ShowProfileUseCase;
import dev.masker.application.port.in.SignInUseCase;
import dev.masker.application.port.in.SignOutUseCase;
import dev.masker.application.port.in.UpdateAgentUseCase;
import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.AgentEventLog;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.ApiTokenRepository;
import dev.masker.application.port.out.CallerIdHash;
import dev.masker.application.port.out.EntityRecognizers;
import dev.masker.application.port.out.KeyCatalog;
import dev.masker.application.port.out.PasswordHasher;
import dev.masker.application.port.out.PayloadRepository;
import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.application.port.out.RetentionStore;
import dev.masker.application.port.out.SessionCounts;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.TurnLog;
import dev.masker.application.port.out.TurnStatistics;
import dev.masker.application.port.out.UpstreamCatalog;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UserRepository;
import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.application.service.AddUserService;
import dev.masker.application.service.AuthenticateService;
import dev.masker.application.service.AuthenticateTokenService;
import dev.masker.application.service.CreateAgentService;
import dev.masker.application.service.CreateApiTokenService;
import dev.masker.application.service.DeleteAgentService;
import dev.masker.application.service.GetAgentService;
import dev.masker.application.service.GetAgentStatsService;
import dev.masker.application.service.GetPolicyVersionService;
import dev.masker.application.service.ListAgentsService;
import dev.masker.application.service.ListApiTokensService;
import dev.masker.application.service.ListPolicyVersionsService;
import dev.masker.application.service.OpenAccountService;
import dev.masker.application.service.ReadSessionPayloadsService;
import dev.masker.application.service.ResetAdminPasswordService;
import dev.masker.application.service.RevokeApiTokenService;
import dev.masker.application.service.ShowProfileService;
import dev.masker.application.service.SignInService;
import dev.masker.application.service.SignOutService;
import dev.masker.application.service.UpdateAgentService;
import dev.masker.application.service.proxy.AgentMaskers;
import dev.masker.application.service.proxy.DetectedTexts;
import dev.masker.application.service.proxy.MaskedHistory;
import dev.masker.application.service.proxy.ProxyChatService;
import dev.masker.application.service.proxy.RecentAgents;
import dev.masker.application.service.ratelimit.SignInLimits;
import dev.masker.application.service.retention.ApplyRetentionService;
import dev.masker.application.service.retention.RetentionLimits;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.masking.vault.TokenVault;
import dev.masker.server.ServerSettings;
import dev.masker.server.metrics.TurnMetrics;
import dev.masker.server.retention.RetentionSettings;
import dev.masker.server.security.BcryptPasswordHasher;
import dev.masker.server.security.HmacCallerIdHash;
import dev.masker.server.startup.ServerKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Builds the framework-free use cases from their ports: the only place they meet CDI. */
@ApplicationScoped
public class UseCases {

  /** Milliseconds are what the API shows and what cursors hold, so time is kept at that grain. */
  @Produces
  @Singleton
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
  }

  @Produces
  @Singleton
  IdGenerator ids() {
    return new MonotonicUlids();
  }

  /**
   * bcrypt, at most {@code masker.sign-in.max-concurrent-hashes} computations at once (default half
   * the processors, at least one), a comparison waiting at most {@code masker.sign-in.hash-wait}.
   */
  @Produces
  @Singleton
  BcryptPasswordHasher passwordHasher(ServerSettings settings) {
    var signIn = settings.signIn();
    return new BcryptPasswordHasher(
        settings.bcryptCost(),
        signIn
            .maxConcurrentHashes()
            .filter(n -> n > 0)
            .orElseGet(BcryptPasswordHasher::defaultConcurrency),
        signIn.hashWait());
  }

  /** Caller-supplied ids as keyed hashes; the key is read at first use, once ServerKeys has it. */
  @Produces
  @Singleton
  CallerIdHash callerIdHash(ServerKeys keys) {
    return new HmacCallerIdHash(() -> keys.key(ServerKeys.EXTERNAL_ID_KEY));
  }

  @Produces
  @ApplicationScoped
  SignInUseCase signIn(
      UserRepository users,
      WebSessionRepository sessions,
      PasswordHasher hasher,
      SignInLimits throttle,
      TransactionRunner tx,
      Clock clock) {
    return new SignInService(users, sessions, hasher, throttle, tx, clock);
  }

  @Produces
  @ApplicationScoped
  SignOutUseCase signOut(WebSessionRepository sessions, TransactionRunner tx) {
    return new SignOutService(sessions, tx);
  }

  @Produces
  @ApplicationScoped
  AuthenticateUseCase authenticate(
      WebSessionRepository sessions, UserRepository users, TransactionRunner tx, Clock clock) {
    return new AuthenticateService(sessions, users, tx, clock);
  }

  @Produces
  @ApplicationScoped
  AuthenticateTokenUseCase authenticateToken(
      ApiTokenRepository tokens, UserRepository users, TransactionRunner tx, Clock clock) {
    return new AuthenticateTokenService(tokens, users, tx, clock);
  }

  @Produces
  @ApplicationScoped
  CreateApiTokenUseCase createApiToken(
      ApiTokenRepository tokens, TransactionRunner tx, IdGenerator ids, Clock clock) {
    return new CreateApiTokenService(tokens, tx, ids, clock);
  }

  @Produces
  @ApplicationScoped
  ListApiTokensUseCase listApiTokens(ApiTokenRepository tokens, TransactionRunner tx) {
    return new ListApiTokensService(tokens, tx);
  }

  @Produces
  @ApplicationScoped
  RevokeApiTokenUseCase revokeApiToken(ApiTokenRepository tokens, TransactionRunner tx) {
    return new RevokeApiTokenService(tokens, tx);
  }

  @Produces
  @ApplicationScoped
  ShowProfileUseCase showProfile(
      UserRepository users, AccountRepository accounts, TransactionRunner tx) {
    return new ShowProfileService(users, accounts, tx);
  }

  @Produces
  @ApplicationScoped
  OpenAccountUseCase openAccount(
      AccountRepository accounts,
      UserRepository users,
      PasswordHasher hasher,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    return new OpenAccountService(accounts, users, hasher, tx, ids, clock);
  }

  @Produces
  @ApplicationScoped
  AddUserUseCase addUser(
      UserRepository users,
      PasswordHasher hasher,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    return new AddUserService(users, hasher, tx, ids, clock);
  }

  @Produces
  @ApplicationScoped
  CreateAgentUseCase createAgent(
      AgentRepository agents,
      PolicyVersionRepository policyVersions,
      AgentEventLog events,
      UpstreamCatalog upstreams,
      KeyCatalog keys,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    return new CreateAgentService(agents, policyVersions, events, upstreams, keys, tx, ids, clock);
  }

  /** Tells this process's proxy ({@link RecentAgents}) of each change at once. */
  @Produces
  @ApplicationScoped
  UpdateAgentUseCase updateAgent(
      AgentRepository agents,
      PolicyVersionRepository policyVersions,
      AgentEventLog events,
      RecentAgents copies,
      UpstreamCatalog upstreams,
      KeyCatalog keys,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    return new UpdateAgentService(
        agents, policyVersions, events, copies, upstreams, keys, tx, ids, clock);
  }

  @Produces
  @ApplicationScoped
  GetAgentStatsUseCase agentStats(
      SessionCounts sessions, TurnStatistics turns, TransactionRunner tx, Clock clock) {
    return new GetAgentStatsService(sessions, turns, tx, clock);
  }

  @Produces
  @ApplicationScoped
  ListPolicyVersionsUseCase listPolicyVersions(
      AgentRepository agents, PolicyVersionRepository versions, TransactionRunner tx) {
    return new ListPolicyVersionsService(agents, versions, tx);
  }

  @Produces
  @ApplicationScoped
  GetPolicyVersionUseCase getPolicyVersion(
      AgentRepository agents, PolicyVersionRepository versions, TransactionRunner tx) {
    return new GetPolicyVersionService(agents, versions, tx);
  }

  @Produces
  @ApplicationScoped
  ListAgentsUseCase listAgents(
      AgentRepository agents, SessionCounts sessions, TransactionRunner tx, Clock clock) {
    return new ListAgentsService(agents, sessions, tx, clock);
  }

  @Produces
  @ApplicationScoped
  ResetAdminPasswordUseCase resetAdminPassword(
      UserRepository users,
      WebSessionRepository sessions,
      PasswordHasher hasher,
      TransactionRunner tx) {
    return new ResetAdminPasswordService(users, sessions, hasher, tx);
  }

  @Produces
  @ApplicationScoped
  GetAgentUseCase getAgent(AgentRepository agents, TransactionRunner tx) {
    return new GetAgentService(agents, tx);
  }

  @Produces
  @ApplicationScoped
  DeleteAgentUseCase deleteAgent(
      AgentRepository agents,
      AgentEventLog events,
      RecentAgents copies,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    return new DeleteAgentService(agents, events, copies, tx, ids, clock);
  }

  @Produces
  @Singleton
  MaskedHistory maskedHistory(ServerSettings settings) {
    return new MaskedHistory(settings.maskedHistoryCapacity());
  }

  /** As many texts as the masked history holds strings: the same strings, once per agent. */
  @Produces
  @Singleton
  DetectedTexts detectedTexts(ServerSettings settings) {
    return new DetectedTexts(settings.maskedHistoryCapacity());
  }

  @Produces
  @Singleton
  RecentAgents recentAgents(AgentRepository agents, TransactionRunner tx, ServerSettings settings) {
    return new RecentAgents(
        agents, tx, Duration.ofMillis(settings.proxy().agentCacheMs()), System::nanoTime);
  }

  @Produces
  @Singleton
  AgentMaskers agentMaskers(KeyCatalog keys, TokenVault vault, EntityRecognizers recognizers) {
    return new AgentMaskers(keys, vault, recognizers.recognizer());
  }

  /**
   * The proxy's turn metrics, as a bean of its own type only (not a second {@link TurnLog}), so
   * that its meters go when the application stops ({@link #closeTurnMetrics}).
   */
  @Produces
  @Singleton
  @Typed(TurnMetrics.class)
  TurnMetrics turnMetrics(TurnLog store, MeterRegistry registry) {
    return new TurnMetrics(store, registry);
  }

  void closeTurnMetrics(@Disposes TurnMetrics metrics) {
    metrics.close();
  }

  @Produces
  @ApplicationScoped
  ProxyChatUseCase proxyChat(
      RecentAgents agents,
      AdmitRequestUseCase budgets,
      AgentMaskers maskers,
      MaskedHistory history,
      DetectedTexts detectedTexts,
      UpstreamLlm upstream,
      TurnMetrics turnMetrics,
      CallerIdHash callerIds,
      IdGenerator ids,
      Clock clock,
      ServerSettings settings) {
    return new ProxyChatService(
        agents,
        budgets,
        maskers,
        history,
        detectedTexts,
        upstream,
        turnMetrics,
        callerIds,
        ids,
        clock,
        Duration.ofMillis(settings.upstreamTimeoutMs()));
  }

  /** Built at start, so that a day count out of range stops the server there. */
  @Produces
  @Singleton
  @Startup
  ApplyRetentionUseCase applyRetention(
      RetentionStore store, RetentionSettings settings, Clock clock) {
    return new ApplyRetentionService(
        store,
        new RetentionLimits(
            settings.sessionMetadataRetentionDays(),
            settings.payloadRetentionDays(),
            settings.retention().batchSize()),
        clock);
  }

  @Produces
  @ApplicationScoped
  ReadSessionPayloadsUseCase readSessionPayloads(
      PayloadRepository payloads, KeyCatalog keys, TransactionRunner tx) {
    return new ReadSessionPayloadsService(payloads, keys, tx);
  }
}
