package dev.masker.application.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.fake.DirectTransactionRunner;
import dev.masker.application.fake.InMemoryAuditTrail;
import dev.masker.application.fake.InMemoryPolicyVersions;
import dev.masker.application.fake.InMemorySessionRepository;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.GetSessionReportUseCase;
import dev.masker.application.service.retention.RetentionLimits;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.PolicyVersion;
import dev.masker.domain.audit.Coverage;
import dev.masker.domain.audit.MerkleTree;
import dev.masker.domain.audit.ReportSigningKey;
import dev.masker.domain.audit.SafeHarborIdentifier;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.masking.DetectableKinds;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.RecordedTurn;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.session.SessionStatus;
import dev.masker.domain.session.StageDurations;
import dev.masker.domain.session.TurnOutcome;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GetSessionReportServiceTest {
  private static final AccountId ACCOUNT = new AccountId("acc_01J0000000000000000000000A");
  private static final AccountId OTHER = new AccountId("acc_01J0000000000000000000000B");
  private static final Caller CALLER =
      new Caller(new UserId("usr_01J0000000000000000000000A"), ACCOUNT, Role.MEMBER);
  private static final AgentId AGENT = new AgentId("agt_01J0000000000000000000000A");
  private static final SessionId SESSION = new SessionId("sess_01J0000000000000000000000A");
  private static final Instant START = Instant.parse("2026-05-03T21:00:00Z");
  private static final ReportSigningKey KEY = ReportSigningKey.fromSeed(new byte[32]);

  private final InMemorySessionRepository sessions = new InMemorySessionRepository();
  private final InMemoryPolicyVersions versions = new InMemoryPolicyVersions();
  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final AtomicInteger ids = new AtomicInteger();
  private final GetSessionReportUseCase reports =
      new GetSessionReportService(
          sessions,
          versions,
          trail,
          new DirectTransactionRunner(),
          () -> KEY,
          DetectableKinds.probe(),
          new RetentionLimits(90, 0, 500),
          () -> String.format("01J%023d", ids.incrementAndGet()),
          Clock.fixed(Instant.parse("2026-05-04T08:00:00.123Z"), ZoneOffset.UTC));

  @Test
  void a_report_counts_the_session_s_events_and_is_signed_over_its_canonical_json() {
    recordSession(null);
    var hashes = chain(3);

    var report = reports.report(CALLER, SESSION.value()).orElseThrow();
    var document = report.document();

    assertThat(document.string("id")).isEqualTo("rep_01J00000000000000000000001");
    assertThat(document.string("generated_at")).isEqualTo("2026-05-04T08:00:00.123Z");
    assertThat(document.string("merkle_root_hex")).isEqualTo(MerkleTree.rootHex(hashes));
    assertThat(document.get("event_count")).isEqualTo(new JsonNumber("3"));
    assertThat(report.report().redactionsByKind()).containsExactlyEntriesOf(Map.of("PHONE", 3L));
    assertThat(report.report().redactionsByPass()).containsExactlyEntriesOf(Map.of("regex", 3L));
    assertThat(report.report().rehydration().ok()).isEqualTo(1);
    assertThat(report.report().rehydration().failed()).isEqualTo(1);
    assertThat(report.report().rehydration().failedValues()).isEqualTo(2);
    assertThat(report.report().policySnapshot()).contains("name: healthcare-default");
    assertThat(report.report().coverage().of(SafeHarborIdentifier.A)).isEqualTo(Coverage.FULL);
    var sig = Base64.getDecoder().decode(report.signature().orElseThrow().sig());
    assertThat(KEY.verifies(report.report().signedBytes(), sig)).isTrue();
    assertThat(report.signature().orElseThrow().keyId()).isEqualTo(KEY.keyId());
  }

  @Test
  void a_report_over_a_broken_chain_is_not_signed() {
    recordSession(null);
    chain(2);
    trail.broken(ACCOUNT, "event 2 of the account's chain does not hash to its stored hash");

    var report = reports.report(CALLER, SESSION.value()).orElseThrow();

    assertThat(report.signature()).isEmpty();
    assertThat(report.document().get("signature")).isEqualTo(JsonNull.NULL);
    assertThat(report.document().string("chain_message")).contains("event 2");
  }

  @Test
  void the_policy_the_session_ran_under_decides_the_matrix_and_its_lists_are_withheld() {
    var yaml =
        """
        name: no-phones
        version: 2
        kid: K_HEALTHCARE
        entities:
          PHONE: {enabled: false}
        deny_list: [{kind: NAME, value: Zyxwort}]
        audit: {retention_days: 30, log_payloads: true}
        """;
    recordSession(yaml);

    var report = reports.report(CALLER, SESSION.value()).orElseThrow().report();

    assertThat(report.coverage().of(SafeHarborIdentifier.D)).isEqualTo(Coverage.NONE);
    assertThat(report.coverage().of(SafeHarborIdentifier.F)).isEqualTo(Coverage.FULL);
    assertThat(report.policySnapshot())
        .contains("PHONE: {enabled: false}")
        .doesNotContain("Zyxwort");
    assertThat(report.retention().auditEventDays()).isEqualTo(30);
    assertThat(report.retention().payloadsKept()).isTrue();
    assertThat(report.retention().sessionMetadataDays()).isEqualTo(90);
  }

  @Test
  void a_session_without_events_in_the_chain_has_the_empty_tree_s_root() {
    recordSession(null);

    var report = reports.report(CALLER, SESSION.value()).orElseThrow().report();

    assertThat(report.eventCount()).isZero();
    assertThat(report.merkleRootHex()).isEqualTo(MerkleTree.rootHex(List.of()));
  }

  @Test
  void another_account_s_unknown_or_malformed_session_has_no_report() {
    recordSession(null);
    var stranger = new Caller(new UserId("usr_01J0000000000000000000000B"), OTHER, Role.ADMIN);

    assertThat(reports.report(stranger, SESSION.value())).isEmpty();
    assertThat(reports.report(CALLER, "sess_01J0000000000000000000000Z")).isEmpty();
    assertThat(reports.report(CALLER, "agt_01J0000000000000000000000A")).isEmpty();
    assertThat(reports.report(CALLER, "sess_nope")).isEmpty();
  }

  @Test
  void a_policy_that_is_neither_kept_nor_built_in_is_a_failure_that_names_no_value() {
    recordSession(null, "gone-policy");

    assertThatThrownBy(() -> reports.report(CALLER, SESSION.value()))
        .isInstanceOf(GetSessionReportUseCase.ReportUnavailable.class)
        .hasMessageNotContaining("gone-policy");
  }

  @Test
  void a_long_call_s_events_are_all_counted() {
    var events = new ArrayList<RecordedEvent>();
    for (int i = 0; i < GetSessionReportService.EVENT_BATCH * 2 + 5; i++) {
      events.add(redaction(String.format("evt_01J%023d", i), 1, 1));
    }
    sessions.recorded(
        ACCOUNT, session("healthcare-default", 1), List.of(turn(1, TurnOutcome.OK)), events);

    var report = reports.report(CALLER, SESSION.value()).orElseThrow().report();

    assertThat(report.redactionsByKind())
        .containsEntry("PHONE", GetSessionReportService.EVENT_BATCH * 2L + 5);
  }

  private void recordSession(String yaml) {
    recordSession(yaml, yaml == null ? "healthcare-default" : "no-phones");
  }

  private void recordSession(String yaml, String policyName) {
    int version = yaml == null ? 1 : 2;
    if (!policyName.equals("gone-policy")) {
      versions.add(ACCOUNT, new PolicyVersion(AGENT, version, policyName, yaml, START));
    }
    sessions.recorded(
        ACCOUNT,
        session(policyName, version),
        List.of(turn(1, TurnOutcome.OK), turn(2, TurnOutcome.OK), turn(3, TurnOutcome.FAILED)),
        List.of(
            redaction("evt_01J0000000000000000000000A", 1, 2),
            redaction("evt_01J0000000000000000000000B", 2, 1),
            new RecordedEvent(
                "evt_01J0000000000000000000000C",
                SESSION,
                "rehydration_failed",
                START.plusSeconds(3),
                2,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "PHONE",
                "MSKV1",
                "K_HEALTHCARE",
                "unknown_token",
                2)));
  }

  private static RecordedSession session(String policyName, int version) {
    return new RecordedSession(
        SESSION,
        AGENT,
        "front desk",
        Optional.empty(),
        START,
        START.plusSeconds(60),
        SessionStatus.PARTIAL,
        3,
        3,
        Map.of("PHONE", 3L),
        Optional.empty(),
        policyName,
        version,
        StageDurations.NONE);
  }

  private static RecordedTurn turn(int number, TurnOutcome outcome) {
    return new RecordedTurn(
        number,
        START.plusSeconds(number),
        START.plusSeconds(number + 1),
        outcome,
        outcome.failed() ? 502 : 200,
        1,
        StageDurations.NONE,
        Optional.empty());
  }

  private static RecordedEvent redaction(String id, int turn, int count) {
    return new RecordedEvent(
        id,
        SESSION,
        "redaction",
        START.plusSeconds(turn),
        turn,
        0,
        "content",
        "regex",
        3,
        15,
        0.9,
        "tokenize",
        "PHONE",
        "MSKV1",
        "K_HEALTHCARE",
        null,
        count);
  }

  private List<byte[]> chain(int events) {
    var hashes = new ArrayList<byte[]>();
    for (int i = 0; i < events; i++) {
      var hash = HexFormat.of().parseHex(String.format("%064x", 1000 + i));
      trail.appended(ACCOUNT, SESSION, hash);
      trail.appended(ACCOUNT, new SessionId("sess_01J0000000000000000000000Z"), hash.clone());
      hashes.add(hash);
    }
    return hashes;
  }
}
