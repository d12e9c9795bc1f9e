package dev.masker.adapters.rest.auth;

import dev.masker.adapters.rest.error.ApiError;
import dev.masker.adapters.rest.request.PublicUrl;
import dev.masker.application.port.in.FinishGithubSignInUseCase;
import dev.masker.application.port.in.StartGithubSignInUseCase;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Sign-in with GitHub (SPEC §3): {@code GET /api/v1/auth/github} sends the browser to GitHub with a
 * one-time state it also keeps in a cookie; GitHub sends it back to {@code /callback}, which signs
 * the person in with the same {@code masker_session} cookie as a local sign-in and sends the
 * browser on to the path it asked for. Off (404) when no OAuth app is configured.
 */
@Path(OAuthStateCookie.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Public
public class GithubAuthResource {
  static final String CALLBACK = "/callback";

  private final StartGithubSignInUseCase start;
  private final FinishGithubSignInUseCase finish;
  private final SessionCookie sessionCookie;
  private final OAuthStateCookie stateCookie;
  private final PublicUrl publicUrl;

  public GithubAuthResource(
      StartGithubSignInUseCase start,
      FinishGithubSignInUseCase finish,
      SessionCookie sessionCookie,
      OAuthStateCookie stateCookie,
      PublicUrl publicUrl) {
    this.start = start;
    this.finish = finish;
    this.sessionCookie = sessionCookie;
    this.stateCookie = stateCookie;
    this.publicUrl = publicUrl;
  }

  @GET
  public Response start(@QueryParam("redirect_to") String redirectTo) {
    return start
        .start(new StartGithubSignInUseCase.Command(redirectTo, callbackUrl()))
        .fold(
            redirect ->
                Response.status(Response.Status.FOUND)
                    .header(HttpHeaders.LOCATION, redirect.authorizeUrl())
                    .header(HttpHeaders.SET_COOKIE, stateCookie.issue(redirect.state()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build(),
            disabled -> {
              throw notConfigured();
            });
  }

  @GET
  @Path(CALLBACK)
  public Response callback(
      @CookieParam(OAuthStateCookie.NAME) String browserState,
      @QueryParam("state") String state,
      @QueryParam("code") String code) {
    return finish
        .finish(new FinishGithubSignInUseCase.Command(browserState, state, code, callbackUrl()))
        .fold(
            signedIn ->
                Response.status(Response.Status.FOUND)
                    .header(HttpHeaders.LOCATION, publicUrl.base() + signedIn.returnPath().value())
                    .header(HttpHeaders.SET_COOKIE, sessionCookie.issue(signedIn.sessionSecret()))
                    .header(HttpHeaders.SET_COOKIE, stateCookie.clear())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build(),
            disabled -> {
              throw notConfigured();
            },
            invalidState -> {
              throw new ApiError(
                  400,
                  "invalid_state",
                  "This sign-in with GitHub is not the one this browser started, was finished"
                      + " already or took over 10 minutes; start again");
            },
            denied -> {
              throw new ApiError(
                  400,
                  "oauth_denied",
                  "GitHub sent no code: the sign-in was cancelled or refused there; start again");
            },
            exchangeFailed -> {
              throw new ApiError(
                  502,
                  "oauth_exchange_failed",
                  "GitHub did not confirm the sign-in; try again, and quote the request id if it"
                      + " persists");
            },
            emailTaken -> {
              throw new ApiError(
                  409,
                  "email_taken",
                  "The email of this GitHub account belongs to a user who signs in with a"
                      + " password; sign in with the password instead");
            });
  }

  private String callbackUrl() {
    return publicUrl.base() + OAuthStateCookie.PATH + CALLBACK;
  }

  private static ApiError notConfigured() {
    return new ApiError(404, "not_found", "Sign-in with GitHub is not configured on this server");
  }
}
