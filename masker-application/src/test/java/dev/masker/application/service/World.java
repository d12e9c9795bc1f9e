package dev.masker.application.service;

import dev.masker.application.fake.DirectTransactionRunner;
import dev.masker.application.fake.FastPasswordHasher;
import dev.masker.application.fake.FixedKeyCatalog;
import dev.masker.application.fake.FixedUpstreamCatalog;
import dev.masker.application.fake.InMemoryAccountRepository;
import dev.masker.application.fake.InMemoryAgentRepository;
import dev.masker.application.fake.InMemoryApiTokenRepository;
import dev.masker.application.fake.InMemoryOAuthStateRepository;
import dev.masker.application.fake.InMemoryPolicyVersions;
import dev.masker.application.fake.InMemorySessionCounts;
import dev.masker.application.fake.InMemoryTurnStatistics;
import dev.masker.application.fake.InMemoryUserRepository;
import dev.masker.application.fake.InMemoryWebSessionRepository;
import dev.masker.application.fake.MutableClock;
import dev.masker.application.fake.RecordingAgentCopies;
import dev.masker.application.fake.RecordingAgentEvents;
import dev.masker.application.fake.ScriptedGithubProvider;
import dev.masker.application.fake.UnkeyedBucketNameHash;
import dev.masker.application.port.in.AddUserUseCase;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.CreateAgentUseCase;
import dev.masker.application.port.in.OpenAccountUseCase;
import dev.masker.application.service.ratelimit.ProcessBuckets;
import dev.masker.application.service.ratelimit.SignInLimits;
import dev.masker.domain.account.Plan;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** One Masker over in-memory fakes, new for every test: tests share nothing. */
final class World {
  static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");
  static final String PASSWORD = "correct-horse-battery";

  final MutableClock clock = new MutableClock(T0);
  final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  final InMemoryUserRepository users = new InMemoryUserRepository();
  final InMemoryWebSessionRepository sessions = new InMemoryWebSessionRepository();
  final InMemoryAgentRepository agents = new InMemoryAgentRepository();
  final InMemoryApiTokenRepository apiTokens = new InMemoryApiTokenRepository();
  final InMemorySessionCounts sessionCounts = new InMemorySessionCounts();
  final InMemoryTurnStatistics turnStatistics = new InMemoryTurnStatistics();
  final InMemoryPolicyVersions policyVersions = new InMemoryPolicyVersions();
  final RecordingAgentEvents agentEvents = new RecordingAgentEvents();
  final RecordingAgentCopies agentCopies = new RecordingAgentCopies();
  final FixedKeyCatalog keys = new FixedKeyCatalog(Set.of("K_HEALTHCARE", "K_CLINIC"));
  final FastPasswordHasher hasher = new FastPasswordHasher();
  final DirectTransactionRunner tx = new DirectTransactionRunner();
  final MonotonicUlids ids = new MonotonicUlids();
  final FixedUpstreamCatalog upstreams = new FixedUpstreamCatalog(Set.of("stub", "openai"));
  final SignInLimits throttle =
      new SignInLimits(new ProcessBuckets(1_000, clock), new UnkeyedBucketNameHash());
  final InMemoryOAuthStateRepository oauthStates = new InMemoryOAuthStateRepository();
  final ScriptedGithubProvider github = new ScriptedGithubProvider();

  /** The client address sign-ins come from, unless a test says otherwise. */
  static final String ADDRESS = "192.0.2.10";

  OpenAccountService openAccount() {
    return new OpenAccountService(accounts, users, hasher, tx, ids, clock);
  }

  SignInService signIn() {
    return new SignInService(users, sessions, hasher, throttle, tx, clock);
  }

  StartGithubSignInService startGithubSignIn() {
    return new StartGithubSignInService(github, oauthStates, tx, clock);
  }

  FinishGithubSignInService finishGithubSignIn() {
    return new FinishGithubSignInService(
        github, oauthStates, users, accounts, sessions, tx, ids, clock);
  }

  AuthenticateService authenticate() {
    return new AuthenticateService(sessions, users, tx, clock);
  }

  SignOutService signOut() {
    return new SignOutService(sessions, tx);
  }

  ShowProfileService showProfile() {
    return new ShowProfileService(users, accounts, tx);
  }

  AddUserService addUser() {
    return new AddUserService(users, hasher, tx, ids, clock);
  }

  CreateAgentService createAgent() {
    return new CreateAgentService(
        agents, policyVersions, agentEvents, upstreams, keys, tx, ids, clock);
  }

  UpdateAgentService updateAgent() {
    return new UpdateAgentService(
        agents, policyVersions, agentEvents, agentCopies, upstreams, keys, tx, ids, clock);
  }

  GetAgentStatsService agentStats() {
    return new GetAgentStatsService(sessionCounts, turnStatistics, tx, clock);
  }

  ListPolicyVersionsService listPolicyVersions() {
    return new ListPolicyVersionsService(agents, policyVersions, tx);
  }

  GetPolicyVersionService getPolicyVersion() {
    return new GetPolicyVersionService(agents, policyVersions, tx);
  }

  ListAgentsService listAgents() {
    return new ListAgentsService(agents, sessionCounts, tx, clock);
  }

  GetAgentService getAgent() {
    return new GetAgentService(agents, tx);
  }

  DeleteAgentService deleteAgent() {
    return new DeleteAgentService(agents, agentEvents, agentCopies, tx, ids, clock);
  }

  CreateApiTokenService createApiToken() {
    return new CreateApiTokenService(apiTokens, tx, ids, clock);
  }

  ListApiTokensService listApiTokens() {
    return new ListApiTokensService(apiTokens, tx);
  }

  RevokeApiTokenService revokeApiToken() {
    return new RevokeApiTokenService(apiTokens, tx);
  }

  AuthenticateTokenService authenticateToken() {
    return new AuthenticateTokenService(apiTokens, users, tx, clock);
  }

  /** Opens an account whose admin signs in with {@code email} and {@link #PASSWORD}. */
  Caller openAccountFor(String email) {
    var result =
        openAccount()
            .open(
                new OpenAccountUseCase.Command(
                    "Riverside Clinic", new Email(email), new Password(PASSWORD), Plan.BETA));
    return callerOf(((OpenAccountUseCase.Result.Opened) result).admin());
  }

  Caller addMember(Caller admin, String email) {
    var result =
        addUser()
            .add(
                admin,
                new AddUserUseCase.Command(
                    new Email(email), Role.MEMBER, Optional.of(new Password(PASSWORD))));
    return callerOf(((AddUserUseCase.Result.Added) result).user());
  }

  static Caller callerOf(User user) {
    return new Caller(user.id(), user.accountId(), user.role());
  }

  static CreateAgentUseCase.Command agentNamed(String name) {
    return CreateAgentUseCase.Command.of(new AgentName(name), Upstream.parse("openai:gpt-4o-mini"));
  }

  Agent createAgent(Caller caller, String name) {
    var result = createAgent().create(caller, agentNamed(name));
    return ((CreateAgentUseCase.Result.Created) result).agent();
  }
}
