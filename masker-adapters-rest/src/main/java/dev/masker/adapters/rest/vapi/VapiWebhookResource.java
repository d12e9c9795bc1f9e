package dev.masker.adapters.rest.vapi;

import dev.masker.adapters.rest.error.ApiError;
import dev.masker.adapters.rest.request.PublicUrl;
import dev.masker.application.port.in.ReceiveVapiMessageUseCase;
import dev.masker.application.port.in.ReceiveVapiMessageUseCase.Command;
import dev.masker.application.port.in.ReceiveVapiMessageUseCase.Outcome;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code POST /vapi/webhook/{agent_id}} (SPEC §7): Vapi's server messages for one agent. Not
 * cookie- or token-authenticated (it is outside {@code /api/v1}): the call is taken when it is
 * signed with the agent's webhook secret or the server's ({@code X-Vapi-Signature} or {@code
 * X-Vapi-Secret}). The body is read as bytes, because the signature covers them exactly as sent.
 * Errors are the API's envelope with the request id.
 */
@Path("/vapi/webhook/{agentId}")
public class VapiWebhookResource {
  static final String SIGNATURE_HEADER = "X-Vapi-Signature";
  static final String SECRET_HEADER = "X-Vapi-Secret";

  private final ReceiveVapiMessageUseCase webhook;
  private final PublicUrl publicUrl;

  public VapiWebhookResource(ReceiveVapiMessageUseCase webhook, PublicUrl publicUrl) {
    this.webhook = webhook;
    this.publicUrl = publicUrl;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(
      @PathParam("agentId") String agentId,
      @HeaderParam(SIGNATURE_HEADER) String signature,
      @HeaderParam(SECRET_HEADER) String secret,
      byte[] body) {
    var command =
        new Command(
            agentId,
            body == null ? new byte[0] : body,
            present(signature),
            present(secret),
            publicUrl.base());
    return webhook.receive(command).fold(new Answer());
  }

  private static Optional<String> present(String header) {
    return Optional.ofNullable(header).filter(value -> !value.isBlank());
  }

  /** Each outcome as the answer Vapi gets; refusals are thrown to the error mapping. */
  private static final class Answer implements Outcome.Cases<Response> {
    @Override
    public Response agentNotFound(Outcome.AgentNotFound outcome) {
      throw new ApiError(404, "agent_not_found", "No such agent");
    }

    @Override
    public Response agentUnavailable(Outcome.AgentUnavailable outcome) {
      throw ApiError.serviceUnavailable();
    }

    @Override
    public Response rateLimited(Outcome.RateLimited limited) {
      throw ApiError.rateLimited(
          "This account is over its rate limit for voice calls; retry after the Retry-After"
              + " seconds",
          limited.retryAfter());
    }

    @Override
    public Response badSignature(Outcome.BadSignature outcome) {
      throw new ApiError(401, "bad_signature", outcome.reason());
    }

    @Override
    public Response invalidMessage(Outcome.InvalidMessage invalid) {
      throw ApiError.validation(invalid.field(), invalid.issue());
    }

    @Override
    public Response unsupportedEvent(Outcome.UnsupportedEvent outcome) {
      throw new ApiError(
          422,
          "unsupported_event",
          "Masker takes assistant-request, status-update and end-of-call-report messages only");
    }

    @Override
    public Response assistant(Outcome.Assistant assistant) {
      return Response.ok(assistant.json(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response accepted(Outcome.Accepted outcome) {
      return Response.noContent().build();
    }
  }
}
