package dev.masker.adapters.rest.request;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What every request meets first, whatever its route: it gets a request id (header, logs, one
 * access-log line when it ends), and a body announced larger than the limit is refused with 413
 * before a byte of it is read.
 */
@ApplicationScoped
public class FrontDoor {
  private static final Logger LOG = Logger.getLogger("masker.access");
  private final long maxRequestBytes;

  public FrontDoor(@ConfigProperty(name = "masker.max-request-bytes") long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
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
                LOG.infof(
                    "%s %s %d %.1fms",
                    context.request().method(),
                    LoggablePath.of(context.request().path()),
                    context.response().getStatusCode(),
                    (System.nanoTime() - started) / 1e6);
              });
          var length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
          if (length != null && isOver(length)) {
            context
                .response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(tooLarge(context.request().path(), id));
            return;
          }
          context.next();
        },
        Integer.MAX_VALUE);
  }

  /**
   * The 413 body; on the proxy's paths in its error shape (SPEC §2.2 "proxy errors"), which OpenAI
   * clients read: {@code type} and {@code param} too.
   */
  private String tooLarge(String path, String requestId) {
    var message = "The request body is larger than " + maxRequestBytes + " bytes";
    if (path != null && path.startsWith("/proxy/")) {
      return "{\"error\":{\"message\":\""
          + message
          + "\",\"type\":\"payload_too_large\",\"param\":null,\"code\":\"payload_too_large\","
          + "\"request_id\":\""
          + requestId
          + "\"}}";
    }
    return "{\"error\":{\"code\":\"payload_too_large\",\"message\":\""
        + message
        + "\",\"request_id\":\""
        + requestId
        + "\"}}";
  }

  private boolean isOver(String contentLength) {
    try {
      return Long.parseLong(contentLength.strip()) > maxRequestBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
