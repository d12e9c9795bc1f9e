package dev.masker.application.port.in;

import dev.masker.domain.session.PayloadPart;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The payloads one session of the caller's account kept (SPEC §5: only when its policy said {@code
 * audit.log_payloads: true}), opened for this read only. PHI: for the session detail, never for a
 * log.
 */
public interface ReadSessionPayloadsUseCase {
  Outcome read(Caller caller, String sessionId);

  /**
   * One turn's payloads. A part is empty when the turn kept none (nothing went upstream, or the
   * caller got only an error) or when it cannot be opened, which {@code unreadable} then names (its
   * key gone from this server, or the stored bytes altered).
   */
  record TurnPayloads(
      int turn,
      Optional<String> request,
      Optional<String> masked,
      Optional<String> response,
      Set<PayloadPart> unreadable) {
    public TurnPayloads {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(masked, "masked");
      Objects.requireNonNull(response, "response");
      unreadable = Set.copyOf(unreadable);
    }

    @Override
    public String toString() {
      return "TurnPayloads[turn=" + turn + ", unreadable=" + unreadable + "]";
    }
  }

  sealed interface Outcome {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(Function<Found, T> found, Function<NotFound, T> notFound);

    /** The session's payloads by turn, in order; none when its policy kept none. */
    record Found(List<TurnPayloads> turns) implements Outcome {
      public Found {
        turns = List.copyOf(turns);
      }

      @Override
      public <T> T fold(Function<Found, T> found, Function<NotFound, T> notFound) {
        return found.apply(this);
      }
    }

    /** No such session in the caller's account (or not a session id). */
    record NotFound() implements Outcome {
      @Override
      public <T> T fold(Function<Found, T> found, Function<NotFound, T> notFound) {
        return notFound.apply(this);
      }
    }
  }
}
