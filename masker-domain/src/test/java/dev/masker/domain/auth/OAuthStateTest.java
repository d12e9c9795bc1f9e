package dev.masker.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OAuthStateTest {
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");
  private final OAuthState state = new OAuthState("digest", ReturnPath.PORTAL, T0);

  @Test
  void a_state_is_good_for_ten_minutes() {
    assertThat(state.isExpiredAt(T0.plusSeconds(599))).isFalse();
    assertThat(state.isExpiredAt(T0.plusSeconds(600))).isTrue();
  }

  @Test
  void its_text_shows_neither_the_digest_nor_the_path() {
    var shown = new OAuthState("a1b2c3", ReturnPath.of("/portal/secret-place"), T0).toString();

    assertThat(shown).doesNotContain("a1b2c3").doesNotContain("secret-place");
  }
}
