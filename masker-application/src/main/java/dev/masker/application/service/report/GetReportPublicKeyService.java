package dev.masker.application.service.report;

import dev.masker.application.port.in.GetReportPublicKeyUseCase;
import dev.masker.domain.audit.ReportSigningKey;
import java.util.function.Supplier;

public final class GetReportPublicKeyService implements GetReportPublicKeyUseCase {
  private final Supplier<ReportSigningKey> key;

  public GetReportPublicKeyService(Supplier<ReportSigningKey> key) {
    this.key = key;
  }

  @Override
  public PublicKey publicKey() {
    var current = key.get();
    return new PublicKey(current.keyId(), current.publicKeyPem(), current.jwkX());
  }
}
