package dev.masker.adapters.rest.request;

import dev.masker.adapters.rest.RestSettings;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;

/**
 * Where clients reach this server ({@code MASKER_PUBLIC_URL}): URLs in answers, cookie flags,
 * origin checks.
 */
@Startup
@ApplicationScoped
public class PublicUrl {
  private final String base;
  private final String origin;
  private final boolean https;

  @Inject
  public PublicUrl(RestSettings settings) {
    this(settings.publicUrl());
  }

  public PublicUrl(String configured) {
    var trimmed = configured.strip().replaceAll("/+$", "");
    URI uri;
    try {
      uri = URI.create(trimmed);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw invalid();
    }
    this.base = trimmed;
    this.https = scheme.equals("https");
    // Browsers leave the default port out of Origin.
    boolean defaultPort = uri.getPort() == -1 || uri.getPort() == (https ? 443 : 80);
    this.origin = scheme + "://" + uri.getHost() + (defaultPort ? "" : ":" + uri.getPort());
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException("MASKER_PUBLIC_URL must be an absolute http(s) URL");
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
