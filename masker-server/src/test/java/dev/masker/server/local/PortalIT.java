package dev.masker.server.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.server.github.FakeGithub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal at {@code /portal} in a real headless Chromium against the packaged server (embedded
 * database, local mode, the {@code stub} upstream): what a clinic's engineer and a compliance
 * officer do there, and that no value a caller said ever reaches its pages. Skipped, saying so,
 * where Chromium is not installed.
 */
class PortalIT {
  private static final String EMAIL = "admin@portal.example";
  private static final String PASSWORD = "portal test password 42";
  private static final String NAME = "Rosalind Okafor";
  private static final String[] PHI = {NAME, "Okafor", "Rosalind", "2671", "555 2671"};
  private static final String UTTERANCE =
      "Hi, this is " + NAME + ", born March 3rd 1961, call me at 415 555 2671";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path work;
  private static FakeGithub github;
  private static ServerProcess server;
  private static PortalBrowser browser;
  private static String cookie;

  @BeforeAll
  static void start() throws Exception {
    PortalBrowser.assumeInstalled();
    work = Files.createTempDirectory("portal-it-");
    github = FakeGithub.start();
    server =
        ServerProcess.start(
            work.resolve("server.log"),
            Map.of(
                "MASKER_DATA_DIR",
                work.resolve("data").toString(),
                "MASKER_BOOTSTRAP_ADMIN_EMAIL",
                EMAIL,
                "MASKER_BOOTSTRAP_ADMIN_PASSWORD",
                PASSWORD,
                "MASKER_BCRYPT_COST",
                "4",
                "MASKER_GITHUB_CLIENT_ID",
                "portal-client",
                "MASKER_GITHUB_CLIENT_SECRET",
                "portal-client-secret",
                "MASKER_GITHUB_AUTHORIZE_URL",
                github.base() + "/login/oauth/authorize",
                "MASKER_GITHUB_TOKEN_URL",
                github.base() + "/login/oauth/access_token",
                "MASKER_GITHUB_API_URL",
                github.base() + "/api/v3"));
    cookie = server.signIn(EMAIL, PASSWORD);
    browser = PortalBrowser.open(server.port);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (github != null) {
      github.close();
    }
  }

  @Test
  void a_person_signs_in_with_github() {
    var login = "octo-" + suffix();
    github.authorizes(
        FakeGithub.Account.of(
            Math.abs(UUID.randomUUID().getMostSignificantBits()),
            login,
            login + "@github.example"));
    browser.signedOut();
    browser.driver.findElement(By.cssSelector("button.github")).click();
    browser.awaitPage("dashboard");
    assertThat(browser.driver.findElement(By.id("who-name")).getText())
        .contains(login + "@github.example", login);
    assertThat(browser.driver.getCurrentUrl()).startsWith(browser.origin + "/portal/");
  }

