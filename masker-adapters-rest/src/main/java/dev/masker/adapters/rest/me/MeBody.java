package dev.masker.adapters.rest.me;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** {@code GET /api/v1/me}: the signed-in user, their account and what they may do. */
public record MeBody(ProfileUser user, ProfileAccount account, List<String> permissions) {
  /** Fields the user has not got (a name, a GitHub login, a last visit) are null. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ProfileUser(
      String id,
      String email,
      String name,
      String githubLogin,
      String role,
      String createdAt,
      String lastSeenAt) {
    @Override
    public String toString() {
      return "ProfileUser[" + id + "]";
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ProfileAccount(String id, String name, String plan, String createdAt) {}
}
