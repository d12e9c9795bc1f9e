package dev.masker.adapters.rest.session;

import dev.masker.application.port.in.ReadSessionPayloadsUseCase.TurnPayloads;
import dev.masker.domain.session.PayloadPart;
import java.util.List;

/**
 * One turn's kept payloads in {@code GET /sessions/{id}}: what the caller sent, what went upstream
 * and what the caller got, each null when the turn kept none; {@code unreadable} names the parts
 * that could not be opened. PHI by definition: never in a log, so no text in {@link #toString()}.
 */
public record PayloadBody(
    int turn, String request, String masked, String response, List<String> unreadable) {
  static PayloadBody of(TurnPayloads payloads) {
    return new PayloadBody(
        payloads.turn(),
        payloads.request().orElse(null),
        payloads.masked().orElse(null),
        payloads.response().orElse(null),
        payloads.unreadable().stream().sorted().map(PayloadPart::label).toList());
  }

  @Override
  public String toString() {
    return "PayloadBody[turn=" + turn + "]";
  }
}
