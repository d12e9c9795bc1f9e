package dev.masker.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.api.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code reset-admin}, run inside the test server: what a self-hoster sees and what changes. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ResetAdminTest {
  private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S+)");

  @Inject ResetAdmin resetAdmin;

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

  private int run(String email) {
    return resetAdmin.run(
        email,
        new PrintStream(console, true, StandardCharsets.UTF_8),
        new PrintStream(errors, true, StandardCharsets.UTF_8));
  }

  private static int login(String email, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login")
        .statusCode();
  }

  @Test
  void the_admin_gets_a_new_password_shown_once_and_is_signed_out_everywhere() throws Exception {
    var tenant = Tenant.open();
    var logBefore = Files.readString(Path.of("target/masker-test.log"));

    assertThat(run(tenant.adminEmail())).isZero();

    var matcher = PRINTED_PASSWORD.matcher(console.toString(StandardCharsets.UTF_8));
    assertThat(matcher.find()).isTrue();
    var fresh = matcher.group(1);
    assertThat(tenant.asAdmin().get("/api/v1/me").statusCode()).as("old session").isEqualTo(401);
    assertThat(login(tenant.adminEmail(), Tenant.PASSWORD)).isEqualTo(401);
    assertThat(login(tenant.adminEmail(), fresh)).isEqualTo(204);
    var logAfter = Files.readString(Path.of("target/masker-test.log"));
    assertThat(logAfter.substring(logBefore.length()))
        .contains("Password of admin usr_")
        .doesNotContain(fresh)
        .doesNotContain(tenant.adminEmail());
  }

  @Test
  void a_member_is_no_admin_and_keeps_their_password() {
    var tenant = Tenant.open();
    var member = "member-" + System.nanoTime() + "@clinic.example";
    tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("email", member, "password", Tenant.PASSWORD))
        .post("/api/v1/users")
        .then()
        .statusCode(201);

    assertThat(run(member)).isEqualTo(1);
    assertThat(errors.toString(StandardCharsets.UTF_8)).contains("No admin has this email");
    assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("password:");
    assertThat(login(member, Tenant.PASSWORD)).isEqualTo(204);
  }

  @Test
  void an_argument_that_is_no_email_address_is_a_usage_error() {
    assertThat(run("not-an-address")).isEqualTo(2);
    assertThat(errors.toString(StandardCharsets.UTF_8)).contains("Usage: reset-admin");
  }
}
