package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.CreateApiTokenUseCase;
import dev.masker.application.port.in.CreateApiTokenUseCase.Command;
import dev.masker.application.port.in.ListApiTokensUseCase;
import dev.masker.application.port.in.RevokeApiTokenUseCase;
import dev.masker.domain.auth.ApiToken;
import dev.masker.domain.auth.ApiTokenId;
import dev.masker.domain.auth.ApiTokenName;
import dev.masker.domain.auth.Scope;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.Secret;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Creating, listing, revoking and using API tokens, as their users would. */
class ApiTokenServicesTest {
  private final World world = new World();
  private final Caller admin = world.openAccountFor("alice@clinic.example");
  private final Caller member = world.addMember(admin, "bob@clinic.example");

  private CreateApiTokenUseCase.Result.Created create(Caller owner, Scope... scopes) {
    return create(owner, Optional.empty(), scopes);
  }

  private CreateApiTokenUseCase.Result.Created create(
      Caller owner, Optional<java.time.Instant> expiresAt, Scope... scopes) {
    var command = new Command(new ApiTokenName("CI"), Set.of(scopes), expiresAt);
    return (CreateApiTokenUseCase.Result.Created) world.createApiToken().create(owner, command);
  }

  private List<ApiTokenId> listed(Caller caller) {
    var page =
        ((ListApiTokensUseCase.Result.Listed)
                world.listApiTokens().list(caller, PageRequest.first(100)))
            .page();
    return page.items().stream().map(ApiToken::id).toList();
  }

  private Optional<Caller> use(Secret secret) {
    return world.authenticateToken().authenticate(secret);
  }

  @Test
  void a_created_token_acts_as_its_user_limited_to_its_scopes() {
    var created = create(member, Scope.AGENTS_READ, Scope.SESSIONS_READ);

    var caller = use(created.secret()).orElseThrow();

    assertThat(created.secret().value()).startsWith("mk_").hasSize(46);
    assertThat(created.token().snapshot().secretDigest()).isEqualTo(created.secret().digest());
    assertThat(caller.userId()).isEqualTo(member.userId());
    assertThat(caller.accountId()).isEqualTo(member.accountId());
    assertThat(caller.isToken()).isTrue();
    assertThat(caller.permissions()).containsExactly("agents:read", "sessions:read");
    assertThat(caller.may("agents:write")).isFalse();
  }

  @Test
  void an_admins_write_token_may_delete_agents_and_a_members_may_not() {
    var adminToken = use(create(admin, Scope.AGENTS_WRITE).secret()).orElseThrow();
    var memberToken = use(create(member, Scope.AGENTS_WRITE).secret()).orElseThrow();

    assertThat(adminToken.permissions()).containsExactly("agents:write", "agents:delete");
    assertThat(memberToken.permissions()).containsExactly("agents:write");
    assertThat(adminToken.may("tokens:manage")).isFalse();
    assertThat(adminToken.may("users:manage")).isFalse();
  }

  @Test
  void an_unknown_or_malformed_secret_is_no_caller() {
    create(admin, Scope.AGENTS_READ);

    assertThat(use(Secret.generate("mk_"))).isEmpty();
    assertThat(use(new Secret("mk_"))).isEmpty();
    assertThat(use(new Secret("xx_" + "a".repeat(43)))).isEmpty();
  }

  @Test
  void a_revoked_token_stops_working_at_once() {
    var created = create(admin, Scope.AGENTS_READ);

    var revoked = world.revokeApiToken().revoke(admin, created.token().id().value());

    assertThat(revoked).isInstanceOf(RevokeApiTokenUseCase.Result.Revoked.class);
    assertThat(use(created.secret())).isEmpty();
    assertThat(world.revokeApiToken().revoke(admin, created.token().id().value()))
        .isInstanceOf(RevokeApiTokenUseCase.Result.NotFound.class);
  }

  @Test
  void a_token_stops_working_when_it_expires() {
    var created = create(admin, Optional.of(World.T0.plus(Duration.ofHours(1))), Scope.AGENTS_READ);

    assertThat(use(created.secret())).isPresent();
    world.clock.advance(Duration.ofHours(1));
    assertThat(use(created.secret())).isEmpty();
  }

  @Test
  void an_expiry_that_is_not_in_the_future_is_refused() {
    assertThatThrownBy(() -> create(admin, Optional.of(World.T0), Scope.AGENTS_READ))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("expires_at");
  }

  @Test
  void a_command_without_scopes_is_refused() {
    assertThatThrownBy(() -> new Command(new ApiTokenName("CI"), Set.of(), Optional.empty()))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("scopes");
  }

