package dev.masker.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.Secret;
import dev.masker.server.DatabaseDump;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API tokens over HTTP: created, listed, used in place of the cookie, limited and revoked. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class TokensApiTest {
  private static final Path LOG = Path.of("target", "masker-test.log");

  @Inject AgroalDataSource dataSource;

  /** A token's id and secret, as {@code POST /tokens} gave them. */
  record Created(String id, String secret) {
    RequestSpecification use() {
      return given().header("Authorization", "Bearer " + secret);
    }
  }

  private static Created create(RequestSpecification asUser, String... scopes) {
    var answer =
        asUser
            .contentType(ContentType.JSON)
            .body(Map.of("name", "CI pipeline", "scopes", List.of(scopes)))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract();
    return new Created(answer.path("token.id"), answer.path("token.secret"));
  }

  private static RequestSpecification asCookie(String cookie) {
    return given().cookie("masker_session", cookie);
  }

  private static void refusedAs401(RequestSpecification request) {
    request
        .get("/api/v1/agents")
        .then()
        .statusCode(401)
        .header("X-Request-Id", startsWith("req_"))
        .body("error.code", equalTo("unauthenticated"))
        .body("error.request_id", startsWith("req_"));
  }

  @Test
  void a_token_is_created_with_its_secret_shown_once_and_listed_without_it() {
    var tenant = Tenant.open();

    var answer =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "  Nightly export  ",
                    "scopes",
                    List.of("sessions:read", "agents:read")))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .header("Cache-Control", "no-store")
            .body("token.id", matchesPattern("tok_[0-9A-HJKMNP-TV-Z]{26}"))
            .body("token.name", equalTo("Nightly export"))
            .body("token.scopes", contains("agents:read", "sessions:read"))
            .body("token.user_id", startsWith("usr_"))
            .body(
                "token.created_at",
                matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"))
            .body("token.expires_at", nullValue())
            .body("token.last_used_at", nullValue())
            .body("token.secret", matchesPattern("mk_[A-Za-z0-9_-]{43}"))
            .extract();
    var id = answer.<String>path("token.id");
    var secret = answer.<String>path("token.secret");

    var list = tenant.asAdmin().get("/api/v1/tokens").then().statusCode(200);
    list.body("data.id", contains(id))
        .body("data[0]", not(hasKey("secret")))
        .body("data[0].scopes", contains("agents:read", "sessions:read"))
        .body("next_cursor", nullValue());
    assertThat(list.extract().asString()).doesNotContain(secret);
  }

  @Test
  void a_token_reads_agents_in_place_of_the_cookie_and_is_refused_what_its_scopes_leave_out() {
    var tenant = Tenant.open();
    var agentId = tenant.createAgent("Front desk");
    var reader = create(tenant.asAdmin(), "agents:read");
    var sessionsOnly = create(tenant.asAdmin(), "sessions:read");

    reader.use().get("/api/v1/agents").then().statusCode(200).body("data.id", contains(agentId));
    reader
        .use()
        .get("/api/v1/agents/" + agentId)
        .then()
        .statusCode(200)
        .body("agent.id", equalTo(agentId));
    reader
        .use()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Sneaky", "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(403)
        .body("error.code", equalTo("forbidden"))
        .body("error.message", containsString("agents:write"));
    reader.use().delete("/api/v1/agents/" + agentId).then().statusCode(403);
    sessionsOnly
        .use()
        .get("/api/v1/agents")
        .then()
        .statusCode(403)
        .body("error.code", equalTo("forbidden"));

    tenant.asAdmin().get("/api/v1/agents/" + agentId).then().statusCode(200);
  }

  @Test
  void a_write_token_creates_agents_and_deletes_them_only_for_an_admin() {
    var tenant = Tenant.open();
    var adminWriter = create(tenant.asAdmin(), "agents:write");
    var memberWriter = create(asCookie(tenant.memberCookie()), "agents:write", "agents:read");

    var agentId =
        adminWriter
            .use()
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Made by a script", "upstream", "stub"))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .extract()
            .<String>path("agent.id");

    memberWriter.use().delete("/api/v1/agents/" + agentId).then().statusCode(403);
    memberWriter.use().get("/api/v1/agents/" + agentId).then().statusCode(200);
    adminWriter.use().delete("/api/v1/agents/" + agentId).then().statusCode(204);
    tenant.asAdmin().get("/api/v1/agents/" + agentId).then().statusCode(404);
  }

  @Test
  void a_revoked_token_is_401_and_indistinguishable_from_an_unknown_one() {
    var tenant = Tenant.open();
    var token = create(tenant.asAdmin(), "agents:read");
    token.use().get("/api/v1/agents").then().statusCode(200);

    tenant.asAdmin().delete("/api/v1/tokens/" + token.id()).then().statusCode(204);

    var revoked = token.use().get("/api/v1/agents").then().statusCode(401).extract();
    var unknown =
        given()
            .header("Authorization", "Bearer " + Secret.generate("mk_").value())
            .get("/api/v1/agents")
            .then()
            .statusCode(401)
            .extract();
    assertThat(revoked.<String>path("error.message")).isEqualTo(unknown.path("error.message"));
    tenant.asAdmin().get("/api/v1/tokens").then().body("data", org.hamcrest.Matchers.empty());
    tenant
        .asAdmin()
        .delete("/api/v1/tokens/" + token.id())
        .then()
        .statusCode(404)
        .body("error.code", equalTo("not_found"));
  }

  @Test
  void an_expired_token_and_the_token_of_a_removed_user_are_401() throws Exception {
    var tenant = Tenant.open();
    var memberCookie = tenant.memberCookie();
    var expiring =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "Short-lived",
                    "scopes",
                    List.of("agents:read"),
                    "expires_at",
                    "2999-01-01T00:00:00.000Z"))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .body("token.expires_at", equalTo("2999-01-01T00:00:00.000Z"))
            .extract();
    var expiringToken = new Created(expiring.path("token.id"), expiring.path("token.secret"));
    var members = create(asCookie(memberCookie), "agents:read");
    var memberId =
        asCookie(memberCookie).get("/api/v1/me").then().extract().<String>path("user.id");
    expiringToken.use().get("/api/v1/agents").then().statusCode(200);
    members.use().get("/api/v1/agents").then().statusCode(200);

    // Time passes for one token; an operator removes the other's user.
    execute(
        "update api_tokens set expires_at = now() - interval '1 second' where id = ?",
        expiringToken.id());
    execute("delete from users where id = ?", memberId);

    refusedAs401(expiringToken.use());
    refusedAs401(members.use());
  }

  @Test
  void an_expiry_in_the_past_or_not_a_time_is_refused() {
    var tenant = Tenant.open();

    for (var expiry : List.of("2001-01-01T00:00:00Z", "tomorrow", "2026-13-01T00:00:00Z", "")) {
      var body = new HashMap<String, Object>(Map.of("name", "x", "scopes", List.of("agents:read")));
      body.put("expires_at", expiry);
      tenant
          .asAdmin()
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/tokens")
          .then()
          .statusCode(422)
          .body("error.code", equalTo("validation_failed"))
          .body("error.details[0].field", equalTo("expires_at"));
    }
  }

  @Test
  void scopes_and_names_are_validated_naming_the_field() {
    var tenant = Tenant.open();
    var cases =
        List.<Map.Entry<Map<String, Object>, String>>of(
            Map.entry(
                Map.of("name", "x", "scopes", List.of("agents:read", "agents:admin")), "scopes.1"),
            Map.entry(Map.of("name", "x", "scopes", List.of("tokens:manage")), "scopes.0"),
            Map.entry(Map.of("name", "x", "scopes", List.of("AGENTS:READ")), "scopes.0"),
            Map.entry(Map.of("name", "x", "scopes", List.of()), "scopes"),
            Map.entry(Map.of("name", "x"), "scopes"),
            Map.entry(Map.of("name", "x", "scopes", "agents:read"), "scopes"),
            Map.entry(Map.of("scopes", List.of("agents:read")), "name"),
            Map.entry(Map.of("name", "   ", "scopes", List.of("agents:read")), "name"),
            Map.entry(Map.of("name", "x".repeat(65), "scopes", List.of("agents:read")), "name"),
            Map.entry(Map.of("name", "a\u0007b", "scopes", List.of("agents:read")), "name"),
            Map.entry(
                Map.of("name", "x", "scopes", List.of("agents:read"), "role", "admin"), "role"));
    for (var c : cases) {
      tenant
          .asAdmin()
          .contentType(ContentType.JSON)
          .body(c.getKey())
          .post("/api/v1/tokens")
          .then()
          .statusCode(422)
          .body("error.code", equalTo("validation_failed"))
          .body("error.details[0].field", equalTo(c.getValue()))
          .body("error.message", not(containsString("agents:admin")));
    }
    tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "y".repeat(64), "scopes", List.of("audit:read", "audit:read")))
        .post("/api/v1/tokens")
        .then()
        .statusCode(201)
        .body("token.name", hasLength(64))
        .body("token.scopes", contains("audit:read"));
    tenant.asAdmin().get("/api/v1/tokens").then().body("data.size()", equalTo(1));
  }

  @Test
  void a_token_of_one_account_finds_nothing_of_another() {
    var a = Tenant.open();
    var b = Tenant.open();
    var theirAgent = b.createAgent("Theirs");
    var theirToken = create(b.asAdmin(), "agents:read");
    var ours = create(a.asAdmin(), "agents:read", "agents:write");

    ours.use()
        .get("/api/v1/agents/" + theirAgent)
        .then()
        .statusCode(404)
        .body("error.code", equalTo("agent_not_found"));
    ours.use().delete("/api/v1/agents/" + theirAgent).then().statusCode(404);
    ours.use()
        .get("/api/v1/agents")
        .then()
        .statusCode(200)
        .body("data", org.hamcrest.Matchers.empty());
    a.asAdmin().delete("/api/v1/tokens/" + theirToken.id()).then().statusCode(404);
    a.asAdmin().get("/api/v1/tokens").then().body("data.id", not(hasItem(theirToken.id())));

    theirToken.use().get("/api/v1/agents/" + theirAgent).then().statusCode(200);
  }

  @Test
  void a_member_sees_and_revokes_only_their_own_tokens_and_an_admin_every_one() {
    var tenant = Tenant.open();
    var memberCookie = tenant.memberCookie();
    var admins = create(tenant.asAdmin(), "agents:read");
    var members = create(asCookie(memberCookie), "agents:read");

    asCookie(memberCookie)
        .get("/api/v1/tokens")
        .then()
        .statusCode(200)
        .body("data.id", contains(members.id()));
    tenant
        .asAdmin()
        .get("/api/v1/tokens")
        .then()
        .statusCode(200)
        .body("data.id", contains(members.id(), admins.id()));

    asCookie(memberCookie).delete("/api/v1/tokens/" + admins.id()).then().statusCode(404);
    admins.use().get("/api/v1/agents").then().statusCode(200);

    tenant.asAdmin().delete("/api/v1/tokens/" + members.id()).then().statusCode(204);
    refusedAs401(members.use());

    var own = create(asCookie(memberCookie), "agents:read");
    asCookie(memberCookie).delete("/api/v1/tokens/" + own.id()).then().statusCode(204);
    refusedAs401(own.use());
  }

  @Test
  void a_token_cannot_manage_tokens_or_users() {
    var tenant = Tenant.open();
    var everything =
        create(
            tenant.asAdmin(),
            "agents:read",
            "agents:write",
            "sessions:read",
            "reports:read",
            "audit:read");

    everything
        .use()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Escalated", "scopes", List.of("agents:read")))
        .post("/api/v1/tokens")
        .then()
        .statusCode(403)
        .body("error.code", equalTo("forbidden"));
    everything.use().get("/api/v1/tokens").then().statusCode(403);
    everything.use().delete("/api/v1/tokens/" + everything.id()).then().statusCode(403);
    everything
        .use()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "new@clinic.example", "role", "admin"))
        .post("/api/v1/users")
        .then()
        .statusCode(403);

    tenant.asAdmin().get("/api/v1/tokens").then().body("data.id", contains(everything.id()));
    everything.use().get("/api/v1/agents").then().statusCode(200);
  }

  @Test
  void malformed_authorization_headers_are_401_and_never_500() {
    var tenant = Tenant.open();
    var valid = create(tenant.asAdmin(), "agents:read");
    var headers =
        List.of(
            "Bearer",
            "Bearer ",
            "Bearer mk_",
            "bearer mk_",
            "Bearer xx_" + valid.secret().substring(3),
            "Bearer " + valid.secret().substring(3),
            "Bearer " + valid.secret() + "x",
            "Bearer " + valid.secret().toUpperCase(),
            "Bearer  mk_ " + valid.secret(),
            "Bearerxyz",
            "Bearer mk_" + "A".repeat(6_000),
            "Bearer mk_\u00e9\u00e9\u00e9",
            "Basic dXNlcjpwYXNz",
            "Token " + valid.secret(),
            valid.secret());
    for (var header : headers) {
      refusedAs401(given().header("Authorization", header));
    }
    valid.use().get("/api/v1/agents").then().statusCode(200);
    given()
        .header("Authorization", "bearer " + valid.secret())
        .get("/api/v1/agents")
        .then()
        .statusCode(200);
  }

  @Test
  void me_lists_what_a_token_may_do_its_scopes_within_its_users_role() {
    var tenant = Tenant.open();
    var memberCookie = tenant.memberCookie();
    var adminToken = create(tenant.asAdmin(), "agents:write", "audit:read");
    var memberToken = create(asCookie(memberCookie), "agents:write", "audit:read");
    var bare = create(tenant.asAdmin(), "reports:read");

    adminToken
        .use()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("user.email", equalTo(tenant.adminEmail()))
        .body("permissions", contains("agents:write", "agents:delete", "audit:read"));
    memberToken
        .use()
        .get("/api/v1/me")
        .then()
        .body("permissions", contains("agents:write", "audit:read"));
    bare.use()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("permissions", contains("reports:read"));
    tenant
        .asAdmin()
        .get("/api/v1/me")
        .then()
        .body("permissions", hasItem("tokens:manage"))
        .body("permissions", hasItem("users:manage"));
  }

  @Test
  void a_token_is_not_held_to_the_cookies_origin_check_and_decides_alone_when_both_are_sent() {
    var tenant = Tenant.open();
    var writer = create(tenant.asAdmin(), "agents:write");
    var reader = create(tenant.asAdmin(), "agents:read");

    writer
        .use()
        .header("Origin", "https://elsewhere.example")
        .contentType(ContentType.JSON)
        .body(Map.of("name", "From a script", "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(201);
    tenant
        .asAdmin()
        .header("Origin", "https://elsewhere.example")
        .contentType(ContentType.JSON)
        .body(Map.of("name", "From another site", "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(403);

    // With a cookie too, the token decides: its scopes, and its failure.
    reader
        .use()
        .cookie("masker_session", tenant.adminCookie())
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Both", "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(403);
    refusedAs401(
        given()
            .cookie("masker_session", tenant.adminCookie())
            .header("Authorization", "Bearer " + Secret.generate("mk_").value()));
  }

  @Test
  void the_last_use_is_shown_and_written_at_most_once_a_minute() {
    var tenant = Tenant.open();
    var token = create(tenant.asAdmin(), "agents:read");

    token.use().get("/api/v1/agents").then().statusCode(200);
    var first =
        tenant
            .asAdmin()
            .get("/api/v1/tokens")
            .then()
            .body("data[0].last_used_at", notNullValue())
            .extract()
            .<String>path("data[0].last_used_at");
    token.use().get("/api/v1/agents").then().statusCode(200);

    tenant.asAdmin().get("/api/v1/tokens").then().body("data[0].last_used_at", equalTo(first));
  }

  @Test
  void the_list_pages_and_refuses_bad_limits_and_cursors() {
    var tenant = Tenant.open();
    var memberCookie = tenant.memberCookie();
    var first = create(tenant.asAdmin(), "agents:read");
    var second = create(tenant.asAdmin(), "agents:read");
    var third = create(tenant.asAdmin(), "agents:read");
    create(asCookie(memberCookie), "agents:read");

    var page =
        tenant
            .asAdmin()
            .queryParam("limit", 2)
            .get("/api/v1/tokens")
            .then()
            .statusCode(200)
            .extract();
    var cursor = page.<String>path("next_cursor");
    assertThat(page.<List<String>>path("data.id")).hasSize(2);
    var rest =
        tenant
            .asAdmin()
            .queryParam("limit", 2)
            .queryParam("cursor", cursor)
            .get("/api/v1/tokens")
            .then()
            .statusCode(200)
            .extract();
    assertThat(rest.<List<String>>path("data.id")).containsExactly(second.id(), first.id());
    assertThat(page.<List<String>>path("data.id")).contains(third.id());
    assertThat(rest.<String>path("next_cursor")).isNull();

    for (var limit : List.of("0", "101", "-1", "ten", "1.5", "1e2", "")) {
      tenant
          .asAdmin()
          .queryParam("limit", limit)
          .get("/api/v1/tokens")
          .then()
          .statusCode(422)
          .body("error.details[0].field", equalTo("limit"));
    }
    tenant.asAdmin().queryParam("limit", 1).get("/api/v1/tokens").then().statusCode(200);
    tenant.asAdmin().queryParam("limit", 100).get("/api/v1/tokens").then().statusCode(200);
    for (var bad : List.of("garbage", "Zm9v", cursorOfAgents(tenant))) {
      tenant
          .asAdmin()
          .queryParam("cursor", bad)
          .get("/api/v1/tokens")
          .then()
          .statusCode(422)
          .body("error.details[0].field", equalTo("cursor"));
    }
    // A member's view is another list than the admin's: the admin's cursor is refused to them.
    asCookie(memberCookie)
        .queryParam("cursor", cursor)
        .get("/api/v1/tokens")
        .then()
        .statusCode(422)
        .body("error.details[0].field", equalTo("cursor"));
  }

  private static String cursorOfAgents(Tenant tenant) {
    tenant.createAgent("One");
    tenant.createAgent("Two");
    return tenant
        .asAdmin()
        .queryParam("limit", 1)
        .get("/api/v1/agents")
        .then()
        .extract()
        .path("next_cursor");
  }

  @Test
  void malformed_and_foreign_ids_are_404() {
    var tenant = Tenant.open();
    for (var id :
        List.of(
            "nope",
            "tok_nope",
            "agt_01HZX3V8G2M7Q4T6Y9B1C5D8EH",
            "tok_81HZX3V8G2M7Q4T6Y9B1C5D8EH",
            "tok_01HZX3V8G2M7Q4T6Y9B1C5D8EH")) {
      tenant
          .asAdmin()
          .delete("/api/v1/tokens/" + id)
          .then()
          .statusCode(404)
          .body("error.code", equalTo("not_found"));
    }
  }

  @Test
  void without_a_cookie_or_token_the_token_endpoints_are_401() {
    given().get("/api/v1/tokens").then().statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "x", "scopes", List.of("agents:read")))
        .post("/api/v1/tokens")
        .then()
        .statusCode(401);
    given().delete("/api/v1/tokens/tok_01HZX3V8G2M7Q4T6Y9B1C5D8EH").then().statusCode(401);
  }

  @Test
  void a_tokens_secret_never_reaches_the_log_or_the_database_in_clear() throws Exception {
    var tenant = Tenant.open();
    var token = create(tenant.asAdmin(), "agents:read");
    var used = token.use().get("/api/v1/agents").then().statusCode(200).extract();
    token.use().get("/api/v1/tokens").then().statusCode(403);
    given()
        .header("Authorization", "Bearer " + token.secret() + "x")
        .get("/api/v1/agents")
        .then()
        .statusCode(401);
    tenant.asAdmin().delete("/api/v1/tokens/" + token.id()).then().statusCode(204);
    token.use().get("/api/v1/agents").then().statusCode(401);
    var kept = create(tenant.asAdmin(), "agents:read");
    kept.use().get("/api/v1/agents").then().statusCode(200);

    var log = Files.readString(LOG);
    var dump = DatabaseDump.everyTable(dataSource);

    assertThat(log).contains(used.header("X-Request-Id"));
    assertThat(dump).contains(new Secret(kept.secret()).digest()); // the dump holds the token rows
    for (var secret : List.of(token.secret(), kept.secret())) {
      assertThat(log).as("log").doesNotContain(secret).doesNotContain(secret.substring(3));
      assertThat(dump).as("database").doesNotContain(secret).doesNotContain(secret.substring(3));
    }
  }

  private void execute(String sql, String parameter) throws Exception {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }
}
