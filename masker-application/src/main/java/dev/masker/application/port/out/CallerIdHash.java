package dev.masker.application.port.out;

import dev.masker.domain.account.AccountId;

/**
 * The form in which Masker keeps an id a caller supplied: a session key from the {@code
 * Masker-Session-Id} header, a voice platform's call id, {@code metadata.masker_session_id}, or
 * Bolna's {@code user} (a phone number). Such an id can be personal data, so it is never stored,
 * logged, put in a vault scope or used as a metric label as given: only its keyed hash is (SPEC §5,
 * {@code external_id}).
 *
 * <p>The hash is a function of the server's key, the account and the id: the same id in the same
 * account always hashes the same (so a call stays one session, and a lookup by the raw id hashes it
 * and finds the row), two accounts get unrelated hashes for the same id, and without the key a hash
 * says nothing about the id it came from.
 */
public interface CallerIdHash {
  /** The text every stored hash starts with. */
  String PREFIX = "xid_";

  /**
   * @return {@link #PREFIX} and a fixed number of letters and digits, never {@code callerId}
   */
  String hash(AccountId account, String callerId);
}