  @Test
  void a_token_whose_user_is_removed_stops_working() {
    var created = create(member, Scope.AGENTS_READ);

    world.users.remove(member.userId());

    assertThat(use(created.secret())).isEmpty();
  }

  @Test
  void the_last_use_is_written_at_most_once_a_minute() {
    var created = create(admin, Scope.AGENTS_READ);

    use(created.secret());
    world.clock.advance(Duration.ofSeconds(30));
    use(created.secret());
    use(created.secret());
    assertThat(world.apiTokens.usesRecorded()).isEqualTo(1);

    world.clock.advance(Duration.ofSeconds(31));
    use(created.secret());
    assertThat(world.apiTokens.usesRecorded()).isEqualTo(2);
    var stored =
        world.apiTokens.find(admin.accountId(), created.token().id()).orElseThrow().lastUsedAt();
    assertThat(stored).contains(World.T0.plusSeconds(61));
  }

  @Test
  void a_token_may_not_create_list_or_revoke_tokens() {
    var created = create(admin, Scope.values());
    var token = use(created.secret()).orElseThrow();
    var command =
        new Command(new ApiTokenName("Escalation"), EnumSet.allOf(Scope.class), Optional.empty());

    assertThat(world.createApiToken().create(token, command))
        .isInstanceOf(CreateApiTokenUseCase.Result.Forbidden.class);
    assertThat(world.listApiTokens().list(token, PageRequest.first(10)))
        .isInstanceOf(ListApiTokensUseCase.Result.Forbidden.class);
    assertThat(world.revokeApiToken().revoke(token, created.token().id().value()))
        .isInstanceOf(RevokeApiTokenUseCase.Result.Forbidden.class);
    assertThat(world.apiTokens.size()).isEqualTo(1);
  }

  @Test
  void a_member_sees_and_revokes_only_their_own_tokens_and_an_admin_every_one() {
    var admins = create(admin, Scope.AGENTS_READ);
    var members = create(member, Scope.AGENTS_READ);

    assertThat(listed(member)).containsExactly(members.token().id());
    assertThat(listed(admin)).containsExactly(members.token().id(), admins.token().id());

    assertThat(world.revokeApiToken().revoke(member, admins.token().id().value()))
        .isInstanceOf(RevokeApiTokenUseCase.Result.NotFound.class);
    assertThat(use(admins.secret())).isPresent();
    assertThat(world.revokeApiToken().revoke(admin, members.token().id().value()))
        .isInstanceOf(RevokeApiTokenUseCase.Result.Revoked.class);
    assertThat(use(members.secret())).isEmpty();
  }

  @Test
  void another_accounts_token_is_neither_listed_nor_revoked() {
    var otherAdmin = world.openAccountFor("dave@other.example");
    var theirs = create(otherAdmin, Scope.AGENTS_READ);

    assertThat(listed(admin)).isEmpty();
    assertThat(world.revokeApiToken().revoke(admin, theirs.token().id().value()))
        .isInstanceOf(RevokeApiTokenUseCase.Result.NotFound.class);
    assertThat(use(theirs.secret())).isPresent();
  }

  @Test
  void a_malformed_id_is_not_found() {
    assertThat(world.revokeApiToken().revoke(admin, "tok_nope"))
        .isInstanceOf(RevokeApiTokenUseCase.Result.NotFound.class);
    assertThat(world.revokeApiToken().revoke(admin, null))
        .isInstanceOf(RevokeApiTokenUseCase.Result.NotFound.class);
  }

  @Test
  void the_list_pages_newest_first() {
    var first = create(admin, Scope.AGENTS_READ);
    var second = create(admin, Scope.AGENTS_READ);
    var third = create(admin, Scope.AGENTS_READ);

    var page =
        ((ListApiTokensUseCase.Result.Listed)
                world.listApiTokens().list(admin, PageRequest.first(2)))
            .page();
    var rest =
        ((ListApiTokensUseCase.Result.Listed)
                world.listApiTokens().list(admin, new PageRequest(2, page.next())))
            .page();

    assertThat(page.items())
        .extracting(ApiToken::id)
        .containsExactly(third.token().id(), second.token().id());
    assertThat(rest.items()).extracting(ApiToken::id).containsExactly(first.token().id());
    assertThat(rest.next()).isEmpty();
  }

  @Test
  void a_token_caller_without_scopes_may_do_nothing_its_role_allows() {
    var caller = Caller.viaToken(admin.userId(), admin.accountId(), admin.role(), Set.of());

    assertThat(caller.permissions()).isEmpty();
    assertThat(admin.permissions()).contains("tokens:manage", "agents:delete");
  }
}
