package dev.masker.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.session.PostgresTurnLog;
import dev.masker.server.proxy.ProxyCalls;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls made through the proxy for the session API's tests, recorded by the turn log before the
 * test reads them back over HTTP.
 */
final class RecordedCalls {
  private RecordedCalls() {}

  /** An agent of {@code tenant} on the built-in {@code stub} upstream, which echoes the caller. */
  static String stubAgent(Tenant tenant, String name) {
    return tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(201)
        .extract()
        .path("agent.id");
  }

  /** One turn of the call {@code sessionKey} (null: a request of its own); 200 expected. */
  static void turn(String agentId, String sessionKey, String text) {
    var body = ProxyCalls.request("stub", text).toString();
    var response =
        sessionKey == null
            ? ProxyCalls.post(agentId, body)
            : ProxyCalls.post(agentId, body, "Masker-Session-Id", sessionKey);
    assertThat(response.statusCode()).as("proxy answer").isEqualTo(200);
  }

  /** Waits until every turn made so far is in the database. */
  static void recorded() {
    assertThat(Arc.container().instance(PostgresTurnLog.class).get().flush(Duration.ofSeconds(20)))
        .as("the turn log wrote every turn")
        .isTrue();
  }

  /** Every item of a list, page by page at {@code limit}, following {@code next_cursor}. */
  static List<Map<String, Object>> allPages(Tenant tenant, String path, int limit) {
    var items = new ArrayList<Map<String, Object>>();
    String cursor = null;
    do {
      var request = tenant.asAdmin().queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
      items.addAll(page.getList("data"));
      cursor = page.getString("next_cursor");
    } while (cursor != null);
    return items;
  }

  /** The ids of a list's page. */
  static List<String> ids(JsonPath page) {
    return page.getList("data.id", String.class);
  }
}
