package dev.masker.adapters.rest.me;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.application.port.in.ShowProfileUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
  private final ShowProfileUseCase showProfile;
  private final CurrentCaller caller;
  private final MeBodies bodies;

  public MeResource(ShowProfileUseCase showProfile, CurrentCaller caller, MeBodies bodies) {
    this.showProfile = showProfile;
    this.caller = caller;
    this.bodies = bodies;
  }

  @GET
  public MeBody me() {
    var who = caller.get();
    var profile = showProfile.show(who);
    return bodies.me(profile.user().snapshot(), profile.account().snapshot(), who.permissions());
  }
}
