package dev.masker.server.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.rest.report.ReportPdf;
import dev.masker.server.api.Tenant;
import dev.masker.server.proxy.Phi;
import dev.masker.server.proxy.ProxyCalls;
import dev.masker.server.proxy.WireUpstreamResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Compliance reports over HTTP (SPEC §8): a call made through the proxy with planted PHI, its
 * report as JSON checked the way an auditor would (the JDK alone), as PDF read back with PDFBox,
 * and the answers to every wrong question.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ReportsApiTest {
  private static final String TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  @Inject AgroalDataSource dataSource;

  @Test
  void the_json_report_has_every_field_and_an_auditor_verifies_it_offline() throws Exception {
    var tenant = Tenant.open();
    var session = callWithPhi(tenant);

    var answer =
        tenant.asAdmin().get("/api/v1/sessions/" + session + "/report").then().statusCode(200);
    var body = answer.extract().asString();
    var report = AuditorCheck.report(body);
    var pem =
        tenant.asAdmin().queryParam("format", "pem").get("/api/v1/reports/public-key").asString();

    assertThat(answer.extract().contentType()).startsWith("application/json");
    assertThat(report)
        .containsKeys(
            "id",
            "scope",
            "session_id",
            "agent_id",
            "generated_at",
            "window",
            "merkle_root_hex",
            "event_count",
            "redactions_by_kind",
            "redactions_by_pass",
            "rehydration",
            "policy_snapshot",
            "safe_harbor_coverage",
            "chain_verified",
            "signature");
    assertThat((String) report.get("id")).matches("rep_[0-9A-HJKMNP-TV-Z]{26}");
    assertThat(report).containsEntry("scope", "session").containsEntry("session_id", session);
    assertThat((String) report.get("generated_at")).matches(TIME);
    assertThat(report).containsEntry("chain_verified", true);
    @SuppressWarnings("unchecked")
    var byKind = (Map<String, Integer>) report.get("redactions_by_kind");
    assertThat(byKind).containsKeys("NAME", "PHONE", "EMAIL");
    @SuppressWarnings("unchecked")
    var coverage = (Map<String, String>) report.get("safe_harbor_coverage");
    assertThat(coverage)
        .hasSize(18)
        .containsEntry("A_names", "full")
        .containsEntry("P_biometric", "not_applicable")
        .containsEntry("R_other", "partial");
    assertThat((String) report.get("policy_snapshot")).contains("name: healthcare-default");
    assertThat(body).doesNotContain(Phi.ALL.toArray(String[]::new));
    assertThat(AuditorCheck.verifies(report, AuditorCheck.fromPem(pem))).isTrue();
    var chainHashes = chainHashes(tenant, session);
    assertThat(report.get("event_count")).isEqualTo(chainHashes.size());
    assertThat(report.get("merkle_root_hex")).isEqualTo(AuditorCheck.merkleRoot(chainHashes));
  }

  @Test
  void an_edited_field_no_longer_verifies() throws Exception {
    var tenant = Tenant.open();
    var session = callWithPhi(tenant);
    var report =
        AuditorCheck.report(
            tenant.asAdmin().get("/api/v1/sessions/" + session + "/report").asString());
    var key =
        AuditorCheck.fromPem(
            tenant
                .asAdmin()
                .queryParam("format", "pem")
                .get("/api/v1/reports/public-key")
                .asString());
    @SuppressWarnings("unchecked")
    var coverage = (Map<String, Object>) report.get("safe_harbor_coverage");

    coverage.put("D_telephone", "none");

    assertThat(AuditorCheck.verifies(report, key)).isFalse();
  }

  @Test
  void the_public_key_as_pem_and_as_jwk_verify_the_same_signature() throws Exception {
    var tenant = Tenant.open();
    var session = callWithPhi(tenant);
    var report =
        AuditorCheck.report(
            tenant.asAdmin().get("/api/v1/sessions/" + session + "/report").asString());
    var both = tenant.asAdmin().get("/api/v1/reports/public-key").then().statusCode(200).extract();
    var pem = tenant.asAdmin().queryParam("format", "pem").get("/api/v1/reports/public-key").then();
    var jwk = tenant.asAdmin().queryParam("format", "jwk").get("/api/v1/reports/public-key").then();
    @SuppressWarnings("unchecked")
    var signature = (Map<String, Object>) report.get("signature");

    pem.statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/x-pem-file"));
    jwk.statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/jwk+json"));
    var jwkBody = jwk.extract().jsonPath();
    assertThat(jwkBody.getString("kty")).isEqualTo("OKP");
    assertThat(jwkBody.getString("crv")).isEqualTo("Ed25519");
    assertThat(jwkBody.getString("kid")).isEqualTo(signature.get("key_id"));
    assertThat(both.jsonPath().getString("key_id")).isEqualTo(signature.get("key_id"));
    assertThat(both.jsonPath().getString("pem")).isEqualTo(pem.extract().asString());
    assertThat(both.jsonPath().getString("jwk.x")).isEqualTo(jwkBody.getString("x"));
    assertThat(signature).containsEntry("alg", "Ed25519");
    assertThat(AuditorCheck.verifies(report, AuditorCheck.fromPem(pem.extract().asString())))
        .isTrue();
    assertThat(AuditorCheck.verifies(report, AuditorCheck.fromJwkX(jwkBody.getString("x"))))
        .isTrue();
  }

  @Test
  void a_report_over_a_broken_chain_is_not_signed_and_says_where_it_breaks() throws Exception {
    var tenant = Tenant.open();
    var session = callWithPhi(tenant);
    var event = firstEvent(tenant);
    tamper("update session_events set span_end = span_end + 1 where id = ?", event);
    try {
      var report =
          AuditorCheck.report(
              tenant.asAdmin().get("/api/v1/sessions/" + session + "/report").asString());
      var pdf =
          text(
              tenant
                  .asAdmin()
                  .queryParam("format", "pdf")
                  .get("/api/v1/sessions/" + session + "/report")
                  .then()
                  .statusCode(200)
                  .extract()
                  .asByteArray());

      assertThat(report).containsEntry("chain_verified", false).containsEntry("signature", null);
      assertThat((String) report.get("chain_message")).contains(event);
      assertThat(pdf).contains("NOT SIGNED").contains(event);
    } finally {
      tamper("update session_events set span_end = span_end - 1 where id = ?", event);
    }
    var repaired =
        AuditorCheck.report(
            tenant.asAdmin().get("/api/v1/sessions/" + session + "/report").asString());
    assertThat(repaired).containsEntry("chain_verified", true);
    assertThat(repaired.get("signature")).isNotNull();
  }

  @Test
  void the_pdf_has_every_section_and_the_json_s_root_hash_and_none_of_the_call_s_phi()
      throws Exception {
    var tenant = Tenant.open();
    var session = callWithPhi(tenant);
    var root =
        AuditorCheck.report(
                tenant.asAdmin().get("/api/v1/sessions/" + session + "/report").asString())
            .get("merkle_root_hex");

    var answer =
        tenant
            .asAdmin()
            .queryParam("format", "pdf")
            .get("/api/v1/sessions/" + session + "/report")
            .then()
            .statusCode(200)
            .extract();
    var text = text(answer.asByteArray());

    assertThat(answer.contentType()).isEqualTo("application/pdf");
    assertThat(answer.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"masker-session-" + session + ".pdf\"");
    assertThat(ReportPdf.SECTIONS).allSatisfy(title -> assertThat(text).contains(title));
    assertThat(text).contains("Masker compliance report", (String) root, session, "Page 1 of");
    assertThat(text).doesNotContain(Phi.ALL.toArray(String[]::new));
    assertThat(new String(answer.asByteArray(), StandardCharsets.ISO_8859_1))
        .doesNotContain(Phi.ALL.toArray(String[]::new));
  }

  @Test
  void a_format_other_than_json_or_pdf_is_refused_with_details() {
    var tenant = Tenant.open();
    var session = callWithPhi(tenant);

    for (var format : List.of("xml", "", "PDF")) {
      tenant
          .asAdmin()
          .queryParam("format", format)
          .get("/api/v1/sessions/" + session + "/report")
          .then()
          .statusCode(422)
          .body("error.code", org.hamcrest.Matchers.equalTo("validation_failed"))
          .body("error.details[0].field", org.hamcrest.Matchers.equalTo("format"))
          .body("error.request_id", org.hamcrest.Matchers.startsWith("req_"));
    }
    tenant
        .asAdmin()
        .queryParam("format", "der")
        .get("/api/v1/reports/public-key")
        .then()
        .statusCode(422)
        .body("error.details[0].field", org.hamcrest.Matchers.equalTo("format"));
  }

  @Test
  void another_account_s_unknown_and_malformed_sessions_are_the_same_404() {
    var owner = Tenant.open();
    var session = callWithPhi(owner);
    var stranger = Tenant.open();

    for (var id :
        List.of(session, "sess_01J0000000000000000000000Z", "sess_nope", "agt_" + session)) {
      for (var format : List.of("json", "pdf")) {
        stranger
            .asAdmin()
            .queryParam("format", format)
            .get("/api/v1/sessions/" + id + "/report")
            .then()
            .statusCode(404)
            .body("error.code", org.hamcrest.Matchers.equalTo("session_not_found"));
      }
    }
  }

  @Test
  void a_member_reads_reports_and_a_token_needs_the_reports_scope() {
    var tenant = Tenant.open();
    var session = callWithPhi(tenant);
    var sessionsOnly = token(tenant, "sessions:read");
    var reports = token(tenant, "reports:read");

    given()
        .cookie("masker_session", tenant.memberCookie())
        .get("/api/v1/sessions/" + session + "/report")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", "Bearer " + sessionsOnly)
        .get("/api/v1/sessions/" + session + "/report")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", "Bearer " + reports)
        .get("/api/v1/sessions/" + session + "/report")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", "Bearer " + reports)
        .get("/api/v1/reports/public-key")
        .then()
        .statusCode(200);
    given().get("/api/v1/reports/public-key").then().statusCode(401);
  }

  /** One call of two turns with planted PHI through the stub upstream; its session id. */
  private static String callWithPhi(Tenant tenant) {
    var agent =
        tenant
            .asAdmin()
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Front desk", "upstream", "stub"))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .extract()
            .<String>path("agent.id");
    for (var text : List.of(Phi.INTRO, Phi.ABOUT_MOTHER)) {
      var answer =
          ProxyCalls.post(
              agent, ProxyCalls.request("stub", text).toString(), "Masker-Session-Id", "call-1");
      assertThat(answer.statusCode()).isEqualTo(200);
    }
    assertThat(
            Arc.container()
                .instance(dev.masker.adapters.persistence.session.PostgresTurnLog.class)
                .get()
                .flush(Duration.ofSeconds(20)))
        .isTrue();
    return tenant.asAdmin().get("/api/v1/sessions").jsonPath().getString("data[0].id");
  }

  private static String token(Tenant tenant, String scope) {
    return tenant
        .asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Auditor", "scopes", List.of(scope)))
        .post("/api/v1/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("token.secret");
  }

  /** The chain hashes of the session's events in chain order, as an export of the rows gives. */
  private List<byte[]> chainHashes(Tenant tenant, String session) throws SQLException {
    var hashes = new ArrayList<byte[]>();
    try (var connection = dataSource.getConnection();
        var select =
            connection.prepareStatement(
                "select chain_hash from session_events where account_id = ? and session_id = ?"
                    + " order by seq")) {
      select.setString(1, tenant.accountId());
      select.setString(2, session);
      try (var rows = select.executeQuery()) {
        while (rows.next()) {
          hashes.add(rows.getBytes(1));
        }
      }
    }
    return hashes;
  }

  private String firstEvent(Tenant tenant) throws SQLException {
    try (var connection = dataSource.getConnection();
        var select =
            connection.prepareStatement(
                "select id from session_events where account_id = ? and span_end is not null"
                    + " order by seq limit 1")) {
      select.setString(1, tenant.accountId());
      try (var rows = select.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }

  /** Changes a chained row as someone with database access could, past the append-only guard. */
  private void tamper(String sql, String id) throws SQLException {
    try (var connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (var allow =
          connection.prepareStatement("select set_config('masker.audit_retention', 'on', true)")) {
        allow.execute();
      }
      try (var update = connection.prepareStatement(sql)) {
        update.setString(1, id);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
      connection.commit();
    }
  }

  private static String text(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
