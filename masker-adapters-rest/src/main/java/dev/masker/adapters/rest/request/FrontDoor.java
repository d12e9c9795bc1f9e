package dev.masker.adapters.rest.request;

import dev.masker.adapters.rest.RestSettings;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What every request meets first, whatever its route: it gets a request id (header, logs, one
 * access-log line when it ends), a URL longer than {@link #MAX_URL_LENGTH} is refused with 414, and
 * a body announced larger than the limit with 413 before a byte of it is read.
 */
@ApplicationScoped
public class FrontDoor {
  private static final Logger LOG = Logger.getLogger("masker.access");

  /**
   * The longest request target (path and query) served, in characters. Longer ones get 414 in the
   * envelope, with a request id; Vert.x refuses request lines longer than {@code
   * quarkus.http.limits.max-initial-line-length} itself, before any route, with a bare 414.
   */
  public static final int MAX_URL_LENGTH = 8192;

  private final long maxRequestBytes;

  public FrontDoor(RestSettings settings) {
    this.maxRequestBytes = settings.maxRequestBytes();
  }

  void register(@Observes Filters filters) {
    filters.register(
        context -> {
          var id = RequestId.next();
          context.put(RequestId.CONTEXT_KEY, id);
          MDC.put(RequestId.MDC_KEY, id);
          context.response().putHeader(RequestId.HEADER, id);
          long started = System.nanoTime();
          context.addEndHandler(
              ended -> {
                MDC.put(RequestId.MDC_KEY, id);
                // Method, path and status only: query strings and bodies may carry personal data.
                // A response that never ended was cut short by the caller closing the connection.
                LOG.infof(
                    "%s %s %s %.1fms",
                    context.request().method(),
                    LoggablePath.of(context.request().path()),
                    context.response().ended()
                        ? Integer.toString(context.response().getStatusCode())
                        : "closed-by-caller",
                    (System.nanoTime() - started) / 1e6);
              });
          var uri = context.request().uri();
          if (uri != null && uri.length() > MAX_URL_LENGTH) {
            refuse(
                context,
                414,
                "uri_too_long",
                "The URL is longer than " + MAX_URL_LENGTH + " characters",
                id);
            return;
          }
          var length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
          if (length != null && isOver(length)) {
            refuse(
                context,
                413,
                "payload_too_large",
                "The request body is larger than " + maxRequestBytes + " bytes",
                id);
            return;
          }
          context.next();
        },
        Integer.MAX_VALUE);
  }

  /**
   * Answers at once, in the error envelope; on the proxy's paths in its error shape (SPEC §2.2
   * "proxy errors"), which OpenAI clients read: {@code type} and {@code param} too. The body was
   * not read, so the connection is closed.
   */
  private static void refuse(
      RoutingContext context, int status, String code, String message, String requestId) {
    var path = context.request().path();
    String body;
    if (path != null && path.startsWith("/proxy/")) {
      body =
          "{\"error\":{\"message\":\""
              + message
              + "\",\"type\":\""
              + code
              + "\",\"param\":null,\"code\":\""
              + code
              + "\",\"request_id\":\""
              + requestId
              + "\"}}";
    } else {
      body =
          "{\"error\":{\"code\":\""
              + code
              + "\",\"message\":\""
              + message
              + "\",\"request_id\":\""
              + requestId
              + "\"}}";
    }
    context
        .response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body);
  }

  private boolean isOver(String contentLength) {
    try {
      return Long.parseLong(contentLength.strip()) > maxRequestBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