  @Test
  void sessions_page_with_the_cursor_and_an_agent_is_changed_then_deleted() throws Exception {
    var name = "Paging desk " + suffix();
    var agentId = createAgent(name, null);
    var proxy = server.origin() + "/proxy/" + agentId + "/v1/chat/completions";
    for (int call = 0; call < 3; call++) {
      chat(proxy, "paging-" + suffix(), "Hello, is the clinic open on Sunday?");
    }
    awaitSessions(agentId, 3);
    browser.signIn(EMAIL, PASSWORD);
    browser.visit("/sessions?since=1h&agent_id=" + agentId + "&limit=2");
    browser.awaitPage("sessions");
    browser.await(d -> d.findElements(By.cssSelector("tr[data-session]")).size() == 2);
    var firstPage = sessionIds();
    browser.driver.findElement(By.linkText("Next page")).click();
    browser.await(d -> d.getCurrentUrl().contains("cursor="));
    browser.awaitPage("sessions");
    browser.await(d -> d.findElements(By.cssSelector("tr[data-session]")).size() == 1);
    assertThat(sessionIds()).doesNotContainAnyElementsOf(firstPage);
    assertThat(browser.driver.findElements(By.linkText("Next page"))).isEmpty();
    assertThat(browser.driver.getCurrentUrl()).contains("agent_id=" + agentId, "since=1h");
    browser.driver.findElement(By.linkText("First page")).click();
    browser.await(d -> !d.getCurrentUrl().contains("cursor=") && sessionIds().equals(firstPage));

    // Change the agent's name, then delete it (an admin, after a confirmation).
    browser.visit("/agents/" + agentId);
    browser.awaitPage("agents");
    browser.driver.findElement(By.cssSelector("details.edit summary")).click();
    var renamed = name + " (renamed)";
    browser.type(By.cssSelector("details.edit input[name=name]"), renamed);
    browser.driver.findElement(By.cssSelector("details.edit button[type=submit]")).click();
    browser.await(d -> browser.statusText().contains("Agent saved"));
    browser.await(d -> d.findElement(By.cssSelector("main h1")).getText().equals(renamed));
    browser.driver.findElement(By.xpath("//button[text()='Delete agent…']")).click();
    browser.visible(By.cssSelector("button[data-confirm=delete]")).click();
    browser.await(d -> d.getCurrentUrl().endsWith("#/agents"));
    browser.awaitPage("agents");
    browser.await(d -> browser.statusText().contains("deleted"));
    assertThat(browser.driver.findElements(By.cssSelector("tr[data-agent='" + agentId + "']")))
        .isEmpty();
    assertThat(server.send("GET", "/api/v1/agents/" + agentId, null, cookie).statusCode())
        .isEqualTo(404);
  }

  private static List<String> sessionIds() {
    return browser.driver.findElements(By.cssSelector("tr[data-session]")).stream()
        .map(row -> row.getAttribute("data-session"))
        .toList();
  }

