package dev.masker.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.server.DatabaseDump;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plants known secrets and values, then searches the log and a dump of every table for them. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class SecretHygieneTest {
  private static final Path LOG = Path.of("target", "masker-test.log");

  @Inject AgroalDataSource dataSource;

  @Test
  void passwords_cookies_proxy_keys_and_request_content_never_reach_logs_or_the_database_in_clear()
      throws Exception {
    var tenant = Tenant.open();
    var wrongPassword = "Wrong-Password-Planted-5521";
    var failed =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", tenant.adminEmail(), "password", wrongPassword))
            .post("/api/v1/auth/login");
    var created =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "Hygiene",
                    "upstream",
                    "stub",
                    "require_proxy_key",
                    true,
                    "vapi_assistant",
                    Map.of("firstMessage", "Planted greeting for Maria 4155552671")))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .extract();
    var proxyKey = created.<String>path("agent.proxy_key");
    var requestId = created.header("X-Request-Id");
    tenant.asAdmin().get("/api/v1/agents/Maria%20Lopez%204155552671").then().statusCode(404);

    var log = Files.readString(LOG);
    var dump = dumpEveryTable();

    assertThat(log).contains(requestId).contains(failed.header("X-Request-Id"));
    for (var secret :
        new String[] {
          Tenant.PASSWORD, wrongPassword, tenant.adminCookie(), proxyKey, "4155552671", "Maria"
        }) {
      assertThat(log).as("log").doesNotContain(secret);
    }
    for (var secret :
        new String[] {Tenant.PASSWORD, wrongPassword, tenant.adminCookie(), proxyKey}) {
      assertThat(dump).as("database").doesNotContain(secret);
    }
  }

  private String dumpEveryTable() throws Exception {
    var dump = DatabaseDump.everyTable(dataSource);
    assertThat(dump).contains("Hygiene"); // the dump really holds the rows
    return dump;
  }
}
