package dev.masker.domain.session;

import java.util.Objects;
import java.util.Optional;

/**
 * The payloads of one turn whose policy says {@code audit.log_payloads: true}: PHI by definition,
 * held only until the turn log seals them with {@link #seal}, once it knows the session and the
 * number of the turn. {@link #toString} never shows them.
 *
 * @param kid the key id of the agent's policy, whose key seals them
 * @param request what the caller sent
 * @param masked what went upstream; empty when nothing did
 * @param response what the caller got back; empty when it got only an error
 */
public record KeptPayloads(
    String kid,
    PayloadSeal keys,
    String request,
    Optional<String> masked,
    Optional<String> response) {
  public KeptPayloads {
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(masked, "masked");
    Objects.requireNonNull(response, "response");
  }

  /**
   * The payloads sealed for turn {@code turn} of {@code session}.
   *
   * @throws IllegalStateException when the kid's key is gone from this server
   */
  public Sealed seal(SessionId session, int turn) {
    return new Sealed(
        keys.seal(kid, session, turn, PayloadPart.REQUEST, request),
        masked.map(text -> keys.seal(kid, session, turn, PayloadPart.MASKED, text)).orElse(null),
        response
            .map(text -> keys.seal(kid, session, turn, PayloadPart.RESPONSE, text))
            .orElse(null));
  }

  /** Sealed bytes of each part; {@code masked} and {@code response} are null when not kept. */
  public record Sealed(byte[] request, byte[] masked, byte[] response) {}

  @Override
  public String toString() {
    return "KeptPayloads[kid=" + kid + ", sealed when written]";
  }
}
