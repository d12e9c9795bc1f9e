package dev.masker.adapters.rest.token;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.adapters.rest.page.PageBody;
import dev.masker.adapters.rest.page.Paging;
import dev.masker.application.port.in.CreateApiTokenUseCase;
import dev.masker.application.port.in.ListApiTokensUseCase;
import dev.masker.application.port.in.RevokeApiTokenUseCase;
import dev.masker.domain.auth.ApiTokenName;
import dev.masker.domain.auth.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

/**
 * API tokens: each user creates their own; a member lists and revokes their own, an admin every
 * token of the account. Tokens themselves never reach these endpoints.
 */
@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {
  private final CreateApiTokenUseCase createToken;
  private final ListApiTokensUseCase listTokens;
  private final RevokeApiTokenUseCase revokeToken;
  private final CurrentCaller caller;
  private final TokenBodies bodies;

  public TokenResource(
      CreateApiTokenUseCase createToken,
      ListApiTokensUseCase listTokens,
      RevokeApiTokenUseCase revokeToken,
      CurrentCaller caller,
      TokenBodies bodies) {
    this.createToken = createToken;
    this.listTokens = listTokens;
    this.revokeToken = revokeToken;
    this.caller = caller;
    this.bodies = bodies;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateTokenRequest body) {
    if (body == null) {
      throw ApiError.validation("body", "is required");
    }
    var command =
        new CreateApiTokenUseCase.Command(
            new ApiTokenName(body.name()), scopes(body), expiresAt(body.expiresAt()));
    return createToken
        .create(caller.get(), command)
        .fold(
            created ->
                Response.status(201)
                    // The answer holds the secret: no cache along the way may keep it.
                    .header("Cache-Control", "no-store")
                    .entity(
                        new TokenAnswer(
                            bodies.created(created.token().snapshot(), created.secret())))
                    .build(),
            forbidden -> {
              throw tokensRefused();
            });
  }

  @GET
  public PageBody<TokenBody> list(@Context UriInfo uri) {
    var who = caller.get();
    var view = ListApiTokensUseCase.viewOf(who);
    var request = Paging.request(uri, ListApiTokensUseCase.LIST, view);
    return listTokens
        .list(who, request)
        .fold(
            listed -> {
              var items =
                  listed.page().items().stream().map(t -> bodies.item(t.snapshot())).toList();
              return Paging.answer(listed.page(), items, ListApiTokensUseCase.LIST, view);
            },
            forbidden -> {
              throw tokensRefused();
            });
  }

  @DELETE
  @Path("/{id}")
  public Response revoke(@PathParam("id") String id) {
    return revokeToken
        .revoke(caller.get(), id)
        .fold(
            revoked -> Response.noContent().build(),
            notFound -> {
              var shown =
                  id != null && id.length() <= 40 && id.matches("[A-Za-z0-9_]*") ? id : "given";
              throw new ApiError(404, "not_found", "No token with id " + shown);
            },
            forbidden -> {
              throw tokensRefused();
            });
  }

  /** The scopes asked for: at least one, each known; one named twice counts once. */
  private static EnumSet<Scope> scopes(CreateTokenRequest body) {
    if (body.scopes() == null) {
      throw ApiError.validation("scopes", "is required");
    }
    if (body.scopes().isEmpty()) {
      throw ApiError.validation("scopes", "must name at least one scope");
    }
    var scopes = EnumSet.noneOf(Scope.class);
    for (int i = 0; i < body.scopes().size(); i++) {
      scopes.add(Scope.fromWireName("scopes." + i, body.scopes().get(i)));
    }
    return scopes;
  }

  private static Optional<Instant> expiresAt(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeException e) {
      throw ApiError.validation(
          "expires_at", "must be an ISO 8601 time in UTC, such as 2026-05-03T21:14:32.481Z");
    }
  }

  private static ApiError tokensRefused() {
    return ApiError.forbidden("API tokens may not manage tokens; sign in instead");
  }
}
