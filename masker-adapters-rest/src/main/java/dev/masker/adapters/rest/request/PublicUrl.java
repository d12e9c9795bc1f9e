package dev.masker.adapters.rest.request;

import dev.masker.adapters.rest.RestSettings;
import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.HttpServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Where clients reach this server ({@code MASKER_PUBLIC_URL}): URLs in answers, cookie flags,
 * origin checks. Left unset, it follows the port the server really listens on: {@code
 * http://localhost:<port>}, read once the server listens, so that a changed {@code
 * QUARKUS_HTTP_PORT} needs nothing else; browsers on {@code 127.0.0.1} or {@code [::1]} of that
 * port are then accepted too.
 */
@Startup
@ApplicationScoped
public class PublicUrl {
  private final Optional<Address> configured;
  private final IntSupplier listeningPort;
  private volatile Address followed;

  @Inject
  public PublicUrl(RestSettings settings, HttpServer server) {
    this(settings.publicUrl().filter(text -> !text.isBlank()), server::getPort);
  }

  /** A URL set by the operator. */
  public PublicUrl(String configured) {
    this(Optional.of(configured), () -> -1);
  }

  PublicUrl(Optional<String> configured, IntSupplier listeningPort) {
    this.configured = configured.map(Address::parse);
    this.listeningPort = listeningPort;
  }

  /** The URL without a trailing slash, such as {@code https://masker.example.com}. */
  public String base() {
    return address().base();
  }

  /** What browsers send as {@code Origin} for pages of this server. */
  public String origin() {
    return address().origin();
  }

  /**
   * Whether a browser page of {@code origin} is one of this server's: its {@link #origin()}, or,
   * when no URL is set, this port on any loopback name.
   */
  public boolean accepts(String origin) {
    if (configured.isPresent()) {
      return configured.get().origin().equals(origin);
    }
    var port = ":" + address().port();
    return List.of("http://localhost" + port, "http://127.0.0.1" + port, "http://[::1]" + port)
        .contains(origin);
  }

  /** Cookies get {@code Secure} when clients reach the server over https. */
  public boolean https() {
    return address().https();
  }

  private Address address() {
    if (configured.isPresent()) {
      return configured.get();
    }
    var address = followed;
    if (address == null) {
      address = Address.parse("http://localhost:" + listeningPort.getAsInt());
      followed = address;
    }
    return address;
  }

  private record Address(String base, String origin, boolean https, int port) {
    static Address parse(String text) {
      var trimmed = text.strip().replaceAll("/+$", "");
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
      var https = scheme.equals("https");
      int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
      // Browsers leave the default port out of Origin.
      boolean defaultPort = port == (https ? 443 : 80);
      var origin = scheme + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
      return new Address(trimmed, origin, https, port);
    }

    private static IllegalArgumentException invalid() {
      return new IllegalArgumentException("MASKER_PUBLIC_URL must be an absolute http(s) URL");
    }
  }
}
