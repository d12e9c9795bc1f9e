package dev.masker.adapters.rest.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where clients reach this server ({@code MASKER_PUBLIC_URL}): URLs in answers, cookie flags,
 * origin checks.
 */
@ApplicationScoped
public class PublicUrl {
  private final String base;
  private final String origin;
  private final boolean https;

  public PublicUrl(@ConfigProperty(name = "masker.public-url") String configured) {
    var trimmed = configured.strip().replaceAll("/+$", "");
    var uri = URI.create(trimmed);
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException("masker.public-url must be an absolute http(s) URL");
    }
    this.base = trimmed;
    this.https = "https".equalsIgnoreCase(uri.getScheme());
    this.origin =
        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
  }

  /** The URL without a trailing slash, such as {@code https://masker.example.com}. */
  public String base() {
    return base;
  }

  /** What browsers send as {@code Origin} for pages of this server. */
  public String origin() {
    return origin;
  }

  /** Cookies get {@code Secure} when clients reach the server over https. */
  public boolean https() {
    return https;
  }
}
