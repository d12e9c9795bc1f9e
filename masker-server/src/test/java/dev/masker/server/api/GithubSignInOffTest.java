package dev.masker.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without {@code MASKER_GITHUB_CLIENT_ID} and {@code _SECRET}, GitHub sign-in is off. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class GithubSignInOffTest {

  @Test
  void starting_a_github_sign_in_is_a_404_that_says_it_is_not_configured() {
    var answer = given().redirects().follow(false).get("/api/v1/auth/github?redirect_to=/portal");

    answer
        .then()
        .statusCode(404)
        .body("error.code", equalTo("not_found"))
        .body("error.message", containsString("not configured"))
        .body("error.request_id", startsWith("req_"));
    assertThat(answer.header("Set-Cookie")).isNull();
  }

  @Test
  void a_callback_is_a_404_too() {
    given()
        .redirects()
        .follow(false)
        .cookie("masker_oauth_state", "some-state")
        .get("/api/v1/auth/github/callback?state=some-state&code=some-code")
        .then()
        .statusCode(404)
        .body("error.code", equalTo("not_found"));
  }
}
