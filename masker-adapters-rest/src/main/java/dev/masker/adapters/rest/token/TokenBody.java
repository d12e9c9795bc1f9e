package dev.masker.adapters.rest.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * An API token as the API shows it. {@code secret} is there only in the answer that created the
 * token; {@code expires_at} and {@code last_used_at} are null for never and not yet.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TokenBody(
    String id,
    String name,
    List<String> scopes,
    String userId,
    String createdAt,
    String expiresAt,
    String lastUsedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
  @Override
  public String toString() {
    return "TokenBody[" + id + "]";
  }
}
