package dev.masker.adapters.rest.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.GetSessionReportUseCase;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.audit.ChainCheck;
import dev.masker.domain.audit.SafeHarborCoverage;
import dev.masker.domain.audit.SessionReport;
import dev.masker.domain.masking.DetectableKinds;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.session.SessionId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {
  private static final String ROOT = "9f".repeat(32);

  @Test
  void every_section_the_root_hash_and_numbered_pages_are_in_the_text() throws Exception {
    var signature = new SessionReport.Signature("Ed25519", "key-id-1", "c2ln");

    var text =
        text(
            ReportPdf.render(
                new GetSessionReportUseCase.Report(report(true), Optional.of(signature))));

    assertThat(text).contains("Masker compliance report", ROOT, "sess_01J0000000000000000000000B");
    assertThat(ReportPdf.SECTIONS).allSatisfy(title -> assertThat(text).contains(title));
    var pages =
        java.util.regex.Pattern.compile("Page (\\d+) of (\\d+)").matcher(text).results().toList();
    assertThat(pages).hasSizeGreaterThan(1);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i).group(1)).isEqualTo(Integer.toString(i + 1));
      assertThat(pages.get(i).group(2)).isEqualTo(Integer.toString(pages.size()));
    }
    assertThat(text).contains("key-id-1").doesNotContain("NOT SIGNED");
    assertThat(text).contains("name: healthcare-default");
  }

  @Test
  void a_report_over_a_broken_chain_says_it_is_not_signed() throws Exception {
    var text =
        text(ReportPdf.render(new GetSessionReportUseCase.Report(report(false), Optional.empty())));

    assertThat(text).contains("NOT SIGNED").contains("event 3 does not hash");
  }

  private static String text(byte[] pdf) throws Exception {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static SessionReport report(boolean verified) {
    return new SessionReport(
        "rep_01J0000000000000000000000A",
        new SessionId("sess_01J0000000000000000000000B"),
        new AgentId("agt_01J0000000000000000000000C"),
        Instant.parse("2026-05-03T21:14:32.481Z"),
        Instant.parse("2026-05-03T21:00:00Z"),
        Instant.parse("2026-05-03T21:05:00Z"),
        ROOT,
        4,
        Map.of("PHONE", 1L, "NAME", 2L),
        Map.of("regex", 1L, "lexicon", 2L),
        new SessionReport.Rehydration(2, 1, 1),
        "healthcare-default",
        1,
        Policy.healthcareDefault().yaml(),
        SafeHarborCoverage.of(Policy.healthcareDefault(), DetectableKinds.probe()),
        new ChainCheck(
            verified,
            4,
            "0".repeat(64),
            ROOT,
            verified ? "4 events verified" : "event 3 does not hash"),
        new SessionReport.Retention(2555, false, 0, 90));
  }
}
