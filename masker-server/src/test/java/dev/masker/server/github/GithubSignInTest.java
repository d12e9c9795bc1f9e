package dev.masker.server.github;

import static dev.masker.server.github.FakeGithubResource.fake;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.OAuthStateRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.auth.OAuthState;
import dev.masker.domain.auth.ReturnPath;
import dev.masker.domain.common.Secret;
import dev.masker.server.DatabaseDump;
import dev.masker.server.api.Tenant;
import dev.masker.server.github.FakeGithub.Account;
import dev.masker.server.github.FakeGithub.Outcome;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with GitHub end to end (SPEC §3), against a fake GitHub on a loopback port: the browser's
 * side is played with RestAssured, following no redirect, and GitHub's redirect back to the
 * callback is played by calling it with the state and a code the fake knows.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(FakeGithubResource.class)
class GithubSignInTest {
  private static final String PUBLIC_URL = "http://localhost:8080";
  private static final String CALLBACK = PUBLIC_URL + "/api/v1/auth/github/callback";
  private static final Path LOG = Path.of("target", "masker-test.log");
  private static final AtomicLong GITHUB_IDS =
      new AtomicLong(10_000_000L + new SecureRandom().nextLong(1L << 40));

  @Inject OAuthStateRepository states;
  @Inject TransactionRunner tx;
  @Inject AgroalDataSource dataSource;

  /** A started sign-in: the state GitHub is asked to bring back, and the browser's cookie. */
  private record Started(Response response, Map<String, String> authorizeQuery, String cookie) {
    String state() {
      return authorizeQuery.get("state");
    }
  }

  private static Account newAccount(String email) {
    long id = GITHUB_IDS.incrementAndGet();
    return Account.of(id, "octo-" + id, email);
  }

  private static String freshEmail() {
    return "gh-" + GITHUB_IDS.incrementAndGet() + "@github.example";
  }

  /** {@code rawQuery} goes on the wire as written. */
  private static Started startRaw(String rawQuery) {
    var response =
        given()
            .redirects()
            .follow(false)
            .urlEncodingEnabled(false)
            .get("/api/v1/auth/github" + rawQuery);
    response.then().statusCode(302);
    var location = URI.create(response.header("Location"));
    return new Started(
        response, query(location.getRawQuery()), response.cookie("masker_oauth_state"));
  }

  private static Started start(String redirectTo) {
    return startRaw("?redirect_to=" + encode(redirectTo));
  }

  private static Response callback(String cookie, String state, String code) {
    var request = given().redirects().follow(false);
    if (cookie != null) {
      request.cookie("masker_oauth_state", cookie);
    }
    if (state != null) {
      request.queryParam("state", state);
    }
    if (code != null) {
      request.queryParam("code", code);
    }
    return request.get("/api/v1/auth/github/callback");
  }

  /** A whole sign-in whose code leads to {@code outcome}: the callback's answer. */
  private static Response signIn(Outcome outcome, String redirectTo) {
    var started = start(redirectTo);
    return callback(started.cookie(), started.state(), fake().code(outcome));
  }

  private static String sessionOf(Response callback) {
    callback.then().statusCode(302);
    return callback.cookie("masker_session");
  }

