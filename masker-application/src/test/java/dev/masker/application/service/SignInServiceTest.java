package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.fake.FastPasswordHasher;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.SignInUseCase.Command;
import dev.masker.application.port.in.SignInUseCase.Result;
import dev.masker.application.port.out.PasswordHasher;
import dev.masker.application.service.ratelimit.SignInLimits;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import dev.masker.domain.user.UserId;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignInServiceTest {
  private static final String ALICE = "alice@clinic.example";

  private final World world = new World();
  private final Caller alice = world.openAccountFor(ALICE);
  private final SignInService signIn = world.signIn();

  private static final String ELSEWHERE = "203.0.113.66";

  private Result attempt(String email, String password) {
    return attemptFrom(World.ADDRESS, email, password);
  }

  private Result attemptFrom(String address, String email, String password) {
    return signIn.signIn(new Command(email, password, address));
  }

  private void failTimes(String email, int times) {
    failTimesFrom(World.ADDRESS, email, times);
  }

  private void failTimesFrom(String address, String email, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(attemptFrom(address, email, "wrong-password-" + i))
          .isInstanceOf(Result.InvalidCredentials.class);
    }
  }

  @Test
  void the_right_password_signs_in_and_stores_only_the_digest_of_the_session_secret() {
    var result = attempt(ALICE, World.PASSWORD);

    assertThat(result).isInstanceOf(Result.SignedIn.class);
    var secret = ((Result.SignedIn) result).sessionSecret();
    assertThat(secret.value()).hasSizeGreaterThanOrEqualTo(43);
    var stored = world.sessions.find(secret.digest()).orElseThrow();
    assertThat(stored.userId()).isEqualTo(alice.userId());
    assertThat(stored.accountId()).isEqualTo(alice.accountId());
    assertThat(stored.createdAt()).isEqualTo(World.T0);
    assertThat(world.sessions.find(secret.value())).isEmpty();
  }

  @Test
  void every_sign_in_opens_a_session_of_its_own() {
    var first = (Result.SignedIn) attempt(ALICE, World.PASSWORD);
    var second = (Result.SignedIn) attempt(ALICE, World.PASSWORD);

    assertThat(first.sessionSecret().value()).isNotEqualTo(second.sessionSecret().value());
    assertThat(world.sessions.size()).isEqualTo(2);
  }

  @Test
  void signing_in_records_when_the_user_was_last_seen() {
    world.clock.advance(Duration.ofHours(3));

    attempt(ALICE, World.PASSWORD);

    assertThat(world.users.find(alice.userId()).orElseThrow().lastSeenAt())
        .contains(World.T0.plus(Duration.ofHours(3)));
  }

  @Test
  void the_address_may_be_typed_in_any_case_and_with_surrounding_spaces() {
    assertThat(attempt("  Alice@Clinic.EXAMPLE ", World.PASSWORD))
        .isInstanceOf(Result.SignedIn.class);
  }

  @Test
  void a_wrong_password_and_an_unknown_address_fail_alike() {
    var wrongPassword = attempt(ALICE, "not-the-password");
    var unknownAddress = attempt("mallory@clinic.example", World.PASSWORD);

    assertThat(wrongPassword).isInstanceOf(Result.InvalidCredentials.class);
    assertThat(unknownAddress).isEqualTo(wrongPassword);
    assertThat(world.sessions.size()).isZero();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"alice", "alice@", "@clinic.example", "alice smith@clinic.example"})
  void something_that_is_not_an_address_fails_like_a_wrong_password(String email) {
    assertThat(attempt(email, World.PASSWORD)).isInstanceOf(Result.InvalidCredentials.class);
    assertThat(world.sessions.size()).isZero();
  }

  @Test
  void a_missing_password_fails_like_a_wrong_one() {
    assertThat(attempt(ALICE, null)).isInstanceOf(Result.InvalidCredentials.class);
    assertThat(attempt(ALICE, "")).isInstanceOf(Result.InvalidCredentials.class);
  }

  @Test
  void a_user_without_a_password_cannot_sign_in_with_one() {
    var githubOnly =
        User.reconstitute(
            new User.Snapshot(
                UserId.next(world.ids),
                AccountId.next(world.ids),
                new Email("gh@clinic.example"),
                "Grace",
                "grace-gh",
                Role.MEMBER,
                null,
                World.T0,
                null));
    world.users.add(githubOnly);

    assertThat(attempt("gh@clinic.example", "")).isInstanceOf(Result.InvalidCredentials.class);
    assertThat(attempt("gh@clinic.example", World.PASSWORD))
        .isInstanceOf(Result.InvalidCredentials.class);
  }

  @Test
  void after_five_free_failures_the_next_failure_makes_even_the_right_password_wait() {
    failTimes(ALICE, 5);
    failTimes(ALICE, 1);

    var result = attempt(ALICE, World.PASSWORD);

    assertThat(result).isInstanceOf(Result.Throttled.class);
    assertThat(((Result.Throttled) result).retryAfter()).isPositive();
    assertThat(world.sessions.size()).isZero();
  }

  @Test
  void five_failures_still_let_the_right_password_in() {
    failTimes(ALICE, 5);

    assertThat(attempt(ALICE, World.PASSWORD)).isInstanceOf(Result.SignedIn.class);
  }

  @Test
  void after_waiting_as_told_the_right_password_signs_in() {
    failTimes(ALICE, 6);
    var throttled = (Result.Throttled) attempt(ALICE, World.PASSWORD);

    world.clock.advance(throttled.retryAfter());

    assertThat(attempt(ALICE, World.PASSWORD)).isInstanceOf(Result.SignedIn.class);
  }

  @Test
  void a_successful_sign_in_wipes_earlier_failures() {
    failTimes(ALICE, 5);
    assertThat(attempt(ALICE, World.PASSWORD)).isInstanceOf(Result.SignedIn.class);

    failTimes(ALICE, 5);

    assertThat(attempt(ALICE, World.PASSWORD)).isInstanceOf(Result.SignedIn.class);
  }

  @Test
  void guesses_count_against_the_address_however_it_is_typed() {
    failTimes("ALICE@clinic.example", 3);
    failTimes(" alice@CLINIC.example ", 3);

    assertThat(attempt(ALICE, World.PASSWORD)).isInstanceOf(Result.Throttled.class);
  }

  @Test
  void guessing_at_an_unknown_address_is_throttled_too() {
    failTimes("mallory@clinic.example", 6);

    assertThat(attempt("mallory@clinic.example", "anything-at-all"))
        .isInstanceOf(Result.Throttled.class);
  }

  @Test
  void guessing_at_one_address_does_not_lock_out_another() {
    world.openAccountFor("bob@clinic.example");
    failTimes("bob@clinic.example", 6);
    assertThat(attempt("bob@clinic.example", World.PASSWORD)).isInstanceOf(Result.Throttled.class);

    assertThat(attempt(ALICE, World.PASSWORD)).isInstanceOf(Result.SignedIn.class);
  }

  @Test
  void guessing_from_another_address_never_locks_the_user_out() {
    failTimesFrom(ELSEWHERE, ALICE, 6);
    assertThat(attemptFrom(ELSEWHERE, ALICE, World.PASSWORD)).isInstanceOf(Result.Throttled.class);

    assertThat(attempt(ALICE, World.PASSWORD)).isInstanceOf(Result.SignedIn.class);
  }

  @Test
  void one_address_guessing_across_many_users_is_throttled_for_all_of_them() {
    for (int i = 0; i < SignInLimits.FREE_FAILURES_PER_ADDRESS + 1; i++) {
      failTimesFrom(ELSEWHERE, "user-" + i + "@clinic.example", 1);
    }

    assertThat(attemptFrom(ELSEWHERE, ALICE, World.PASSWORD)).isInstanceOf(Result.Throttled.class);
    assertThat(attempt(ALICE, World.PASSWORD)).isInstanceOf(Result.SignedIn.class);
  }

  @Test
  void while_one_sign_in_from_an_address_is_checked_another_from_it_is_busy_but_not_from_elsewhere()
      throws Exception {
    var gate = new GatedHasher();
    var gated =
        new SignInService(world.users, world.sessions, gate, world.throttle, world.tx, world.clock);
    var pool = Executors.newSingleThreadExecutor();
    try {
      var first = pool.submit(() -> gated.signIn(new Command(ALICE, "a-wrong-guess", ELSEWHERE)));
      gate.started.await();

      var second = gated.signIn(new Command(ALICE, "another-guess", ELSEWHERE));
      gate.open.countDown();

      assertThat(second).isEqualTo(new Result.Busy(Duration.ofSeconds(1)));
      assertThat(gated.signIn(new Command(ALICE, World.PASSWORD, World.ADDRESS)))
          .isInstanceOf(Result.SignedIn.class);
      assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(Result.InvalidCredentials.class);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void when_the_hasher_is_at_its_bound_the_attempt_is_busy_and_counts_as_no_failure() {
    var busy =
        new SignInService(
            world.users,
            world.sessions,
            new AlwaysBusy(world.hasher),
            world.throttle,
            world.tx,
            world.clock);

    for (int i = 0; i < 10; i++) {
      assertThat(busy.signIn(new Command(ALICE, World.PASSWORD, World.ADDRESS)))
          .isEqualTo(new Result.Busy(Duration.ofSeconds(1)));
    }
    assertThat(attempt(ALICE, World.PASSWORD)).isInstanceOf(Result.SignedIn.class);
  }

  @Test
  void a_sign_in_needs_to_know_where_it_comes_from() {
    assertThatThrownBy(() -> new Command(ALICE, World.PASSWORD, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Command(ALICE, World.PASSWORD, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printing_a_sign_in_command_hides_the_password_and_the_address() {
    assertThat(new Command(ALICE, World.PASSWORD, World.ADDRESS).toString())
        .doesNotContain(World.PASSWORD)
        .doesNotContain("alice")
        .doesNotContain(World.ADDRESS);
  }

  /** The fast hasher, whose first comparison waits until the test opens the gate. */
  private static final class GatedHasher implements PasswordHasher {
    private final FastPasswordHasher hashes = new FastPasswordHasher();
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch open = new CountDownLatch(1);
    private final AtomicBoolean first = new AtomicBoolean(true);

    @Override
    public PasswordHash hash(Password password) {
      return hashes.hash(password);
    }

    @Override
    public boolean matches(String attempt, PasswordHash hash) {
      if (first.getAndSet(false)) {
        started.countDown();
        try {
          open.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return hashes.matches(attempt, hash);
    }
  }

  /** A hasher at its bound: it hashes new passwords but refuses every comparison. */
  private record AlwaysBusy(PasswordHasher hashes) implements PasswordHasher {
    @Override
    public PasswordHash hash(Password password) {
      return hashes.hash(password);
    }

    @Override
    public boolean matches(String attempt, PasswordHash hash) {
      throw new PasswordHasher.Busy();
    }
  }
}
