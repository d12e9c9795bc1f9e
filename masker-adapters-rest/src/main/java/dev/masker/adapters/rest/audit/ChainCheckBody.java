package dev.masker.adapters.rest.audit;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code GET /api/v1/audit/verify} (SPEC §8): whether the account's chain is whole, how many events
 * were recomputed, the hashes it started from and ended on (hex), and what was found.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChainCheckBody(
    boolean ok, long eventCount, String firstHash, String lastHash, String message) {}
