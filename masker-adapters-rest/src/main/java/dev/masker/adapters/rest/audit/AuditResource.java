package dev.masker.adapters.rest.audit;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.application.port.in.VerifyAuditChainUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The caller's account's audit chain (SPEC §8), for every role that has {@code audit:read} (admins
 * and members) and for tokens with that scope. A broken chain is an answer, not an error: 200 with
 * {@code ok: false}.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  private final VerifyAuditChainUseCase verifyChain;
  private final CurrentCaller caller;
  private final AuditBodies bodies;

  public AuditResource(
      VerifyAuditChainUseCase verifyChain, CurrentCaller caller, AuditBodies bodies) {
    this.verifyChain = verifyChain;
    this.caller = caller;
    this.bodies = bodies;
  }

  @GET
  @Path("/verify")
  public ChainCheckBody verify() {
    var who = caller.get();
    if (!who.may(VerifyAuditChainUseCase.PERMISSION)) {
      throw ApiError.forbidden("Verifying the audit chain needs the audit:read permission");
    }
    return bodies.check(verifyChain.verify(who));
  }
}
