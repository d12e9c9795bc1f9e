package dev.masker.adapters.rest.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code GET /api/v1/reports/public-key}: the key that verifies reports' signatures, in both forms.
 *
 * @param keyId the {@code signature.key_id} of the reports it verifies
 * @param pem the SubjectPublicKeyInfo as PEM
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PublicKeyBody(String keyId, String alg, String pem, JwkBody jwk) {}
