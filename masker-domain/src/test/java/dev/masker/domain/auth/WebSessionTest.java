package dev.masker.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.common.Secret;
import dev.masker.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebSessionTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant SIGNED_IN = Instant.parse("2026-05-03T21:14:32.481Z");

  private final UserId user = UserId.next(IDS);
  private final AccountId account = AccountId.next(IDS);
  private final String digest = Secret.generate("").digest();
  private final WebSession session = WebSession.open(digest, user, account, SIGNED_IN);

  @Test
  void a_new_session_lasts_thirty_days() {
    assertThat(session.expiresAt()).isEqualTo(SIGNED_IN.plus(Duration.ofDays(30)));
    assertThat(session.createdAt()).isEqualTo(SIGNED_IN);
    assertThat(session.secretDigest()).isEqualTo(digest);
    assertThat(session.userId()).isEqualTo(user);
    assertThat(session.accountId()).isEqualTo(account);
  }

  @Test
  void a_session_used_within_a_minute_needs_no_write() {
    var use = session.useAt(SIGNED_IN.plusSeconds(59));

    assertThat(use).isInstanceOf(WebSession.Use.Current.class);
    var current = ((WebSession.Use.Current) use).session();
    assertThat(current.expiresAt()).isEqualTo(session.expiresAt());
  }

  @Test
  void a_session_used_a_minute_later_slides_its_expiry() {
    var usedAt = SIGNED_IN.plus(Duration.ofMinutes(1));

    var use = session.useAt(usedAt);

    assertThat(use).isInstanceOf(WebSession.Use.Extended.class);
    var extended = ((WebSession.Use.Extended) use).session();
    assertThat(extended.expiresAt()).isEqualTo(usedAt.plus(Duration.ofDays(30)));
    assertThat(extended.extendedAt()).isEqualTo(usedAt);
    assertThat(extended.createdAt()).isEqualTo(SIGNED_IN);
    assertThat(extended.secretDigest()).isEqualTo(digest);
    assertThat(extended.userId()).isEqualTo(user);
    assertThat(extended.accountId()).isEqualTo(account);
  }

  @Test
  void a_session_used_after_thirty_days_is_expired() {
    assertThat(session.useAt(SIGNED_IN.plus(Duration.ofDays(30))))
        .isInstanceOf(WebSession.Use.Expired.class);
    assertThat(session.isExpiredAt(SIGNED_IN.plus(Duration.ofDays(30)))).isTrue();
    assertThat(session.useAt(SIGNED_IN.plus(Duration.ofDays(400))))
        .isInstanceOf(WebSession.Use.Expired.class);
  }

  @Test
  void a_session_used_a_moment_before_thirty_days_is_still_valid() {
    var almost = SIGNED_IN.plus(Duration.ofDays(30)).minusMillis(1);

    assertThat(session.isExpiredAt(almost)).isFalse();
    assertThat(session.useAt(almost)).isInstanceOf(WebSession.Use.Extended.class);
  }

  @Test
  void a_session_in_regular_use_outlives_thirty_days() {
    var current = session;
    var now = SIGNED_IN;
    for (int i = 0; i < 3; i++) {
      now = now.plus(Duration.ofDays(29));
      current = ((WebSession.Use.Extended) current.useAt(now)).session();
    }

    assertThat(now).isAfter(SIGNED_IN.plus(Duration.ofDays(80)));
    assertThat(current.isExpiredAt(now.plus(Duration.ofDays(29)))).isFalse();
  }

  @Test
  void a_stored_session_expires_thirty_days_after_its_last_extension() {
    var extendedAt = SIGNED_IN.plus(Duration.ofDays(10));
    var stored = WebSession.reconstitute(digest, user, account, SIGNED_IN, extendedAt);

    assertThat(stored.expiresAt()).isEqualTo(extendedAt.plus(Duration.ofDays(30)));
    assertThat(stored.useAt(SIGNED_IN.plus(Duration.ofDays(35))))
        .isInstanceOf(WebSession.Use.Extended.class);
    assertThat(stored.useAt(extendedAt.plus(Duration.ofDays(30))))
        .isInstanceOf(WebSession.Use.Expired.class);
  }
}
