package dev.masker.adapters.rest.token;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The body of {@code POST /api/v1/tokens}: {@code expires_at} may be left out (never expires). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateTokenRequest(String name, List<String> scopes, String expiresAt) {}
