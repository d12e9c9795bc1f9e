package dev.masker.domain.masking.rehydrate;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.token.TokenScheme;
import java.util.Objects;

/**
 * A token or surrogate that could not be turned back into its value and was replaced by {@code
 * [REDACTED:KIND]}. Carries no token body and no value.
 *
 * @param kid the kid named by the token; null when unreadable
 */
public record RehydrationFailure(EntityKind kind, TokenScheme scheme, String kid, Reason reason) {
  public RehydrationFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(reason, "reason");
  }

  /** Why rehydration failed. */
  public enum Reason {
    /** Token-shaped, but the kind is unknown or the body has the wrong length or alphabet. */
    MALFORMED,
    /** The vault has no row for it in this session: unknown token, or an erased session. */
    NOT_FOUND,
    /** No key of its kid is held any more. */
    KEY_UNAVAILABLE,
    /** Keys are there but none opens it: tampered, from another session, or a dropped key. */
    UNREADABLE,
    /** The vault could not be reached. */
    VAULT_UNAVAILABLE
  }
}