  @Test
  void an_engineer_creates_an_agent_and_a_compliance_officer_reads_its_call() throws Exception {
    browser.signIn(EMAIL, PASSWORD);
    browser.screenshot("dashboard-empty");

    // Create an agent: its URLs are shown with copy buttons.
    var agentName = "Front desk " + suffix();
    browser.visit("/agents");
    browser.awaitPage("agents");
    browser.driver.findElement(By.linkText("New agent")).click();
    browser.type(By.cssSelector("input[name=name]"), agentName);
    browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
    var proxyUrl =
        browser.visible(By.cssSelector("input[data-copy=proxy-url]")).getAttribute("value");
    var baseUrl =
        browser
            .driver
            .findElement(By.cssSelector("input[data-copy=proxy-base-url]"))
            .getAttribute("value");
    var webhookUrl =
        browser
            .driver
            .findElement(By.cssSelector("input[data-copy=webhook-url]"))
            .getAttribute("value");
    assertThat(baseUrl).matches(browser.origin + "/proxy/agt_[0-9A-Z]{26}/v1");
    assertThat(proxyUrl).isEqualTo(baseUrl + "/chat/completions");
    assertThat(webhookUrl).startsWith(browser.origin + "/vapi/webhook/agt_");
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("input[data-copy=webhook-secret]"))
                .getAttribute("value"))
        .startsWith("whsec_");
    browser.driver.findElement(By.cssSelector("button[aria-label='Copy Proxy URL']")).click();
    browser.await(d -> browser.statusText().contains("Proxy URL copied"));
    browser.screenshot("agent-created");
    var agentId = baseUrl.replaceAll(".*/proxy/(agt_[0-9A-Z]{26})/v1", "$1");

    // A call through the proxy, as a voice platform makes it.
    var answer = chat(proxyUrl, "portal-call-" + suffix(), UTTERANCE);
    assertThat(answer.path("choices").get(0).path("message").path("content").asText())
        .isEqualTo(UTTERANCE);
    awaitSessions(agentId, 1);

    // Find it in the list by its filters, which stay in the URL.
    browser.visit("/sessions");
    browser.awaitPage("sessions");
    new Select(browser.driver.findElement(By.cssSelector("select[name=since]")))
        .selectByValue("1h");
    new Select(browser.driver.findElement(By.cssSelector("select[name=status]")))
        .selectByValue("ok");
    new Select(browser.driver.findElement(By.cssSelector("select[name=agent_id]")))
        .selectByVisibleText(agentName);
    browser.type(By.cssSelector("input[name=min_redactions]"), "2");
    browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    browser.await(d -> d.getCurrentUrl().contains("agent_id=" + agentId));
    browser.awaitPage("sessions");
    assertThat(browser.driver.getCurrentUrl())
        .contains("since=1h", "status=ok", "min_redactions=2");
    var row = browser.visible(By.cssSelector("tr[data-session]"));
    assertThat(browser.driver.findElements(By.cssSelector("tr[data-session]"))).hasSize(1);
    assertThat(row.getText()).contains(agentName, "NAME", "PHONE");
    browser.screenshot("sessions");
    assertNoPhi("the session list");
    // The same URL opened anew shows the same filtered list.
    var filtered = browser.driver.getCurrentUrl();
    browser.driver.navigate().refresh();
    browser.visible(By.cssSelector("tr[data-session]"));
    assertThat(
            new Select(browser.driver.findElement(By.cssSelector("select[name=status]")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("OK");
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(filtered);

    // Open it: turns, stage timings, events; no payloads kept under the default policy.
    browser.driver.findElement(By.cssSelector("tr[data-session] a")).click();
    browser.visible(By.cssSelector("section[data-session]"));
    var events = browser.driver.findElements(By.cssSelector("table.events tbody tr"));
    assertThat(events).isNotEmpty();
    assertThat(browser.driver.findElement(By.cssSelector("table.events")).getText())
        .contains("redaction", "NAME", "PHONE", "tokenize", "MSKV1");
    assertThat(browser.driver.findElement(By.cssSelector("table.stages")).getText())
        .contains("Turn 1", "All turns");
    assertThat(browser.mainText()).contains("keeps no payloads");
    browser.screenshot("session");
    assertNoPhi("the session's page");

    // Both reports download: the JSON parses and carries the Merkle root; the PDF is a PDF.
    browser.driver.findElement(By.cssSelector("a[data-report=json]")).click();
    var json = JSON.readTree(Files.readString(browser.download(".json")));
    assertThat(json.path("report").path("merkle_root_hex").asText()).matches("[0-9a-f]{64}");
    assertThat(json.path("report").path("session_id").asText()).startsWith("sess_");
    browser.driver.findElement(By.cssSelector("a[data-report=pdf]")).click();
    var pdf = Files.readAllBytes(browser.download(".pdf"));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");

    // The agent's page shows the call; the dashboard counts it.
    browser.visit("/agents/" + agentId);
    browser.awaitPage("agents");
    browser.await(d -> !d.findElements(By.cssSelector("[data-stat=session_count_24h]")).isEmpty());
    assertThat(
            browser.driver.findElement(By.cssSelector("[data-stat=session_count_24h]")).getText())
        .isEqualTo("1");
    assertThat(browser.driver.findElements(By.cssSelector("tr[data-session]"))).hasSize(1);
    browser.screenshot("agent");
    assertNoPhi("the agent's page");
    browser.visit("/");
    browser.awaitPage("dashboard");
    assertThat(
            browser.driver.findElement(By.cssSelector("[data-chart=redactions-by-kind]")).getText())
        .contains("NAME", "PHONE");
    browser.screenshot("dashboard");
    assertNoPhi("the dashboard");

    // Sign out: the portal asks to sign in again, and the cookie no longer opens the API.
    browser.driver.findElement(By.id("sign-out")).click();
    browser.awaitPage("sign-in");
    assertThat(browser.statusText()).contains("Signed out");
    browser.visit("/sessions");
    browser.awaitPage("sign-in");
  }

  @Test
  void a_token_is_shown_once_and_stops_working_when_revoked() throws Exception {
    browser.signIn(EMAIL, PASSWORD);
    browser.visit("/tokens");
    browser.awaitPage("tokens");
    var name = "nightly export " + suffix();
    browser.type(By.cssSelector("input[name=name]"), name);
    browser.driver.findElement(By.id("scope-sessions-read")).click();
    browser.driver.findElement(By.id("scope-reports-read")).click();
    browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
    var secret =
        browser.visible(By.cssSelector("input[data-copy=token-secret]")).getAttribute("value");
    assertThat(secret).matches("mk_[A-Za-z0-9_-]{43}");
    // The list gains the token at once, without its secret.
    browser.visible(By.xpath("//tr[td[1][text()='" + name + "']]"));
    browser.screenshot("tokens");
    assertThat(
            server
                .send("GET", "/api/v1/sessions", null, null, "Authorization", "Bearer " + secret)
                .statusCode())
        .isEqualTo(200);

    // Shown once: the list shows the token, never its secret.
    browser.driver.findElement(By.cssSelector("button[data-action=done]")).click();
    browser.awaitPage("tokens");
    assertThat(browser.driver.findElements(By.cssSelector("input[data-copy=token-secret]")))
        .isEmpty();
    var row = browser.visible(By.xpath("//tr[td[1][text()='" + name + "']]"));
    assertThat(row.getText()).contains("sessions:read, reports:read");
    assertThat(browser.everything()).doesNotContain(secret);

    row.findElement(By.cssSelector("button[aria-label='Revoke " + name + "']")).click();
    browser.visible(By.cssSelector("button[data-confirm=revoke]")).click();
    browser.await(d -> browser.statusText().contains("revoked"));
    browser.await(d -> d.findElements(By.xpath("//tr[td[1][text()='" + name + "']]")).isEmpty());
    assertThat(
            server
                .send("GET", "/api/v1/sessions", null, null, "Authorization", "Bearer " + secret)
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void errors_name_their_request_id_and_empty_lists_say_what_to_do() throws Exception {
    browser.signIn(EMAIL, PASSWORD);
    browser.visit("/sessions?since=yesterday");
    browser.awaitPage("sessions");
    var error = browser.visible(By.cssSelector("[role=alert]"));
    assertThat(error.getText()).contains("since", "Request id: req_");
    browser.screenshot("error");

    browser.visit("/sessions?min_redactions=1000000");
    browser.awaitPage("sessions");
    assertThat(browser.visible(By.cssSelector(".results .empty")).getText())
        .contains("No sessions match these filters");

    browser.visit("/agents?name_contains=" + suffix());
    browser.awaitPage("agents");
    assertThat(browser.visible(By.cssSelector(".empty")).getText())
        .contains("No agent's name contains");

    browser.visit("/agents/agt_00000000000000000000000000");
    browser.awaitPage("agents");
    assertThat(browser.visible(By.cssSelector("[role=alert]")).getText())
        .contains("Request id: req_");
  }

  @Test
  void kept_payloads_show_only_what_went_upstream_with_tokens_for_the_values() throws Exception {
    var builtIn =
        api(
            "GET",
            "/api/v1/agents/" + createAgent("Reference " + suffix(), null) + "/policy-versions/1",
            null);
    var keeping =
        builtIn
            .path("policy_version")
            .path("policy_yaml")
            .asText()
            .replace("log_payloads: false", "log_payloads: true")
            .replace("name: healthcare-default", "name: keeps-payloads");
    assertThat(keeping).contains("log_payloads: true");
    var agentId = createAgent("Keeps payloads " + suffix(), keeping);
    chat(
        server.origin() + "/proxy/" + agentId + "/v1/chat/completions",
        "kept-" + suffix(),
        UTTERANCE);
    var sessions = awaitSessions(agentId, 1);
    var sessionId = sessions.path("data").get(0).path("id").asText();

    browser.signIn(EMAIL, PASSWORD);
    browser.visit("/sessions/" + sessionId);
    browser.awaitPage("sessions");
    var masked = browser.visible(By.cssSelector("[data-payload-turn='1'] pre")).getText();
    assertThat(masked).contains("MSKV1.NAME.").contains("MSKV1.PHONE.");
    assertNoPhi("a session whose payloads are kept");
  }

  @Test
  void the_portal_fits_a_375_pixel_screen_and_is_used_with_the_keyboard() throws Exception {
    browser.signIn(EMAIL, PASSWORD);
    var agentId = createAgent("Narrow " + suffix(), null);
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    try {
      for (var route :
          List.of("/", "/agents", "/agents/" + agentId, "/agents/new", "/sessions", "/tokens")) {
        browser.visit(route);
        browser.awaitPage(route.equals("/") ? "dashboard" : route.split("/")[1]);
        assertThat(browser.scrollsSideways()).as("%s scrolls sideways at 375 px", route).isFalse();
      }
      browser.visit("/agents/" + agentId);
      browser.awaitPage("agents");
      browser.screenshot("narrow-agent");
    } finally {
      browser.driver.manage().window().setSize(PortalBrowser.DESKTOP);
    }
    // Keyboard: the skip link comes first, then the navigation; each control shows its focus.
    browser.visit("/");
    browser.awaitPage("dashboard");
    // A page opened anew leaves the focus at the top of the document.
    browser.driver.navigate().refresh();
    browser.awaitPage("dashboard");
    new org.openqa.selenium.interactions.Actions(browser.driver)
        .sendKeys(org.openqa.selenium.Keys.TAB)
        .perform();
    WebElement focused = browser.driver.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Skip to content");
    new org.openqa.selenium.interactions.Actions(browser.driver)
        .sendKeys(org.openqa.selenium.Keys.TAB)
        .perform();
    focused = browser.driver.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Dashboard");
    assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
    // Every control of the forms has a label.
    for (var route : List.of("/agents/new", "/sessions", "/tokens")) {
      browser.visit(route);
      browser.awaitPage(route.substring(1).replace("/new", ""));
      for (var control :
          browser.driver.findElements(By.cssSelector("main input, main select, main textarea"))) {
        var id = control.getAttribute("id");
        assertThat(browser.driver.findElements(By.cssSelector("label[for='" + id + "']")))
            .as("label of %s on %s", control.getAttribute("name"), route)
            .hasSize(1);
      }
    }
  }

  @Test
  void the_portal_is_served_from_the_same_origin_under_a_strict_content_security_policy()
      throws Exception {
    var redirect = server.send("GET", "/portal", null, null);
    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location")).contains("/portal/");
    var page = server.send("GET", "/portal/", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script type=\"module\" src=\"js/app.js\"></script>");
    assertThat(page.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|style=");
    var policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy)
        .contains(
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "connect-src 'self'",
            "frame-ancestors 'none'")
        .doesNotContain("unsafe");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    var script = server.send("GET", "/portal/js/app.js", null, null);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
  }

  private static void assertNoPhi(String where) {
    var seen = browser.everything();
    for (var value : PHI) {
      assertThat(seen).as("%s shows a value the caller said", where).doesNotContain(value);
    }
  }

  private static JsonNode chat(String proxyUrl, String callId, String text) throws Exception {
    var path = proxyUrl.substring(proxyUrl.indexOf("/proxy/"));
    var body =
        JSON.writeValueAsString(
            Map.of(
                "model",
                "gpt-4o-mini",
                "messages",
                List.of(Map.of("role", "user", "content", text))));
    var response = server.send("POST", path, body, null, "Masker-Session-Id", callId);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String createAgent(String name, String policyYaml) throws Exception {
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("name", name);
    body.put("upstream", "stub");
    if (policyYaml != null) {
      body.put("policy_yaml", policyYaml);
    }
    return api("POST", "/api/v1/agents", JSON.writeValueAsString(body))
        .path("agent")
        .path("id")
        .asText();
  }

  private static JsonNode api(String method, String path, String body) throws Exception {
    var response = server.send(method, path, body, cookie);
    assertThat(response.statusCode())
        .as("%s %s: %s", method, path, response.body())
        .isBetween(200, 299);
    return JSON.readTree(response.body());
  }

  /** Turns are recorded off the request path: waits until the agent's calls are listed. */
  private static JsonNode awaitSessions(String agentId, int count) {
    return browser.await(
        d -> {
          try {
            var page = api("GET", "/api/v1/sessions?since=1h&agent_id=" + agentId, null);
            return page.path("data").size() >= count ? page : null;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
