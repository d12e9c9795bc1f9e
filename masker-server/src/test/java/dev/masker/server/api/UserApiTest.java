package dev.masker.server.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.startsWith;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class UserApiTest {
  @Test
  void a_user_added_without_a_role_or_password_is_a_member_with_a_generated_password() {
    var tenant = Tenant.open();

    var password =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body(Map.of("email", "Nurse@Clinic.example"))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .body("user.id", startsWith("usr_"))
            .body("user.email", equalTo("nurse@clinic.example"))
            .body("user.role", equalTo("member"))
            .body("initial_password", hasLength(24))
            .extract()
            .<String>path("initial_password");

    given()
        .cookie("masker_session", Tenant.signIn("nurse@clinic.example", password))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("user.role", equalTo("member"));
  }

  @Test
  void an_email_already_used_is_a_409() {
    var tenant = Tenant.open();

    tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("email", tenant.adminEmail().toUpperCase(), "role", "admin"))
        .post("/api/v1/users")
        .then()
        .statusCode(409)
        .body("error.code", equalTo("email_taken"));
  }

  @Test
  void a_member_may_not_add_users() {
    var tenant = Tenant.open();

    given()
        .cookie("masker_session", tenant.memberCookie())
        .contentType(ContentType.JSON)
        .body(Map.of("email", "other@clinic.example", "role", "admin"))
        .post("/api/v1/users")
        .then()
        .statusCode(403)
        .body("error.code", equalTo("forbidden"));
  }

  @Test
  void an_unknown_role_or_a_weak_password_is_a_validation_error_naming_the_field() {
    var tenant = Tenant.open();

    tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "a@clinic.example", "role", "owner"))
        .post("/api/v1/users")
        .then()
        .statusCode(422)
        .body("error.details[0].field", equalTo("role"));
    tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "a@clinic.example", "password", "short"))
        .post("/api/v1/users")
        .then()
        .statusCode(422)
        .body("error.details[0].field", equalTo("password"));
  }
}
