package dev.masker.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.common.Sha256;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AuthApiTest {
  private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  @Inject AgroalDataSource dataSource;

  @Test
  void signing_in_sets_an_http_only_lax_cookie_for_thirty_days() {
    var tenant = Tenant.open();

    var response =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", tenant.adminEmail(), "password", Tenant.PASSWORD))
            .post("/api/v1/auth/login");

    response.then().statusCode(204);
    var setCookie = response.header("Set-Cookie");
    assertThat(setCookie)
        .startsWith("masker_session=")
        .contains("Max-Age=2592000", "Path=/", "HttpOnly", "SameSite=Lax")
        .doesNotContain("Secure"); // local mode serves plain http
    var value = response.cookie("masker_session");
    assertThat(value).hasSizeGreaterThanOrEqualTo(43); // 256 bits in base64url
  }

  @Test
  void the_bootstrap_admin_from_the_environment_can_sign_in() {
    var cookie = Tenant.signIn("admin@test.example", "correct horse battery staple");

    given()
        .cookie("masker_session", cookie)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("user.email", equalTo("admin@test.example"))
        .body("user.role", equalTo("admin"))
        .body("account.plan", equalTo("internal"));
  }

  @Test
  void me_describes_the_user_the_account_and_the_permissions() {
    var tenant = Tenant.open();

    tenant
        .asAdmin()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("user.id", startsWith("usr_"))
        .body("user.email", equalTo(tenant.adminEmail()))
        .body("user.created_at", matchesPattern(TIMESTAMP))
        .body("user.last_seen_at", matchesPattern(TIMESTAMP))
        .body("user.github_login", equalTo(null))
        .body("account.id", equalTo(tenant.accountId()))
        .body("account.name", equalTo("Clinic"))
        .body("account.plan", equalTo("beta"))
        .body("account.created_at", matchesPattern(TIMESTAMP))
        .body("permissions", hasItem("agents:delete"));
  }

  @Test
  void a_member_lacks_the_admin_permissions() {
    var member = Tenant.open().memberCookie();

    given()
        .cookie("masker_session", member)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("user.role", equalTo("member"))
        .body("permissions", hasItem("agents:write"))
        .body("permissions", not(hasItem("agents:delete")));
  }

  @Test
  void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    var tenant = Tenant.open();

    var wrongPassword =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", tenant.adminEmail(), "password", "not the password at all"))
            .post("/api/v1/auth/login");
    var unknownEmail =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", "nobody-" + tenant.accountId() + "@x.example", "password", "x"))
            .post("/api/v1/auth/login");

    wrongPassword.then().statusCode(401).body("error.code", equalTo("unauthenticated"));
    unknownEmail.then().statusCode(401).body("error.code", equalTo("unauthenticated"));
    assertThat(wrongPassword.path("error.message").toString())
        .isEqualTo(unknownEmail.path("error.message").toString());
    assertThat(wrongPassword.header("Set-Cookie")).isNull();
  }

  @Test
  void repeated_failures_are_slowed_down_with_retry_after() {
    var tenant = Tenant.open();
    var wrong = Map.of("email", tenant.adminEmail(), "password", "wrong password guess");
    for (int i = 0; i < 5; i++) {
      given()
          .contentType(ContentType.JSON)
          .body(wrong)
          .post("/api/v1/auth/login")
          .then()
          .statusCode(401);
    }
    given()
        .contentType(ContentType.JSON)
        .body(wrong)
        .post("/api/v1/auth/login")
        .then()
        .statusCode(401);

    var throttled =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", tenant.adminEmail(), "password", Tenant.PASSWORD))
            .post("/api/v1/auth/login");

    throttled.then().statusCode(429).body("error.code", equalTo("rate_limited"));
    assertThat(Integer.parseInt(throttled.header("Retry-After"))).isGreaterThanOrEqualTo(1);
  }

  @Test
  void without_a_cookie_or_with_a_made_up_one_the_api_answers_401() {
    given()
        .get("/api/v1/me")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthenticated"))
        .body("error.request_id", startsWith("req_"));
    given()
        .cookie("masker_session", "made-up-value")
        .get("/api/v1/agents")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthenticated"));
  }

  @Test
  void signing_out_ends_the_session_on_the_server_and_clears_the_cookie() {
    var tenant = Tenant.open();

    var logout = tenant.asAdmin().post("/api/v1/auth/logout");

    logout.then().statusCode(204);
    assertThat(logout.header("Set-Cookie")).contains("masker_session=;").contains("Max-Age=0");
    tenant.asAdmin().get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void signing_out_without_a_session_still_answers_204() {
    given().post("/api/v1/auth/logout").then().statusCode(204);
  }

  @Test
  void a_sign_in_body_that_is_not_json_or_lacks_fields_is_a_validation_error() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"email\": ")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(422)
        .body("error.code", equalTo("validation_failed"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "someone@clinic.example"))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(422)
        .body("error.details[0].field", equalTo("password"));
  }

  @Test
  void a_state_change_from_another_origin_is_refused() {
    var tenant = Tenant.open();

    tenant
        .asAdmin()
        .header("Origin", "https://evil.example")
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Sneaky", "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(403)
        .body("error.code", equalTo("forbidden"));
    tenant
        .asAdmin()
        .header("Origin", "http://localhost:8080")
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Same origin", "upstream", "stub"))
        .post("/api/v1/agents")
        .then()
        .statusCode(201);
  }

  @Test
  void a_cookie_unused_for_thirty_days_is_refused_and_a_signed_out_one_too() throws SQLException {
    var tenant = Tenant.open();
    var kept = Tenant.signIn(tenant.adminEmail(), Tenant.PASSWORD);
    tenant.asAdmin().get("/api/v1/me").then().statusCode(200);

    try (var connection = dataSource.getConnection();
        var age =
            connection.prepareStatement(
                "update web_sessions set created_at = now() - interval '31 days',"
                    + " extended_at = now() - interval '30 days 1 minute'"
                    + " where secret_digest = ?")) {
      age.setString(1, Sha256.hex(tenant.adminCookie())); // the server keeps only this
      assertThat(age.executeUpdate()).isOne();
    }

    tenant
        .asAdmin()
        .get("/api/v1/me")
        .then()
        .statusCode(401)
        .body("error.code", equalTo("unauthenticated"))
        .body("error.request_id", startsWith("req_"));
    given().cookie("masker_session", kept).get("/api/v1/me").then().statusCode(200);
    given().cookie("masker_session", kept).post("/api/v1/auth/logout").then().statusCode(204);
    given().cookie("masker_session", kept).get("/api/v1/me").then().statusCode(401);
  }
}
