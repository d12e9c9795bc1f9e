package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.SignInUseCase;
import dev.masker.domain.auth.WebSession;
import dev.masker.domain.common.Secret;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthenticateServiceTest {
  private final World world = new World();
  private final Caller alice = world.openAccountFor("alice@clinic.example");
  private final AuthenticateService authenticate = world.authenticate();

  private Secret signIn(String email) {
    var result =
        world.signIn().signIn(new SignInUseCase.Command(email, World.PASSWORD, World.ADDRESS));
    return ((SignInUseCase.Result.SignedIn) result).sessionSecret();
  }

  @Test
  void a_fresh_session_names_its_user_account_and_role() {
    var secret = signIn("alice@clinic.example");

    var authentication = authenticate.authenticate(secret).orElseThrow();

    assertThat(authentication.caller()).isEqualTo(alice);
    assertThat(authentication.caller().role()).isEqualTo(Role.ADMIN);
    assertThat(authentication.extended()).isFalse();
  }

  @Test
  void a_members_session_carries_the_member_role() {
    world.addMember(alice, "bob@clinic.example");
    var secret = signIn("bob@clinic.example");

    var caller = authenticate.authenticate(secret).orElseThrow().caller();

    assertThat(caller.role()).isEqualTo(Role.MEMBER);
    assertThat(caller.accountId()).isEqualTo(alice.accountId());
    assertThat(caller.userId()).isNotEqualTo(alice.userId());
  }

  @Test
  void an_unknown_secret_signs_no_one_in() {
    signIn("alice@clinic.example");

    assertThat(authenticate.authenticate(Secret.generate(""))).isEmpty();
  }

  @Test
  void a_session_used_within_a_minute_keeps_its_expiry() {
    var secret = signIn("alice@clinic.example");
    world.clock.advance(Duration.ofSeconds(59));

    var authentication = authenticate.authenticate(secret).orElseThrow();

    assertThat(authentication.extended()).isFalse();
    assertThat(world.sessions.find(secret.digest()).orElseThrow().expiresAt())
        .isEqualTo(World.T0.plus(WebSession.LIFETIME));
  }

  @Test
  void a_session_used_two_minutes_later_slides_its_expiry_and_says_so() {
    var secret = signIn("alice@clinic.example");
    world.clock.advance(Duration.ofMinutes(2));

    var authentication = authenticate.authenticate(secret).orElseThrow();

    assertThat(authentication.extended()).isTrue();
    assertThat(world.sessions.find(secret.digest()).orElseThrow().expiresAt())
        .isEqualTo(World.T0.plus(Duration.ofMinutes(2)).plus(Duration.ofDays(30)));
    assertThat(world.users.find(alice.userId()).orElseThrow().lastSeenAt())
        .contains(World.T0.plus(Duration.ofMinutes(2)));
  }

  @Test
  void a_session_is_extended_at_most_once_a_minute() {
    var secret = signIn("alice@clinic.example");
    world.clock.advance(Duration.ofMinutes(2));
    assertThat(authenticate.authenticate(secret).orElseThrow().extended()).isTrue();

    world.clock.advance(Duration.ofSeconds(30));

    assertThat(authenticate.authenticate(secret).orElseThrow().extended()).isFalse();
    assertThat(world.sessions.find(secret.digest()).orElseThrow().expiresAt())
        .isEqualTo(World.T0.plus(Duration.ofMinutes(2)).plus(Duration.ofDays(30)));
  }

  @Test
  void a_session_unused_for_thirty_days_is_over_and_forgotten() {
    var secret = signIn("alice@clinic.example");
    world.clock.advance(Duration.ofDays(30));

    assertThat(authenticate.authenticate(secret)).isEmpty();
    assertThat(world.sessions.find(secret.digest())).isEmpty();
  }

  @Test
  void a_session_in_regular_use_lasts_beyond_thirty_days() {
    var secret = signIn("alice@clinic.example");
    for (int i = 0; i < 3; i++) {
      world.clock.advance(Duration.ofDays(29));
      assertThat(authenticate.authenticate(secret)).isPresent();
    }

    assertThat(world.clock.instant()).isAfter(World.T0.plus(Duration.ofDays(80)));
    assertThat(authenticate.authenticate(secret)).isPresent();
  }

  @Test
  void a_session_whose_user_is_gone_signs_no_one_in_and_is_forgotten() {
    var secret = Secret.generate("");
    world.sessions.add(
        WebSession.open(secret.digest(), UserId.next(world.ids), alice.accountId(), World.T0));

    assertThat(authenticate.authenticate(secret)).isEmpty();
    assertThat(world.sessions.find(secret.digest())).isEmpty();
  }
}
