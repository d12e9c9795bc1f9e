package dev.masker.application.port.in;

import java.time.Duration;
import java.util.Optional;

/**
 * One server message a voice platform posts to {@code POST /vapi/webhook/{agent_id}} (SPEC §7):
 * checked against the agent's webhook secret, then answered ({@code assistant-request}) or recorded
 * as the start or end of the call's session. Nothing the message says about the caller (number,
 * name, transcript, summary) is kept, logged or shown anywhere.
 */
public interface ReceiveVapiMessageUseCase {
  Outcome receive(Command command);

  /**
   * @param agentId the agent id from the path, not yet checked
   * @param body the request body, byte for byte as it came: the signature covers these bytes
   * @param signature the {@code X-Vapi-Signature} header (hex HMAC-SHA256 of the body), if any
   * @param sharedSecret the {@code X-Vapi-Secret} header, if any
   * @param publicUrl where voice platforms reach this server ({@code MASKER_PUBLIC_URL}), without a
   *     trailing slash: the base of the proxy URL an assistant is given
   */
  record Command(
      String agentId,
      byte[] body,
      Optional<String> signature,
      Optional<String> sharedSecret,
      String publicUrl) {
    @Override
    public String toString() {
      return "Command[agent=" + agentId + ", " + body.length + " bytes]";
    }
  }

  /** What became of the message, for the platform. */
  sealed interface Outcome {
    /** Calls the method of {@code cases} for this outcome. */
    <T> T fold(Cases<T> cases);

    /** One method per outcome. */
    interface Cases<T> {
      T agentNotFound(AgentNotFound outcome);

      T agentUnavailable(AgentUnavailable outcome);

      T rateLimited(RateLimited outcome);

      T badSignature(BadSignature outcome);

      T invalidMessage(InvalidMessage outcome);

      T unsupportedEvent(UnsupportedEvent outcome);

      T assistant(Assistant outcome);

      T accepted(Accepted outcome);
    }

    /** No such agent (or a malformed id): 404 {@code agent_not_found}, as the proxy answers. */
    record AgentNotFound() implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.agentNotFound(this);
      }
    }

    /** The agent could not be read (the database is down): 503, retryable. */
    record AgentUnavailable() implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.agentUnavailable(this);
      }
    }

    /** The account is over its proxy budget (SPEC §2.3): 429 with {@code Retry-After}. */
    record RateLimited(Duration retryAfter) implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.rateLimited(this);
      }
    }

    /**
     * 401 {@code bad_signature}: no signature, a wrong one, or a signed message too old or too far
     * ahead to be taken ({@code reason} says which, in words that quote nothing of the request).
     */
    record BadSignature(String reason) implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.badSignature(this);
      }
    }

    /** 422 {@code validation_failed}: the body is not a server message ({@code field} at fault). */
    record InvalidMessage(String field, String issue) implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.invalidMessage(this);
      }
    }

    /** 422 {@code unsupported_event}: a message type Masker does not take. */
    record UnsupportedEvent() implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.unsupportedEvent(this);
      }
    }

    /** 200: {@code json} is the {@code {"assistant": {...}}} answer of an assistant-request. */
    record Assistant(String json) implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.assistant(this);
      }

      @Override
      public String toString() {
        return "Assistant[" + json.length() + " chars]";
      }
    }

    /** 204: taken (the call's session closed, or a status that changes nothing). */
    record Accepted() implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.accepted(this);
      }
    }
  }
}
