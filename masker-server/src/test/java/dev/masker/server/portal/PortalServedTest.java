package dev.masker.server.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's files as the server serves them, in every build (the browser tests of {@code
 * PortalIT} need Chromium): at {@code /portal/}, under a strict Content Security Policy, with no
 * inline script, nothing loaded from elsewhere, no page built from HTML strings, and no call
 * outside the public {@code /api/v1}.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PortalServedTest {
  private static final Path SOURCES = Path.of("src/main/resources/META-INF/resources/portal");
  private static final Pattern API_PATH = Pattern.compile("['`](/[a-z][^'`$?]*)");

  @Test
  void portal_redirects_to_its_page_served_under_a_strict_policy() {
    given()
        .redirects()
        .follow(false)
        .get("/portal")
        .then()
        .statusCode(302)
        .header("Location", "/portal/");
    var page = given().get("/portal/").then().statusCode(200).extract();
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy"))
        .contains(
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'")
        .doesNotContain("unsafe", "*", "http");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(page.header("X-Request-Id")).startsWith("req_");
    assertThat(page.body().asString())
        .contains("<script type=\"module\" src=\"js/app.js\"></script>")
        .doesNotContainPattern("<script>|<script[^>]*>[^<]+</script>|\\sstyle=|\\son[a-z]+=");
  }

  @Test
  void every_file_is_served_as_it_is_in_the_repository_with_its_type() throws IOException {
    for (var file : files()) {
      var path = "/portal/" + SOURCES.relativize(file).toString().replace('\\', '/');
      var served = given().get(path).then().statusCode(200).extract();
      assertThat(served.body().asString()).as(path).isEqualTo(Files.readString(file));
      assertThat(served.header("Content-Security-Policy")).as(path).contains("script-src 'self'");
      var type = served.contentType();
      if (path.endsWith(".js")) {
        assertThat(type).as(path).contains("javascript");
      } else if (path.endsWith(".css")) {
        assertThat(type).as(path).startsWith("text/css");
      }
    }
  }

  @Test
  void scripts_build_pages_from_text_and_call_only_the_public_api() throws IOException {
    var scripts = files().stream().filter(file -> file.toString().endsWith(".js")).toList();
    assertThat(scripts).hasSizeGreaterThan(5);
    for (var script : scripts) {
      var code = Files.readString(script);
      assertThat(code)
          .as("%s builds pages from text, never from HTML strings or code", script)
          .doesNotContain(
              "innerHTML",
              "outerHTML",
              "insertAdjacentHTML",
              "document.write",
              "eval(",
              "new Function")
          // The one address allowed is SVG's namespace name, which is never fetched.
          .doesNotContainPattern("https?://(?!www\\.w3\\.org/2000/svg')");
      var paths = API_PATH.matcher(code);
      while (paths.find()) {
        var path = paths.group(1);
        if (path.startsWith("/api/")) {
          assertThat(path).as("%s calls %s", script, path).startsWith("/api/v1/");
        }
      }
    }
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
