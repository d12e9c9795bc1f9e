package dev.masker.adapters.rest.request;

import dev.masker.domain.common.MonotonicUlids;
import io.vertx.ext.web.RoutingContext;

/** The {@code req_…} id of one HTTP request: in the X-Request-Id header, error bodies and logs. */
public final class RequestId {
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "request_id";
  static final String CONTEXT_KEY = "masker.request-id";
  private static final MonotonicUlids ULIDS = new MonotonicUlids();

  private RequestId() {}

  static String next() {
    return "req_" + ULIDS.newUlid();
  }

  /** The id given to this request when it arrived. */
  public static String of(RoutingContext context) {
    String id = context == null ? null : context.get(CONTEXT_KEY);
    return id == null ? next() : id;
  }
}
