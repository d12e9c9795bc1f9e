package dev.masker.adapters.rest.auth;

import dev.masker.adapters.rest.request.PublicUrl;
import dev.masker.domain.auth.WebSession;
import dev.masker.domain.common.Secret;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@code Set-Cookie} header of {@code masker_session} (SPEC §3): HttpOnly, SameSite=Lax,
 * Path=/, thirty days, and Secure whenever the public URL is https.
 */
@ApplicationScoped
public class SessionCookie {
  public static final String NAME = "masker_session";

  private final PublicUrl publicUrl;

  public SessionCookie(PublicUrl publicUrl) {
    this.publicUrl = publicUrl;
  }

  /** The header that hands {@code secret} to the client for thirty more days. */
  public String issue(Secret secret) {
    return header(secret.value(), WebSession.LIFETIME.toSeconds());
  }

  /** The header that makes the client forget its cookie. */
  public String clear() {
    return header("", 0);
  }

  private String header(String value, long maxAge) {
    return NAME
        + "="
        + value
        + "; Max-Age="
        + maxAge
        + "; Path=/; HttpOnly; SameSite=Lax"
        + (publicUrl.https() ? "; Secure" : "");
  }
}
