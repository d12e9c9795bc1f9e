package dev.masker.adapters.rest.auth;

import dev.masker.adapters.rest.error.ApiError;
import dev.masker.application.port.in.Caller;
import dev.masker.domain.common.Secret;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The signed-in caller of the current request, set by {@link AuthenticationFilter}. */
@RequestScoped
public class CurrentCaller {
  private Caller caller;
  private Secret renewedCookie;

  void signedIn(Caller caller, Optional<Secret> renewedCookie) {
    this.caller = caller;
    this.renewedCookie = renewedCookie.orElse(null);
  }

  /** The caller; 401 when nobody is signed in. */
  public Caller get() {
    if (caller == null) {
      throw ApiError.unauthenticated();
    }
    return caller;
  }

  /** The caller, when somebody is signed in. */
  public Optional<Caller> find() {
    return Optional.ofNullable(caller);
  }

  /** A session cookie to send again because its expiry moved. */
  Optional<Secret> renewedCookie() {
    return Optional.ofNullable(renewedCookie);
  }
}
