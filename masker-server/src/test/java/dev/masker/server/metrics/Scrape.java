package dev.masker.server.metrics;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import java.net.URI;

/** The Prometheus text of the running test server, read where an operator reads it. */
public final class Scrape {
  private Scrape() {}

  /**
   * The management interface's address, {@code http://127.0.0.1:<port>} (its own port, chosen at
   * random in tests, on the loopback address).
   */
  public static String managementUrl() {
    var uri = URI.create(TestHTTPResourceManager.getManagementUri());
    return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
  }

  public static String metrics() {
    return given()
        .baseUri(managementUrl())
        .basePath("")
        .port(-1)
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
