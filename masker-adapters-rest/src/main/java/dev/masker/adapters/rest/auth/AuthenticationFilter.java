package dev.masker.adapters.rest.auth;

import dev.masker.adapters.rest.error.ApiError;
import dev.masker.adapters.rest.request.PublicUrl;
import dev.masker.application.port.in.AuthenticateTokenUseCase;
import dev.masker.application.port.in.AuthenticateUseCase;
import dev.masker.domain.common.Secret;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Signs in the caller of every {@code /api/v1} endpoint not marked {@link Public}, from the {@code
 * masker_session} cookie, and refuses cross-site state changes: a cookie-authenticated request that
 * changes state must come from the server's own origin when the browser names one.
 *
 * <p>A request with {@code Authorization: Bearer …} is signed in by that API token alone, cookie or
 * not: a token that is malformed, unknown, revoked or expired is 401 and never falls back to the
 * cookie, and the token must have the scope {@link EndpointScopes} names for the endpoint (else
 * 403). Browsers never attach such a header by themselves, so these requests skip the {@code
 * Origin} check.
 */
public class AuthenticationFilter {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final AuthenticateUseCase authenticate;
  private final AuthenticateTokenUseCase authenticateToken;
  private final CurrentCaller currentCaller;
  private final SessionCookie sessionCookie;
  private final PublicUrl publicUrl;

  public AuthenticationFilter(
      AuthenticateUseCase authenticate,
      AuthenticateTokenUseCase authenticateToken,
      CurrentCaller currentCaller,
      SessionCookie sessionCookie,
      PublicUrl publicUrl) {
    this.authenticate = authenticate;
    this.authenticateToken = authenticateToken;
    this.currentCaller = currentCaller;
    this.sessionCookie = sessionCookie;
    this.publicUrl = publicUrl;
  }

  @ServerRequestFilter
  public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
    if (!request.getUriInfo().getPath().startsWith("/api/v1")) {
      return;
    }
    var bearer = BearerToken.in(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (bearer.isPresent() && !isPublic(resource)) {
      signInByToken(bearer.get(), request);
      return;
    }
    var unsafe = !SAFE_METHODS.contains(request.getMethod());
    var origin = request.getHeaderString("Origin");
    if (unsafe && origin != null && !publicUrl.accepts(origin)) {
      throw ApiError.forbidden("Cross-site requests are refused: Origin is not this server");
    }
    if (isPublic(resource)) {
      return;
    }
    var cookie =
        Optional.ofNullable(request.getCookies().get(SessionCookie.NAME))
            .map(Cookie::getValue)
            .filter(value -> !value.isBlank());
    if (cookie.isEmpty()) {
      throw ApiError.unauthenticated();
    }
    var secret = new Secret(cookie.get());
    var authentication = authenticate.authenticate(secret).orElseThrow(ApiError::unauthenticated);
    currentCaller.signedIn(
        authentication.caller(),
        authentication.extended() ? Optional.of(secret) : Optional.empty());
  }

  private void signInByToken(String credential, ContainerRequestContext request) {
    if (credential.isEmpty()) {
      throw ApiError.unauthenticated();
    }
    var caller =
        authenticateToken
            .authenticate(new Secret(credential))
            .orElseThrow(ApiError::unauthenticated);
    var need =
        EndpointScopes.of(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath());
    var refusal = need.refusal(caller.tokenScopes().orElseThrow());
    if (refusal.isPresent()) {
      throw ApiError.forbidden(refusal.get());
    }
    currentCaller.signedIn(caller, Optional.empty());
  }

  @ServerResponseFilter
  public void renewCookie(ContainerResponseContext response) {
    currentCaller
        .renewedCookie()
        .ifPresent(
            secret ->
                response.getHeaders().add(HttpHeaders.SET_COOKIE, sessionCookie.issue(secret)));
  }

  private static boolean isPublic(ResourceInfo resource) {
    var method = resource.getResourceMethod();
    var type = resource.getResourceClass();
    return (method != null && method.isAnnotationPresent(Public.class))
        || (type != null && type.isAnnotationPresent(Public.class));
  }
}
