package dev.masker.adapters.rest.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.masker.application.port.in.GetSessionReportUseCase;
import dev.masker.domain.audit.Coverage;
import dev.masker.domain.audit.SafeHarborIdentifier;
import dev.masker.domain.audit.SessionReport;
import dev.masker.domain.masking.EntityKind;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A session report as a PDF for people (SPEC §8), made with OpenPDF from the same report the JSON
 * serves: a cover, then one section per heading of {@link #SECTIONS}, every page numbered "Page n
 * of m". It shows only what the report holds (counts, hashes, the policy snapshot), never a value.
 */
public final class ReportPdf {
  /** The section titles, in order: readers (and tests) find each in the PDF's text. */
  public static final String EXECUTIVE_SUMMARY = "Executive summary";

  public static final String SAFE_HARBOR = "Safe Harbor matrix";
  public static final String REDACTIONS = "Redaction summary";
  public static final String LEAK_CHECK = "Leak check";
  public static final String AUDIT_INTEGRITY = "Audit integrity";
  public static final String RETENTION = "Retention attestation";
  public static final String POLICY_SNAPSHOT = "Policy snapshot";

  public static final List<String> SECTIONS =
      List.of(
          EXECUTIVE_SUMMARY,
          SAFE_HARBOR,
          REDACTIONS,
          LEAK_CHECK,
          AUDIT_INTEGRITY,
          RETENTION,
          POLICY_SNAPSHOT);

  private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 10);
  private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font MONO = new Font(Font.COURIER, 8);
  private static final Font WARNING = new Font(Font.HELVETICA, 12, Font.BOLD, new Color(160, 0, 0));
  private static final Color HEADER_FILL = new Color(225, 230, 240);

  private ReportPdf() {}

  /** The PDF's bytes. */
  public static byte[] render(GetSessionReportUseCase.Report signed) {
    var report = signed.report();
    var out = new ByteArrayOutputStream(32 * 1024);
    var document = new Document(PageSize.A4, 50, 50, 50, 60);
    var writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new PageNumbers());
    document.addTitle("Masker compliance report " + report.id());
    document.addSubject("Session " + report.sessionId().value());
    document.addCreator("Masker");
    document.open();
    cover(document, signed);
    document.newPage();
    summary(document, signed);
    safeHarbor(document, report);
    redactions(document, report);
    leakCheck(document, report);
    integrity(document, signed);
    retention(document, report);
    document.newPage();
    policy(document, report);
    document.close();
    return out.toByteArray();
  }

  private static void cover(Document document, GetSessionReportUseCase.Report signed) {
    var report = signed.report();
    var title = new Paragraph("Masker compliance report", TITLE);
    title.setSpacingAfter(24);
    document.add(title);
    var table = pairs();
    row(table, "Scope", "session");
    row(table, "Session", report.sessionId().value());
    row(table, "Agent", report.agentId().value());
    row(table, "Window", time(report.windowFrom()) + " to " + time(report.windowTo()));
    row(table, "Generated at", time(report.generatedAt()));
    row(table, "Report id", report.id());
    row(table, "Policy", report.policyName() + " version " + report.policyVersion());
    document.add(table);
    document.add(label("Merkle root (SHA-256, RFC 6962)"));
    document.add(new Paragraph(report.merkleRootHex(), new Font(Font.COURIER, 9)));
    if (signed.signature().isEmpty()) {
      document.add(unsignedWarning());
    } else {
      document.add(
          spaced(
              "Signed with Ed25519, key id " + signed.signature().get().keyId() + ".", BODY, 12));
    }
  }

  private static void summary(Document document, GetSessionReportUseCase.Report signed) {
    var report = signed.report();
    heading(document, EXECUTIVE_SUMMARY);
    long redacted = report.redactionsByKind().values().stream().mapToLong(Long::longValue).sum();
    var counts =
        report.coverage().matrix().values().stream()
            .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    document.add(
        spaced(
            "This call ran from "
                + time(report.windowFrom())
                + " to "
                + time(report.windowTo())
                + " under the policy "
                + report.policyName()
                + " (version "
                + report.policyVersion()
                + "). "
                + redacted
                + " values were masked before any text left for the model; "
                + report.rehydration().failed()
                + " turns had a token that could not be turned back. The account's audit chain "
                + (report.chain().ok() ? "verifies" : "does NOT verify")
                + ", and the call's "
                + report.eventCount()
                + " events hash to the Merkle root on the cover. Of the 18 Safe Harbor"
                + " identifiers, "
                + counts.getOrDefault(Coverage.FULL, 0L)
                + " are fully covered, "
                + counts.getOrDefault(Coverage.PARTIAL, 0L)
                + " partly, "
                + counts.getOrDefault(Coverage.NONE, 0L)
                + " not at all, and "
                + counts.getOrDefault(Coverage.NOT_APPLICABLE, 0L)
                + " cannot occur in text.",
            BODY,
            6));
  }

  private static void safeHarbor(Document document, SessionReport report) {
    heading(document, SAFE_HARBOR);
    var table = new PdfPTable(new float[] {1, 9, 6, 3});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    header(table, "", "Identifier", "Entity kinds", "Coverage");
    report
        .coverage()
        .matrix()
        .forEach(
            (identifier, coverage) ->
                cells(
                    table,
                    identifier.name(),
                    identifier.title(),
                    kinds(identifier),
                    coverage.wireName().replace('_', ' ')));
    document.add(table);
  }

  private static void redactions(Document document, SessionReport report) {
    heading(document, REDACTIONS);
    document.add(counts("Entity kind", report.redactionsByKind()));
    document.add(counts("Detection pass", report.redactionsByPass()));
  }

  private static void leakCheck(Document document, SessionReport report) {
    heading(document, LEAK_CHECK);
    var rehydration = report.rehydration();
    var table = pairs();
    row(table, "Turns rehydrated whole", Long.toString(rehydration.ok()));
    row(table, "Turns with a failed rehydration", Long.toString(rehydration.failed()));
    row(table, "Tokens that could not be opened", Long.toString(rehydration.failedValues()));
    document.add(table);
    document.add(
        spaced(
            rehydration.failed() == 0
                ? "Every token the model sent back was turned back into its value."
                : "A token that cannot be opened reaches the caller as [REDACTED:KIND], never as"
                    + " a value: a failure is a lost word, not a leak.",
            BODY,
            4));
  }

  private static void integrity(Document document, GetSessionReportUseCase.Report signed) {
    var report = signed.report();
    heading(document, AUDIT_INTEGRITY);
    var table = pairs();
    row(table, "Chain verified", report.chain().ok() ? "yes" : "NO");
    row(table, "Chain check", report.chain().message());
    row(table, "Events of this call", Long.toString(report.eventCount()));
    row(table, "Signature", signed.signature().map(s -> s.alg()).orElse("none (not signed)"));
    signed.signature().ifPresent(s -> row(table, "Key id", s.keyId()));
    document.add(table);
    document.add(label("Merkle root"));
    document.add(new Paragraph(report.merkleRootHex(), new Font(Font.COURIER, 9)));
    if (signed.signature().isEmpty()) {
      document.add(unsignedWarning());
    }
  }

  private static void retention(Document document, SessionReport report) {
    heading(document, RETENTION);
    var retention = report.retention();
    var table = pairs();
    row(table, "Audit events and their chain", retention.auditEventDays() + " days");
    row(
        table,
        "Request and answer payloads",
        retention.payloadsKept()
            ? "kept encrypted, " + retention.payloadDays() + " days"
            : "never stored");
    row(table, "Session records", retention.sessionMetadataDays() + " days after the last turn");
    row(table, "Original values", "never stored in clear; tokens open only with the vault and key");
    document.add(table);
  }

  private static void policy(Document document, SessionReport report) {
    heading(document, POLICY_SNAPSHOT);
    document.add(
        spaced(
            report.policyName()
                + " version "
                + report.policyVersion()
                + ", as the call ran under it (allow and deny list values withheld):",
            BODY,
            6));
    var yaml = new Paragraph(report.policySnapshot().replace("\t", "  "), MONO);
    yaml.setLeading(10);
    document.add(yaml);
  }

  private static PdfPTable counts(String what, Map<String, Long> counts) {
    var table = new PdfPTable(new float[] {3, 1});
    table.setWidthPercentage(60);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.setSpacingAfter(10);
    header(table, what, "Values");
    if (counts.isEmpty()) {
      cells(table, "none", "0");
    }
    counts.forEach((key, count) -> cells(table, key, Long.toString(count)));
    return table;
  }

  private static String kinds(SafeHarborIdentifier identifier) {
    var kinds = identifier.kinds();
    return kinds.isEmpty()
        ? "does not occur in text"
        : kinds.stream().map(EntityKind::name).collect(Collectors.joining(", "));
  }

  private static Paragraph unsignedWarning() {
    return spaced(
        "NOT SIGNED: the account's audit chain does not verify, so this report carries no"
            + " signature. See Audit integrity.",
        WARNING,
        12);
  }

  private static void heading(Document document, String title) {
    var heading = new Paragraph(title, HEADING);
    heading.setSpacingBefore(16);
    heading.setSpacingAfter(8);
    document.add(heading);
  }

  private static Paragraph label(String text) {
    return spaced(text, BOLD, 10);
  }

  private static Paragraph spaced(String text, Font font, float before) {
    var paragraph = new Paragraph(text, font);
    paragraph.setSpacingBefore(before);
    return paragraph;
  }

  private static PdfPTable pairs() {
    var table = new PdfPTable(new float[] {2, 5});
    table.setWidthPercentage(100);
    table.setSpacingAfter(6);
    return table;
  }

  private static void row(PdfPTable table, String name, String value) {
    table.addCell(cell(name, BOLD, null));
    table.addCell(cell(value, BODY, null));
  }

  private static void header(PdfPTable table, String... titles) {
    for (var title : titles) {
      table.addCell(cell(title, BOLD, HEADER_FILL));
    }
  }

  private static void cells(PdfPTable table, String... texts) {
    for (var text : texts) {
      table.addCell(cell(text, BODY, null));
    }
  }

  private static PdfPCell cell(String text, Font font, Color fill) {
    var cell = new PdfPCell(new Phrase(text, font));
    cell.setPadding(4);
    if (fill != null) {
      cell.setBackgroundColor(fill);
    }
    return cell;
  }

  private static String time(Instant instant) {
    return SessionReport.timeText(instant);
  }

  /** "Page n of m" at the foot of every page; m is written once the last page is known. */
  private static final class PageNumbers extends PdfPageEventHelper {
    private static final float SIZE = 8;
    private PdfTemplate total;
    private BaseFont font;

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(30, 12);
      font = BODY.getCalculatedBaseFont(false);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      var text = "Page " + writer.getPageNumber() + " of ";
      var content = writer.getDirectContent();
      float x = document.left();
      float y = document.bottom() - 30;
      content.beginText();
      content.setFontAndSize(font, SIZE);
      content.setTextMatrix(x, y);
      content.showText(text);
      content.endText();
      content.addTemplate(total, x + font.getWidthPoint(text, SIZE), y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(font, SIZE);
      total.setTextMatrix(0, 0);
      total.showText(Integer.toString(writer.getPageNumber() - 1));
      total.endText();
    }
  }
}
