package dev.masker.server.wiring;

import dev.masker.application.port.in.GetReportPublicKeyUseCase;
import dev.masker.application.port.in.GetSessionReportUseCase;
import dev.masker.application.port.out.AuditTrail;
import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.application.port.out.SessionRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.service.report.GetReportPublicKeyService;
import dev.masker.application.service.report.GetSessionReportService;
import dev.masker.application.service.retention.RetentionLimits;
import dev.masker.domain.audit.ReportSigningKey;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.masking.DetectableKinds;
import dev.masker.server.retention.RetentionSettings;
import dev.masker.server.startup.ServerKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Builds the compliance reports' use cases (SPEC §8, docs/adr/0048-signed-session-reports.md): the
 * signing key is made from {@code MASKER_REPORT_SIGNING_KEY} at first use, once {@link ServerKeys}
 * has it.
 */
@ApplicationScoped
public class ReportUseCases {
  static final String SIGNING_KEY = "MASKER_REPORT_SIGNING_KEY";

  @Produces
  @ApplicationScoped
  GetSessionReportUseCase getSessionReport(
      SessionRepository sessions,
      PolicyVersionRepository versions,
      AuditTrail trail,
      TransactionRunner tx,
      ServerKeys keys,
      RetentionSettings retention,
      IdGenerator ids,
      Clock clock) {
    return new GetSessionReportService(
        sessions,
        versions,
        trail,
        tx,
        signingKey(keys),
        DetectableKinds.probe(),
        new RetentionLimits(
            retention.sessionMetadataRetentionDays(),
            retention.payloadRetentionDays(),
            retention.retention().batchSize()),
        ids,
        clock);
  }

  @Produces
  @ApplicationScoped
  GetReportPublicKeyUseCase getReportPublicKey(ServerKeys keys) {
    return new GetReportPublicKeyService(signingKey(keys));
  }

  /** The key of the seed {@link ServerKeys} holds, made once. */
  private static Supplier<ReportSigningKey> signingKey(ServerKeys keys) {
    return new Supplier<>() {
      private volatile ReportSigningKey key;

      @Override
      public ReportSigningKey get() {
        var made = key;
        if (made == null) {
          made = ReportSigningKey.fromSeed(keys.key(SIGNING_KEY));
          key = made;
        }
        return made;
      }
    };
  }
}
