package dev.masker.application.port.in;

import dev.masker.domain.common.Secret;
import java.util.Optional;

/**
 * Recognises an API token's secret ({@code Authorization: Bearer mk_…}): the caller it acts for, or
 * nothing for a secret that is unknown, revoked, expired, or whose user is gone.
 */
public interface AuthenticateTokenUseCase {
  Optional<Caller> authenticate(Secret tokenSecret);
}
