package dev.masker.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.rest.request.PublicUrl;
import dev.masker.domain.common.Secret;
import org.junit.jupiter.api.Test;

class OAuthStateCookieTest {
  @Test
  void behind_https_the_state_cookie_is_secure_and_lives_ten_minutes_on_the_github_routes() {
    var cookie = new OAuthStateCookie(new PublicUrl("https://masker.example"));

    assertThat(cookie.issue(new Secret("the-state")))
        .isEqualTo(
            "masker_oauth_state=the-state; Max-Age=600; Path=/api/v1/auth/github; HttpOnly;"
                + " SameSite=Lax; Secure");
  }

  @Test
  void on_plain_http_it_is_not_secure_and_clearing_it_ends_it_at_once() {
    var cookie = new OAuthStateCookie(new PublicUrl("http://localhost:8080"));

    assertThat(cookie.clear())
        .isEqualTo(
            "masker_oauth_state=; Max-Age=0; Path=/api/v1/auth/github; HttpOnly; SameSite=Lax");
  }
}
