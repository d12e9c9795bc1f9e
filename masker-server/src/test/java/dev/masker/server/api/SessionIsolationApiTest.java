package dev.masker.server.api;

import static dev.masker.server.api.RecordedCalls.ids;
import static dev.masker.server.api.RecordedCalls.recorded;
import static dev.masker.server.api.RecordedCalls.stubAgent;
import static dev.masker.server.api.RecordedCalls.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.proxy.Phi;
import dev.masker.server.proxy.WireUpstreamResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two accounts side by side: neither reaches the other's sessions, events or agents by id, cursor
 * or filter; and no answer of the session endpoints holds a value the caller said.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class SessionIsolationApiTest {

  /** An account with an agent and two calls; both accounts use the same call keys. */
  private record Account(Tenant tenant, String agent, List<String> sessions) {
    static Account withCalls(String name) {
      var tenant = Tenant.open();
      var agent = stubAgent(tenant, name);
      turn(agent, "shared-key-1", Phi.INTRO);
      turn(agent, "shared-key-2", "Hello.");
      recorded();
      var sessions =
          ids(tenant.asAdmin().get("/api/v1/sessions").then().statusCode(200).extract().jsonPath());
      assertThat(sessions).hasSize(2);
      return new Account(tenant, agent, sessions);
    }

    String cursor(String path) {
      var cursor =
          tenant
              .asAdmin()
              .queryParam("limit", 1)
              .get(path)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getString("next_cursor");
      assertThat(cursor).as("a second page of %s", path).isNotNull();
      return cursor;
    }
  }

  @Test
  void another_accounts_session_is_a_404_like_a_missing_one() {
    var mine = Account.withCalls("Mine");
    var theirs = Account.withCalls("Theirs");
    var their = theirs.sessions().get(0);

    for (var path : List.of("/api/v1/sessions/" + their, "/api/v1/sessions/" + their + "/events")) {
      mine.tenant()
          .asAdmin()
          .get(path)
          .then()
          .statusCode(404)
          .body("error.code", equalTo("session_not_found"))
          .body("error.message", equalTo("No session with id " + their));
    }
    mine.tenant()
        .asAdmin()
        .get("/api/v1/agents/" + theirs.agent() + "/sessions")
        .then()
        .statusCode(404)
        .body("error.code", equalTo("agent_not_found"));
    theirs
        .tenant()
        .asAdmin()
        .get("/api/v1/sessions/" + their)
        .then()
        .statusCode(200)
        .body("session.id", equalTo(their));
  }

  @Test
  void filters_of_one_account_find_nothing_of_the_other() {
    var mine = Account.withCalls("Mine");
    var theirs = Account.withCalls("Theirs");

    mine.tenant()
        .asAdmin()
        .queryParam("agent_id", theirs.agent())
        .get("/api/v1/sessions")
        .then()
        .statusCode(200)
        .body("data", empty())
        .body("next_cursor", equalTo(null));
    var found =
        ids(
            mine.tenant()
                .asAdmin()
                .queryParam("external_id", "shared-key-1")
                .get("/api/v1/sessions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath());
    assertThat(found).hasSize(1).isSubsetOf(mine.sessions());
    assertThat(ids(mine.tenant().asAdmin().get("/api/v1/sessions?limit=100").jsonPath()))
        .containsExactlyInAnyOrderElementsOf(mine.sessions());
  }

  @Test
  void a_cursor_works_only_for_the_account_list_and_filter_it_was_issued_for() {
    var mine = Account.withCalls("Mine");
    var theirs = Account.withCalls("Theirs");
    var theirCursor = theirs.cursor("/api/v1/sessions");
    var myCursor = mine.cursor("/api/v1/sessions");
    var myAgentCursor = mine.cursor("/api/v1/agents/" + mine.agent() + "/sessions");

    refused(mine, "/api/v1/sessions", theirCursor, "");
    refused(mine, "/api/v1/sessions", myCursor, "status=ok");
    refused(mine, "/api/v1/sessions", myCursor, "since=7d");
    refused(mine, "/api/v1/sessions", myCursor, "external_id=shared-key-1");
    refused(mine, "/api/v1/agents/" + mine.agent() + "/sessions", myCursor, "");
    refused(mine, "/api/v1/sessions", myAgentCursor, "");
    refused(mine, "/api/v1/sessions", myAgentCursor, "agent_id=" + mine.agent());
    mine.tenant()
        .asAdmin()
        .queryParam("cursor", myCursor)
        .get("/api/v1/sessions")
        .then()
        .statusCode(200)
        .body("data[0].id", equalTo(mine.sessions().get(1)));
  }

  @Test
  void an_events_cursor_works_only_for_its_own_session_and_account() {
    var mine = Account.withCalls("Mine");
    var theirs = Account.withCalls("Theirs");
    var their = theirs.sessions().get(1);
    var theirCursor = theirs.cursor("/api/v1/sessions/" + their + "/events");
    var mySession = mine.sessions().get(1);

    refused(mine, "/api/v1/sessions/" + mySession + "/events", theirCursor, "");
    refused(theirs, "/api/v1/sessions/" + theirs.sessions().get(0) + "/events", theirCursor, "");
  }

  @Test
  void no_answer_about_sessions_holds_a_value_the_caller_said_or_a_token() {
    var tenant = Tenant.open();
    var agent = stubAgent(tenant, "Leak check");
    // A Bolna-style call: the session key is the caller's phone number.
    var key = Phi.PHONE_WRITTEN;
    turn(agent, key, Phi.INTRO);
    turn(agent, key, Phi.ABOUT_MOTHER);
    recorded();
    var id =
        ids(tenant
                .asAdmin()
                .queryParam("external_id", key)
                .get("/api/v1/sessions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath())
            .get(0);

    var bodies = new ArrayList<String>();
    for (var path :
        List.of(
            "/api/v1/sessions",
            "/api/v1/sessions?external_id=" + key,
            "/api/v1/sessions/" + id,
            "/api/v1/sessions/" + id + "/events",
            "/api/v1/sessions/" + id + "/events?limit=1",
            "/api/v1/agents/" + agent + "/sessions")) {
      bodies.add(tenant.asAdmin().get(path).then().statusCode(200).extract().asString());
    }
    bodies.add(
        tenant
            .asAdmin()
            .queryParam("external_id", key + "\u0001")
            .get("/api/v1/sessions")
            .then()
            .statusCode(422)
            .extract()
            .asString());

    assertThat(bodies.get(1)).contains(id);
    for (var body : bodies) {
      Phi.assertNoneIn("a session answer", body);
      assertThat(body).doesNotContain("4155552671");
      assertThat(Phi.TOKEN.matcher(body).find()).as("a token in %s", body).isFalse();
    }
  }

  private static void refused(Account account, String path, String cursor, String query) {
    account
        .tenant()
        .asAdmin()
        .urlEncodingEnabled(false)
        .get(path + "?cursor=" + cursor + (query.isEmpty() ? "" : "&" + query))
        .then()
        .statusCode(422)
        .body("error.code", equalTo("validation_failed"))
        .body("error.details[0].field", equalTo("cursor"));
  }
}