  @Test
  void starting_sends_the_browser_to_github_with_a_one_time_state_in_a_cookie() {
    var started = start("/portal");
    var again = start("/portal");

    assertThat(started.response().header("Location"))
        .startsWith(fake().base() + "/login/oauth/authorize?");
    assertThat(started.authorizeQuery())
        .containsEntry("client_id", FakeGithubResource.CLIENT_ID)
        .containsEntry("redirect_uri", CALLBACK)
        .containsEntry("scope", "read:user user:email");
    assertThat(started.state()).hasSizeGreaterThanOrEqualTo(43).isEqualTo(started.cookie());
    assertThat(again.state()).isNotEqualTo(started.state());
    assertThat(started.response().header("Set-Cookie"))
        .startsWith("masker_oauth_state=" + started.state())
        .contains("Max-Age=600", "Path=/api/v1/auth/github", "HttpOnly", "SameSite=Lax")
        .doesNotContain("Secure"); // the test server's public URL is plain http
    assertThat(started.response().header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void a_first_sign_in_opens_an_account_with_the_person_as_admin_and_the_cookie_works() {
    var account = newAccount(freshEmail());
    var code = fake().code(new Outcome.SignsIn(account));
    var started = start("/portal/x?y");

    var callback = callback(started.cookie(), started.state(), code);

    callback.then().statusCode(302);
    assertThat(callback.header("Location")).isEqualTo(PUBLIC_URL + "/portal/x?y");
    var setCookies = callback.headers().getValues("Set-Cookie");
    assertThat(setCookies)
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("masker_session=")
                    .contains("Max-Age=2592000", "Path=/", "HttpOnly", "SameSite=Lax")
                    .doesNotContain("Secure"))
        .anySatisfy(
            cookie -> assertThat(cookie).startsWith("masker_oauth_state=;").contains("Max-Age=0"));
    assertThat(callback.cookie("masker_session")).hasSizeGreaterThanOrEqualTo(43);
    assertThat(fake().tokenRequestsFor(code))
        .singleElement()
        .satisfies(
            sent -> {
              assertThat(sent.clientId()).isEqualTo(FakeGithubResource.CLIENT_ID);
              assertThat(sent.clientSecret()).isEqualTo(FakeGithubResource.CLIENT_SECRET);
              assertThat(sent.redirectUri()).isEqualTo(CALLBACK);
              assertThat(sent.accept()).isEqualTo("application/json");
            });
    given()
        .cookie("masker_session", callback.cookie("masker_session"))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("user.id", startsWith("usr_"))
        .body("user.github_login", equalTo(account.login()))
        .body("user.email", equalTo(account.email()))
        .body("user.name", equalTo(account.name()))
        .body("user.role", equalTo("admin"))
        .body("account.id", startsWith("acc_"))
        .body("account.name", equalTo(account.login()))
        .body("account.plan", equalTo("beta"))
        .body("permissions", hasItem("agents:delete"));
  }

  @Test
  void a_returning_person_signs_in_to_the_same_user_and_account_with_the_new_login() {
    var account = newAccount(freshEmail());
    var first = me(sessionOf(signIn(new Outcome.SignsIn(account), "/portal")));
    var renamed =
        new Account(account.id(), account.login() + "-renamed", null, account.email(), List.of());

    var second = me(sessionOf(signIn(new Outcome.SignsIn(renamed), "/portal")));

    assertThat(second.getString("user.id")).isEqualTo(first.getString("user.id"));
    assertThat(second.getString("account.id")).isEqualTo(first.getString("account.id"));
    assertThat(second.getString("user.github_login")).isEqualTo(renamed.login());
    assertThat((Object) second.get("user.name")).isNull();
  }

  @Test
  void without_a_public_email_the_verified_primary_one_is_used_and_never_an_unverified_one() {
    var verified = freshEmail();
    var withPrimary =
        new Account(
            GITHUB_IDS.incrementAndGet(),
            "octo-primary",
            null,
            null,
            List.of(
                Map.of("email", freshEmail(), "primary", false, "verified", true),
                Map.of("email", verified, "primary", true, "verified", true)));
    var unverified =
        new Account(
            GITHUB_IDS.incrementAndGet(),
            "octo-unverified",
            null,
            null,
            List.of(Map.of("email", freshEmail(), "primary", true, "verified", false)));

    var primary = me(sessionOf(signIn(new Outcome.SignsIn(withPrimary), "/portal")));
    var none = me(sessionOf(signIn(new Outcome.SignsIn(unverified), "/portal")));

    assertThat(primary.getString("user.email")).isEqualTo(verified);
    assertThat((Object) none.get("user.email")).isNull();
    assertThat(none.getString("user.github_login")).isEqualTo("octo-unverified");
  }

  @Test
  void a_state_other_than_the_browsers_or_a_missing_one_is_refused_before_github_is_asked() {
    var code = fake().code(new Outcome.SignsIn(newAccount(freshEmail())));
    var mine = start("/portal");
    var theirs = start("/portal");

    for (var refused :
        List.of(
            callback(mine.cookie(), theirs.state(), code),
            callback(null, theirs.state(), code),
            callback(mine.cookie(), null, code),
            callback("made-up-" + mine.cookie(), "made-up-" + mine.cookie(), code))) {
      assertInvalidState(refused);
    }
    assertThat(fake().tokenRequestsFor(code)).isEmpty();
    // The browser that holds the state can still finish its own sign-in.
    assertThat(sessionOf(callback(mine.cookie(), mine.state(), code))).isNotBlank();
  }

  @Test
  void a_state_is_good_for_one_callback_only() {
    var account = newAccount(freshEmail());
    var started = start("/portal");
    sessionOf(
        callback(started.cookie(), started.state(), fake().code(new Outcome.SignsIn(account))));

    var replayed =
        callback(started.cookie(), started.state(), fake().code(new Outcome.SignsIn(account)));

    assertInvalidState(replayed);
  }

  @Test
  void a_state_older_than_ten_minutes_is_refused() {
    var state = Secret.generate("");
    var elevenMinutesAgo = Instant.now().minus(OAuthState.LIFETIME).minus(Duration.ofMinutes(1));
    tx.inTransaction(
        () -> states.add(new OAuthState(state.digest(), ReturnPath.PORTAL, elevenMinutesAgo)));
    var code = fake().code(new Outcome.SignsIn(newAccount(freshEmail())));

    var expired = callback(state.value(), state.value(), code);

    assertInvalidState(expired);
    assertThat(fake().tokenRequestsFor(code)).isEmpty();
  }

  @Test
  void a_sign_in_cancelled_at_github_comes_back_without_a_code_and_is_refused() {
    var started = start("/portal");

    var cancelled =
        given()
            .redirects()
            .follow(false)
            .cookie("masker_oauth_state", started.cookie())
            .queryParam("state", started.state())
            .queryParam("error", "access_denied")
            .get("/api/v1/auth/github/callback");

    cancelled.then().statusCode(400).body("error.code", equalTo("oauth_denied"));
    assertThat(cancelled.cookie("masker_session")).isNull();
  }

  @Test
  void every_way_the_exchange_can_fail_is_a_502_that_quotes_neither_code_nor_secret() {
    var failures =
        List.<Outcome>of(
            new Outcome.TokenAnswer(500, "text/html", "<html>Internal Server Error</html>"),
            new Outcome.TokenAnswer(200, "application/json", "this is not json {"),
            new Outcome.TokenAnswer(
                200,
                "application/json",
                "{\"error\":\"bad_verification_code\",\"error_description\":\"The code passed is"
                    + " incorrect or expired.\"}"),
            new Outcome.TokenAnswer(200, "application/json", "{\"token_type\":\"bearer\"}"),
            new Outcome.TokenAnswer(302, "text/html", ""), // a redirect is not followed
            new Outcome.UserAnswer(500, "{\"message\":\"Server Error\"}"),
            new Outcome.UserAnswer(200, "[1, 2, 3]"),
            new Outcome.UserAnswer(200, "{\"id\": \"42\", \"login\": \"octo-text-id\"}"),
            new Outcome.UserAnswer(200, "{\"id\": 4.5, \"login\": \"octo-fraction\"}"),
            new Outcome.TokenStalls());

    for (var failure : failures) {
      var started = start("/portal");
      var code = fake().code(failure);

      var answer = callback(started.cookie(), started.state(), code);

      answer
          .then()
          .statusCode(502)
          .body("error.code", equalTo("oauth_exchange_failed"))
          .body("error.request_id", startsWith("req_"));
      assertThat(answer.header("X-Request-Id")).startsWith("req_");
      assertThat(answer.asString())
          .doesNotContain(code)
          .doesNotContain(FakeGithubResource.CLIENT_SECRET)
          .doesNotContain(started.state());
      assertThat(answer.cookie("masker_session")).as(failure.toString()).isNull();
    }
  }

  @Test
  void redirect_to_anything_but_a_path_of_this_server_ends_on_the_portal() {
    var account = newAccount(freshEmail());
    var offSite =
        List.of(
            "?redirect_to=//evil.example",
            "?redirect_to=%2F%2Fevil.example",
            "?redirect_to=https://evil.example/portal",
            "?redirect_to=https%3A%2F%2Fevil.example",
            "?redirect_to=%2F%5Cevil.example",
            "?redirect_to=/%255Cevil.example",
            "?redirect_to=/%252F%252Fevil.example",
            "?redirect_to=%2F%09%2Fevil.example",
            "?redirect_to=/portal%0D%0ASet-Cookie:%20x=y",
            "?redirect_to=javascript:alert(1)",
            "?redirect_to=%20/portal",
            "?redirect_to=",
            "");

    for (var query : offSite) {
      var started = startRaw(query);

      var callback =
          callback(started.cookie(), started.state(), fake().code(new Outcome.SignsIn(account)));

      callback.then().statusCode(302);
      assertThat(callback.header("Location")).as(query).isEqualTo(PUBLIC_URL + "/portal");
    }
  }

  @Test
  void an_email_of_a_user_who_signs_in_with_a_password_is_not_taken_over() {
    var local = Tenant.open();
    var account = newAccount(local.adminEmail());

    var refused = signIn(new Outcome.SignsIn(account), "/portal");
    var again = signIn(new Outcome.SignsIn(account), "/portal");

    refused
        .then()
        .statusCode(409)
        .body("error.code", equalTo("email_taken"))
        .body("error.request_id", startsWith("req_"));
    again.then().statusCode(409);
    assertThat(refused.cookie("masker_session")).isNull();
    var stillLocal = me(Tenant.signIn(local.adminEmail(), Tenant.PASSWORD));
    assertThat((Object) stillLocal.get("user.github_login")).isNull();
    assertThat(stillLocal.getString("account.id")).isEqualTo(local.accountId());
  }

  @Test
  void the_client_secret_codes_states_and_tokens_reach_neither_the_log_nor_the_database()
      throws Exception {
    var started = start("/portal");
    var code = fake().code(new Outcome.SignsIn(newAccount(freshEmail())));
    var session = sessionOf(callback(started.cookie(), started.state(), code));
    var failedStart = start("/portal");
    var failedCode = fake().code(new Outcome.TokenAnswer(500, "text/plain", "boom"));
    callback(failedStart.cookie(), failedStart.state(), failedCode).then().statusCode(502);

    var log = Files.readString(LOG);
    var dump = DatabaseDump.everyTable(dataSource);

    assertThat(log).contains("GitHub sign-in failed: the token endpoint answered 500");
    assertThat(dump).contains("octo-"); // the rows are really there
    var secrets =
        new ArrayList<>(
            List.of(
                FakeGithubResource.CLIENT_SECRET,
                code,
                failedCode,
                started.state(),
                failedStart.state(),
                session));
    secrets.addAll(fake().issuedTokens());
    for (var secret : secrets) {
      assertThat(log).as("log").doesNotContain(secret);
      assertThat(dump).as("database").doesNotContain(secret);
    }
  }

  private static JsonPath me(String session) {
    return given()
        .cookie("masker_session", session)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void assertInvalidState(Response answer) {
    answer
        .then()
        .statusCode(400)
        .body("error.code", equalTo("invalid_state"))
        .body("error.request_id", startsWith("req_"));
    assertThat(answer.cookie("masker_session")).isNull();
  }

  private static Map<String, String> query(String raw) {
    var fields = new LinkedHashMap<String, String>();
    for (var pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      fields.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
