package dev.masker.application.port.out;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.session.SessionId;
import java.util.List;
import java.util.Optional;

/** Payloads as stored: sealed, never in clear. */
public interface PayloadRepository {
  /**
   * The sealed payloads of the session, by turn; empty when the account has no such session (a
   * session that kept none has an empty list).
   */
  Optional<List<Sealed>> find(AccountId account, SessionId session);

  /** One turn's sealed parts; {@code masked} and {@code response} may be null. */
  record Sealed(int turn, String kid, byte[] request, byte[] masked, byte[] response) {}
}
