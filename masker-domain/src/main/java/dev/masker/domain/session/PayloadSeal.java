package dev.masker.domain.session;

import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.Opening;
import dev.masker.domain.masking.vault.VaultSeal;
import java.util.Objects;

/**
 * Seals a turn's payloads for storage with the vault's primitive ({@link VaultSeal}: AES-256-GCM
 * under a key derived from the kid's key, a random nonce per value, the kid in the sealed bytes so
 * an {@code _OLD} key still opens it). The associated data is the session, the turn and the part,
 * so a payload moved to another turn, session or column does not open. Its scope ({@code sess_…})
 * never equals a vault scope ({@code agt_…/…}), so the two never open each other's values.
 */
public final class PayloadSeal {
  private final VaultSeal seal;

  public PayloadSeal(KeyRing keys) {
    this.seal = new VaultSeal(Objects.requireNonNull(keys, "keys"));
  }

  /**
   * @throws IllegalStateException when this seal has no key for {@code kid}
   */
  public byte[] seal(String kid, SessionId session, int turn, PayloadPart part, String text) {
    return seal.seal(kid, session.value(), label(turn, part), text);
  }

  /** The payload, or why it cannot be read (key gone, or not sealed for this place). */
  public Opening open(SessionId session, int turn, PayloadPart part, byte[] sealed) {
    return seal.open(session.value(), label(turn, part), sealed);
  }

  private static String label(int turn, PayloadPart part) {
    if (turn < 1) {
      throw new IllegalArgumentException("turns are numbered from 1");
    }
    return "payload " + turn + " " + part.label();
  }

  @Override
  public String toString() {
    return "PayloadSeal";
  }
}
