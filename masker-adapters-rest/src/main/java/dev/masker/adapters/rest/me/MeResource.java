package dev.masker.adapters.rest.me;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.json.ApiTime;
import dev.masker.application.port.in.ShowProfileUseCase;
import dev.masker.domain.user.Email;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
  private final ShowProfileUseCase showProfile;
  private final CurrentCaller caller;

  public MeResource(ShowProfileUseCase showProfile, CurrentCaller caller) {
    this.showProfile = showProfile;
    this.caller = caller;
  }

  public record UserJson(
      String id,
      String email,
      String name,
      @JsonProperty("github_login") String githubLogin,
      String role,
      @JsonProperty("created_at") String createdAt,
      @JsonProperty("last_seen_at") String lastSeenAt) {}

  public record AccountJson(
      String id, String name, String plan, @JsonProperty("created_at") String createdAt) {}

  public record MeJson(UserJson user, AccountJson account, List<String> permissions) {}

  @GET
  public MeJson me() {
    var profile = showProfile.show(caller.get());
    var user = profile.user();
    var account = profile.account();
    return new MeJson(
        new UserJson(
            user.id().value(),
            user.email().map(Email::value).orElse(null),
            user.name().orElse(null),
            user.githubLogin().orElse(null),
            user.role().wireName(),
            ApiTime.format(user.createdAt()),
            user.lastSeenAt().map(ApiTime::format).orElse(null)),
        new AccountJson(
            account.id().value(),
            account.name(),
            account.plan().wireName(),
            ApiTime.format(account.createdAt())),
        user.role().permissions());
  }
}
