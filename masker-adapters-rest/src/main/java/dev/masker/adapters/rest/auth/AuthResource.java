package dev.masker.adapters.rest.auth;

import dev.masker.adapters.rest.error.ApiError;
import dev.masker.application.port.in.SignInUseCase;
import dev.masker.application.port.in.SignOutUseCase;
import dev.masker.domain.common.Secret;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
  private final SignInUseCase signIn;
  private final SignOutUseCase signOut;
  private final SessionCookie cookie;

  public AuthResource(SignInUseCase signIn, SignOutUseCase signOut, SessionCookie cookie) {
    this.signIn = signIn;
    this.signOut = signOut;
    this.cookie = cookie;
  }

  @POST
  @Path("/login")
  @Public
  @Consumes(MediaType.APPLICATION_JSON)
  public Response login(LoginRequest body, @Context HttpServerRequest request) {
    if (body == null) {
      throw ApiError.validation("body", "is required");
    }
    if (body.email() == null || body.email().isBlank()) {
      throw ApiError.validation("email", "is required");
    }
    if (body.password() == null || body.password().isEmpty()) {
      throw ApiError.validation("password", "is required");
    }
    var result =
        signIn.signIn(
            new SignInUseCase.Command(
                body.email(), body.password(), ClientAddress.of(request.remoteAddress())));
    return result.fold(
        signedIn ->
            Response.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.issue(signedIn.sessionSecret()))
                .build(),
        invalid -> {
          throw new ApiError(401, "unauthenticated", "Wrong email or password");
        },
        throttled -> {
          throw ApiError.rateLimited(
              "Too many failed sign-ins; wait before trying again", throttled.retryAfter());
        },
        busy -> {
          throw ApiError.rateLimited(
              "Too many sign-ins are being checked right now; try again shortly",
              busy.retryAfter());
        });
  }

  @POST
  @Path("/logout")
  @Public
  public Response logout(@CookieParam(SessionCookie.NAME) String session) {
    if (session != null && !session.isBlank()) {
      signOut.signOut(new Secret(session));
    }
    return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie.clear()).build();
  }
}
