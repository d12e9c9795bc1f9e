package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.SignInUseCase;
import dev.masker.domain.account.Plan;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShowProfileServiceTest {
  private final World world = new World();
  private final Caller alice = world.openAccountFor("Alice@Clinic.example");
  private final ShowProfileService showProfile = world.showProfile();

  @Test
  void the_profile_shows_the_user_and_their_account() {
    var profile = showProfile.show(alice);

    assertThat(profile.user().id()).isEqualTo(alice.userId());
    assertThat(profile.user().email()).contains(new Email("alice@clinic.example"));
    assertThat(profile.user().role()).isEqualTo(Role.ADMIN);
    assertThat(profile.user().createdAt()).isEqualTo(World.T0);
    assertThat(profile.account().id()).isEqualTo(alice.accountId());
    assertThat(profile.account().name()).isEqualTo("Riverside Clinic");
    assertThat(profile.account().plan()).isEqualTo(Plan.BETA);
  }

  @Test
  void the_profile_shows_when_the_user_last_signed_in() {
    assertThat(showProfile.show(alice).user().lastSeenAt()).isEmpty();
    world.clock.advance(Duration.ofHours(1));

    world
        .signIn()
        .signIn(new SignInUseCase.Command("alice@clinic.example", World.PASSWORD, World.ADDRESS));

    assertThat(showProfile.show(alice).user().lastSeenAt())
        .contains(World.T0.plus(Duration.ofHours(1)));
  }

  @Test
  void a_member_sees_their_own_profile_in_the_shared_account() {
    var bob = world.addMember(alice, "bob@clinic.example");

    var profile = showProfile.show(bob);

    assertThat(profile.user().id()).isEqualTo(bob.userId());
    assertThat(profile.user().role()).isEqualTo(Role.MEMBER);
    assertThat(profile.account().id()).isEqualTo(alice.accountId());
  }

  @Test
  void a_caller_whose_user_is_gone_has_no_profile() {
    var ghost = new Caller(UserId.next(world.ids), alice.accountId(), Role.ADMIN);

    assertThatThrownBy(() -> showProfile.show(ghost)).isInstanceOf(IllegalStateException.class);
  }
}
