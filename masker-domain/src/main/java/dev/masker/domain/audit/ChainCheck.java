package dev.masker.domain.audit;

/**
 * What verifying an account's audit chain found (SPEC §8, {@code GET /api/v1/audit/verify}).
 *
 * @param ok whether every event from the last checkpoint on hashes to the hash stored with it, in
 *     an unbroken sequence
 * @param eventCount how many events were checked
 * @param firstHash the hex chain hash the check started from (the checkpoint's, or 64 zeros for the
 *     genesis)
 * @param lastHash the hex chain hash of the last event checked (the first hash when none was)
 * @param message what was found, for a person: where the chain breaks and how; never a value
 */
public record ChainCheck(
    boolean ok, long eventCount, String firstHash, String lastHash, String message) {}
