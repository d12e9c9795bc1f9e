package dev.masker.adapters.rest.auth;

import dev.masker.adapters.rest.request.PublicUrl;
import dev.masker.domain.auth.OAuthState;
import dev.masker.domain.common.Secret;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@code Set-Cookie} header of {@code masker_oauth_state}, which ties a sign-in with GitHub to
 * the browser that started it: HttpOnly, SameSite=Lax (GitHub's redirect back is a top-level
 * navigation, which Lax lets through), ten minutes, sent only to the GitHub sign-in routes, and
 * Secure whenever the public URL is https.
 */
@ApplicationScoped
public class OAuthStateCookie {
  public static final String NAME = "masker_oauth_state";
  static final String PATH = "/api/v1/auth/github";

  private final PublicUrl publicUrl;

  public OAuthStateCookie(PublicUrl publicUrl) {
    this.publicUrl = publicUrl;
  }

  /** The header that hands {@code state} to the browser for the sign-in's lifetime. */
  public String issue(Secret state) {
    return header(state.value(), OAuthState.LIFETIME.toSeconds());
  }

  /** The header that makes the browser forget the state. */
  public String clear() {
    return header("", 0);
  }

  private String header(String value, long maxAge) {
    return NAME
        + "="
        + value
        + "; Max-Age="
        + maxAge
        + "; Path="
        + PATH
        + "; HttpOnly; SameSite=Lax"
        + (publicUrl.https() ? "; Secure" : "");
  }
}
