package dev.masker.server.api;

import static io.restassured.RestAssured.given;

import dev.masker.application.port.in.OpenAccountUseCase;
import dev.masker.domain.account.Plan;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/**
 * A fresh account of its own for one test, with its admin signed in over HTTP; tests that each open
 * their own tenant share nothing and may run in any order.
 */
public record Tenant(String accountId, String adminEmail, String adminCookie) {
  public static final String PASSWORD = "a long enough password";
  private static final MonotonicUlids IDS = new MonotonicUlids();

  public static Tenant open() {
    var email = "admin-" + IDS.newUlid().toLowerCase() + "@clinic.example";
    var opened =
        (OpenAccountUseCase.Result.Opened)
            Arc.container()
                .instance(OpenAccountUseCase.class)
                .get()
                .open(
                    new OpenAccountUseCase.Command(
                        "Clinic", new Email(email), new Password(PASSWORD), Plan.BETA));
    return new Tenant(opened.account().id().value(), email, signIn(email, PASSWORD));
  }

  /** Signs in over HTTP and returns the {@code masker_session} cookie value. */
  public static String signIn(String email, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(204)
        .extract()
        .cookie("masker_session");
  }

  /** A request as the admin. */
  public RequestSpecification asAdmin() {
    return given().cookie("masker_session", adminCookie);
  }

  /** Adds a member over the API and returns their session cookie. */
  public String memberCookie() {
    var email = "member-" + IDS.newUlid().toLowerCase() + "@clinic.example";
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "role", "member", "password", PASSWORD))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    return signIn(email, PASSWORD);
  }

  /** Creates an agent over the API and returns its id. */
  public String createAgent(String name) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "upstream", "openai:gpt-4o-mini"))
        .post("/api/v1/agents")
        .then()
        .statusCode(201)
        .extract()
        .path("agent.id");
  }
}
