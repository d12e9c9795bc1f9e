package dev.masker.application.port.in;

import dev.masker.domain.auth.ApiToken;
import dev.masker.domain.auth.ApiTokenName;
import dev.masker.domain.auth.Scope;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.Secret;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** A signed-in user creates an API token of their own. */
public interface CreateApiTokenUseCase {
  Result create(Caller caller, Command command);

  /** The token's name, its scopes (at least one) and, optionally, when it stops working. */
  record Command(ApiTokenName name, Set<Scope> scopes, Optional<Instant> expiresAt) {
    public Command {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(expiresAt, "expiresAt");
      if (scopes == null || scopes.isEmpty()) {
        throw new InvalidValue("scopes", "must name at least one scope");
      }
      scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }
  }

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(Function<Created, T> created, Function<Forbidden, T> forbidden);

    /** The token, and its secret, shown this once. */
    record Created(ApiToken token, Secret secret) implements Result {
      @Override
      public <T> T fold(Function<Created, T> created, Function<Forbidden, T> forbidden) {
        return created.apply(this);
      }
    }

    /** A token may not create tokens: it could outlive its own revocation that way. */
    record Forbidden() implements Result {
      @Override
      public <T> T fold(Function<Created, T> created, Function<Forbidden, T> forbidden) {
        return forbidden.apply(this);
      }
    }
  }
}
