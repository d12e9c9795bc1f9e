package dev.masker.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenTest {
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final AccountId ACCOUNT = new AccountId("acc_01HZX3V8G2M7Q4T6Y9B1C5D8EG");
  private static final UserId USER = new UserId("usr_01HZX3V8G2M7Q4T6Y9B1C5D8EH");

  private static ApiToken.Issued issue(Optional<Instant> expiresAt) {
    return ApiToken.issue(
        IDS,
        ACCOUNT,
        USER,
        new ApiTokenName("CI"),
        EnumSet.of(Scope.AUDIT_READ, Scope.AGENTS_READ),
        expiresAt,
        T0);
  }

  @Test
  void an_issued_token_is_kept_only_as_the_digest_of_its_secret() {
    var issued = issue(Optional.empty());

    assertThat(issued.secret().value()).startsWith("mk_").hasSize(46);
    assertThat(ApiToken.isSecretShaped(issued.secret().value())).isTrue();
    assertThat(issued.token().snapshot().secretDigest()).isEqualTo(issued.secret().digest());
    assertThat(issued.token().snapshot().toString()).doesNotContain(issued.secret().value());
    assertThat(issued.token().id().value()).startsWith("tok_");
    assertThat(issued.token().scopes()).containsExactly(Scope.AGENTS_READ, Scope.AUDIT_READ);
    assertThat(issue(Optional.empty()).secret()).isNotEqualTo(issued.secret());
  }

  @Test
  void a_use_is_noted_at_first_then_at_most_once_a_minute() {
    var token = issue(Optional.empty()).token();

    var first = token.useAt(T0);
    assertThat(first).isInstanceOf(ApiToken.Use.Noted.class);
    var noted = ((ApiToken.Use.Noted) first).token();
    assertThat(noted.lastUsedAt()).contains(T0);

    assertThat(noted.useAt(T0.plusSeconds(59))).isInstanceOf(ApiToken.Use.Current.class);
    assertThat(noted.useAt(T0.plus(ApiToken.USE_GRANULARITY)))
        .isInstanceOf(ApiToken.Use.Noted.class);
  }

  @Test
  void a_token_expires_at_its_expiry_and_not_before() {
    var token = issue(Optional.of(T0.plus(Duration.ofDays(1)))).token();

    assertThat(token.useAt(T0.plus(Duration.ofDays(1)).minusMillis(1)))
        .isNotInstanceOf(ApiToken.Use.Expired.class);
    assertThat(token.useAt(T0.plus(Duration.ofDays(1)))).isInstanceOf(ApiToken.Use.Expired.class);
  }

  @Test
  void an_expiry_not_after_the_issue_is_refused() {
    assertThatThrownBy(() -> issue(Optional.of(T0)))
        .isInstanceOf(InvalidValue.class)
        .hasMessage("expires_at must be in the future");
  }

  @Test
  void only_mk_and_43_base64url_characters_are_shaped_like_a_secret() {
    assertThat(ApiToken.isSecretShaped("mk_" + "a".repeat(43))).isTrue();
    assertThat(ApiToken.isSecretShaped("mk_" + "a".repeat(42))).isFalse();
    assertThat(ApiToken.isSecretShaped("mk_" + "a".repeat(44))).isFalse();
    assertThat(ApiToken.isSecretShaped("mk_" + "a".repeat(42) + "+")).isFalse();
    assertThat(ApiToken.isSecretShaped("MK_" + "a".repeat(43))).isFalse();
    assertThat(ApiToken.isSecretShaped(null)).isFalse();
  }

  @Test
  void a_token_has_at_least_one_scope() {
    var s = issue(Optional.empty()).token().snapshot();

    assertThatThrownBy(
            () ->
                new ApiToken.Snapshot(
                    s.id(), ACCOUNT, USER, s.name(), Set.of(), "digest", T0, null, null))
        .isInstanceOf(InvalidValue.class);
  }

  @Test
  void scopes_are_read_by_their_wire_names_and_cover_the_roles_permissions() {
    assertThat(Scope.fromWireName("scopes.0", "sessions:read")).isEqualTo(Scope.SESSIONS_READ);
    assertThatThrownBy(() -> Scope.fromWireName("scopes.2", "tokens:manage"))
        .isInstanceOf(InvalidValue.class)
        .hasMessageStartingWith("scopes.2 must be one of agents:read, agents:write");
    assertThat(Scope.covering("agents:delete")).contains(Scope.AGENTS_WRITE);
    assertThat(Scope.covering("reports:read")).contains(Scope.REPORTS_READ);
    assertThat(Scope.covering("tokens:manage")).isEmpty();
    assertThat(Scope.covering("users:manage")).isEmpty();
  }

  @Test
  void a_name_is_one_to_sixty_four_characters_without_control_characters() {
    assertThat(new ApiTokenName("  Nightly  ").value()).isEqualTo("Nightly");
    assertThat(new ApiTokenName("é".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> new ApiTokenName("x".repeat(65))).isInstanceOf(InvalidValue.class);
    assertThatThrownBy(() -> new ApiTokenName(" ")).isInstanceOf(InvalidValue.class);
    assertThatThrownBy(() -> new ApiTokenName(null)).isInstanceOf(InvalidValue.class);
    assertThatThrownBy(() -> new ApiTokenName("a\nb")).isInstanceOf(InvalidValue.class);
  }
}
