package dev.masker.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.DirectTransactionRunner;
import dev.masker.application.fake.FastPasswordHasher;
import dev.masker.application.fake.FixedKeyCatalog;
import dev.masker.application.fake.FixedUpstreamCatalog;
import dev.masker.application.fake.InMemoryAccountRepository;
import dev.masker.application.fake.InMemoryAgentRepository;
import dev.masker.application.fake.InMemoryPolicyVersions;
import dev.masker.application.fake.InMemorySessionCounts;
import dev.masker.application.fake.InMemoryUserRepository;
import dev.masker.application.fake.InMemoryWebSessionRepository;
import dev.masker.application.fake.MutableClock;
import dev.masker.application.fake.RecordingAgentCopies;
import dev.masker.application.fake.RecordingAgentEvents;
import dev.masker.application.fake.UnkeyedBucketNameHash;
import dev.masker.application.page.Cursor;
import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.AddUserUseCase;
import dev.masker.application.port.in.AuthenticateUseCase;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.CreateAgentUseCase;
import dev.masker.application.port.in.DeleteAgentUseCase;
import dev.masker.application.port.in.ListAgentsUseCase;
import dev.masker.application.port.in.OpenAccountUseCase;
import dev.masker.application.port.in.SignInUseCase;
import dev.masker.application.service.AddUserService;
import dev.masker.application.service.AuthenticateService;
import dev.masker.application.service.CreateAgentService;
import dev.masker.application.service.DeleteAgentService;
import dev.masker.application.service.GetAgentService;
import dev.masker.application.service.ListAgentsService;
import dev.masker.application.service.OpenAccountService;
import dev.masker.application.service.ShowProfileService;
import dev.masker.application.service.SignInService;
import dev.masker.application.service.SignOutService;
import dev.masker.application.service.ratelimit.ProcessBuckets;
import dev.masker.application.service.ratelimit.SignInLimits;
import dev.masker.domain.account.Plan;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.common.Secret;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A self-hosted clinic from its first start to its admin signing out, over the in-memory fakes. */
class AccountLifecycleScenarioTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-03T21:14:32.481Z"));
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemoryWebSessionRepository sessions = new InMemoryWebSessionRepository();
  private final InMemoryAgentRepository agents = new InMemoryAgentRepository();
  private final FastPasswordHasher hasher = new FastPasswordHasher();
  private final DirectTransactionRunner tx = new DirectTransactionRunner();
  private final MonotonicUlids ids = new MonotonicUlids();

  private final OpenAccountService openAccount =
      new OpenAccountService(accounts, users, hasher, tx, ids, clock);
  private final SignInService signIn =
      new SignInService(
          users,
          sessions,
          hasher,
          new SignInLimits(new ProcessBuckets(1_000, clock), new UnkeyedBucketNameHash()),
          tx,
          clock);
  private final AuthenticateService authenticate =
      new AuthenticateService(sessions, users, tx, clock);
  private final SignOutService signOut = new SignOutService(sessions, tx);
  private final ShowProfileService showProfile = new ShowProfileService(users, accounts, tx);
  private final AddUserService addUser = new AddUserService(users, hasher, tx, ids, clock);
  private final CreateAgentService createAgent =
      new CreateAgentService(
          agents,
          new InMemoryPolicyVersions(),
          new RecordingAgentEvents(),
          new FixedUpstreamCatalog(Set.of("stub", "openai")),
          new FixedKeyCatalog(Set.of("K_HEALTHCARE")),
          tx,
          ids,
          clock);
  private final ListAgentsService listAgents =
      new ListAgentsService(agents, new InMemorySessionCounts(), tx, clock);
  private final GetAgentService getAgent = new GetAgentService(agents, tx);
  private final DeleteAgentService deleteAgent =
      new DeleteAgentService(
          agents, new RecordingAgentEvents(), new RecordingAgentCopies(), tx, ids, clock);

  private Secret signIn(String email, String password) {
    var result = signIn.signIn(new SignInUseCase.Command(email, password, "192.0.2.10"));
    assertThat(result).isInstanceOf(SignInUseCase.Result.SignedIn.class);
    return ((SignInUseCase.Result.SignedIn) result).sessionSecret();
  }

  private Caller authenticate(Secret secret) {
    return authenticate
        .authenticate(secret)
        .map(AuthenticateUseCase.Authentication::caller)
        .orElseThrow();
  }

  private List<String> allAgentNames(Caller caller, int limit) {
    var names = new ArrayList<String>();
    Optional<String> cursor = Optional.empty();
    do {
      var after = cursor.map(c -> Cursor.decode(c, ListAgentsUseCase.LIST, null).after());
      var page = listAgents.list(caller, Optional.empty(), new PageRequest(limit, after));
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      page.items().forEach(item -> names.add(item.agent().name().value()));
      cursor = page.next().map(k -> Cursor.of(ListAgentsUseCase.LIST, null, k).encode());
    } while (cursor.isPresent());
    return names;
  }

  @Test
  void a_clinic_opens_configures_its_agents_shares_the_work_and_signs_out() {
    // The server starts for the first time with a bootstrap admin.
    var opened =
        openAccount.openFirst(
            new OpenAccountUseCase.Command(
                "Riverside Clinic",
                new Email("admin@riverside.example"),
                new Password("bootstrap-password-1"),
                Plan.BETA));
    assertThat(opened).isInstanceOf(OpenAccountUseCase.Result.Opened.class);
    assertThat(
            openAccount.openFirst(
                new OpenAccountUseCase.Command(
                    "Again",
                    new Email("other@riverside.example"),
                    new Password("bootstrap-password-1"),
                    Plan.BETA)))
        .isInstanceOf(OpenAccountUseCase.Result.NotFirst.class);

    // The admin signs in, and the session cookie recognises them.
    var adminSession = signIn("Admin@Riverside.example", "bootstrap-password-1");
    var admin = authenticate(adminSession);
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(showProfile.show(admin).account().name()).isEqualTo("Riverside Clinic");

    // The admin creates five agents, one of them behind a proxy key.
    var created = new ArrayList<Agent>();
    for (int i = 1; i <= 5; i++) {
      clock.advance(Duration.ofSeconds(1));
      var command =
          CreateAgentUseCase.Command.of(
              new AgentName("Line " + i), Upstream.parse("openai:gpt-4o-mini"));
      var result = createAgent.create(admin, i == 5 ? command.requiringProxyKey() : command);
      created.add(((CreateAgentUseCase.Result.Created) result).agent());
      assertThat(((CreateAgentUseCase.Result.Created) result).proxyKey().isPresent())
          .isEqualTo(i == 5);
    }

    // The list shows them newest first, two at a time.
    assertThat(allAgentNames(admin, 2))
        .containsExactly("Line 5", "Line 4", "Line 3", "Line 2", "Line 1");

    // The admin adds a member, who signs in with the generated password.
    var added =
        (AddUserUseCase.Result.Added)
            addUser.add(
                admin,
                new AddUserUseCase.Command(
                    new Email("nurse@riverside.example"), Role.MEMBER, Optional.empty()));
    var memberSession =
        signIn("nurse@riverside.example", added.generatedPassword().orElseThrow().value());
    var member = authenticate(memberSession);
    assertThat(member.role()).isEqualTo(Role.MEMBER);
    assertThat(member.accountId()).isEqualTo(admin.accountId());
    assertThat(allAgentNames(member, 25)).hasSize(5);

    // The member may not delete an agent; the admin may.
    var doomed = created.get(0).id().value();
    assertThat(deleteAgent.delete(member, doomed))
        .isInstanceOf(DeleteAgentUseCase.Result.Forbidden.class);
    assertThat(getAgent.get(member, doomed)).isPresent();
    assertThat(deleteAgent.delete(admin, doomed))
        .isInstanceOf(DeleteAgentUseCase.Result.Deleted.class);
    assertThat(getAgent.get(member, doomed)).isEmpty();
    assertThat(allAgentNames(admin, 2)).containsExactly("Line 5", "Line 4", "Line 3", "Line 2");

    // The admin signs out: their cookie no longer works, the member's still does.
    clock.advance(Duration.ofMinutes(5));
    signOut.signOut(adminSession);
    assertThat(authenticate.authenticate(adminSession)).isEmpty();
    assertThat(authenticate.authenticate(memberSession)).isPresent();
  }
}
