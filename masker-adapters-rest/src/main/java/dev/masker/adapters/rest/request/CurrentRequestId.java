package dev.masker.adapters.rest.request;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** The request id of the request being handled, for error bodies written by JAX-RS code. */
@ApplicationScoped
public class CurrentRequestId {
  private final CurrentVertxRequest request;

  public CurrentRequestId(CurrentVertxRequest request) {
    this.request = request;
  }

  public String get() {
    return RequestId.of(request.getCurrent());
  }
}
