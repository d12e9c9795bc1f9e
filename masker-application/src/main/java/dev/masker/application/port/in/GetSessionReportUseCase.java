package dev.masker.application.port.in;

import dev.masker.domain.audit.SessionReport;
import dev.masker.domain.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

public interface GetSessionReportUseCase {
  /** The permission reading reports takes (an API token's {@code reports:read}). */
  String READ = "reports:read";

  /**
   * The compliance report of the caller's session of that id (SPEC §8), generated now and signed
   * when the account's audit chain verifies; empty when the id is malformed, unknown or another
   * account's.
   *
   * @throws ReportUnavailable when the session's policy is no longer known
   * @throws dev.masker.application.port.out.StoreUnavailable when the database cannot answer
   */
  Optional<Report> report(Caller caller, String sessionId);

  /** A report and its signature, absent when the chain did not verify. */
  record Report(SessionReport report, Optional<SessionReport.Signature> signature) {
    public Report {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(signature, "signature");
      if (signature.isPresent() && !report.signable()) {
        throw new IllegalArgumentException("a report over a broken chain is never signed");
      }
    }

    /** The report as served: {@link SessionReport#document} with its signature or null. */
    public JsonObject document() {
      return report.document(signature);
    }
  }

  /** A report cannot be made of this session; the message names no value. */
  final class ReportUnavailable extends RuntimeException {
    public ReportUnavailable(String message) {
      super(message, null, false, false);
    }
  }
}
