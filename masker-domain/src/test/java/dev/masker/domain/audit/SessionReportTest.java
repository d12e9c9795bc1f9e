package dev.masker.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.agent.AgentId;
import dev.masker.domain.json.CanonicalJson;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.masking.DetectableKinds;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.session.SessionId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionReportTest {
  private static final String ZEROS = "0".repeat(64);

  @Test
  void the_document_holds_every_field_and_the_signature_covers_all_but_itself() {
    var report = report(new ChainCheck(true, 4, ZEROS, "ab".repeat(32), "4 events verified"));
    var signature = new SessionReport.Signature("Ed25519", "kid", "c2ln");

    var document = report.document(Optional.of(signature));
    var withoutSignature = report.document(Optional.of(signature));
    withoutSignature.remove("signature");

    assertThat(document.string("id")).isEqualTo("rep_01J0000000000000000000000A");
    assertThat(document.string("scope")).isEqualTo("session");
    assertThat(document.string("generated_at")).isEqualTo("2026-05-03T21:14:32.481Z");
    assertThat(document.object("window").string("from")).isEqualTo("2026-05-03T21:00:00.000Z");
    assertThat(document.object("safe_harbor_coverage").string("A_names")).isEqualTo("full");
    assertThat(document.object("safe_harbor_coverage").string("P_biometric"))
        .isEqualTo("not_applicable");
    assertThat(document.object("signature").string("key_id")).isEqualTo("kid");
    assertThat(new String(report.signedBytes(), StandardCharsets.UTF_8))
        .isEqualTo(CanonicalJson.write(withoutSignature))
        .contains("\"redactions_by_kind\":{\"NAME\":2,\"PHONE\":1}")
        .contains("\"chain_verified\":true")
        .doesNotContain("signature");
  }

  @Test
  void a_report_over_a_broken_chain_is_not_signable_and_says_so() {
    var report = report(new ChainCheck(false, 4, ZEROS, ZEROS, "event 3 does not hash"));

    var document = report.document(Optional.empty());

    assertThat(report.signable()).isFalse();
    assertThat(document.get("signature")).isEqualTo(JsonNull.NULL);
    assertThat(document.get("chain_verified")).isEqualTo(JsonBoolean.FALSE);
    assertThat(document.string("chain_message")).isEqualTo("event 3 does not hash");
  }

  private static SessionReport report(ChainCheck chain) {
    return new SessionReport(
        "rep_01J0000000000000000000000A",
        new SessionId("sess_01J0000000000000000000000B"),
        new AgentId("agt_01J0000000000000000000000C"),
        Instant.parse("2026-05-03T21:14:32.481Z"),
        Instant.parse("2026-05-03T21:00:00Z"),
        Instant.parse("2026-05-03T21:05:00Z"),
        "ab".repeat(32),
        4,
        Map.of("PHONE", 1L, "NAME", 2L),
        Map.of("regex", 1L, "lexicon", 2L),
        new SessionReport.Rehydration(2, 0, 0),
        "healthcare-default",
        1,
        Policy.healthcareDefault().yaml(),
        SafeHarborCoverage.of(Policy.healthcareDefault(), DetectableKinds.probe()),
        chain,
        new SessionReport.Retention(2555, false, 0, 90));
  }
}
