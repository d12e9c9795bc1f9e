package dev.masker.server.portal;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /portal}, where sign-in sends the browser, answers with the portal itself: a redirect to
 * {@code /portal/}, whose {@code index.html} the server serves from {@code
 * META-INF/resources/portal}, so that the page's relative links resolve under {@code /portal/}.
 */
@ApplicationScoped
public class PortalAddress {
  void route(@Observes Router router) {
    // Vert.x lets "/portal" match "/portal/" too: only the bare address is redirected.
    router
        .get("/portal")
        .handler(
            context -> {
              if ("/portal".equals(context.request().path())) {
                context.response().setStatusCode(302).putHeader("Location", "/portal/").end();
              } else {
                context.next();
              }
            });
  }
}
