package dev.masker.application.port.in;

import dev.masker.application.port.out.UpstreamFailure;
import java.util.Optional;

/**
 * One turn through the proxy (SPEC §6): a Chat Completions request for an agent, masked, sent to
 * the agent's upstream, and the answer rehydrated — whole, or frame by frame into a {@link
 * FrameSink}.
 */
public interface ProxyChatUseCase {
  Outcome proxy(Command command, FrameSink sink);

  /**
   * @param agentId the agent id from the path, not yet checked
   * @param proxyKey the bearer token the caller presented, if any
   * @param sessionHeader the {@code Masker-Session-Id} header, if any
   * @param body the request body as sent
   */
  record Command(
      String agentId, Optional<String> proxyKey, Optional<String> sessionHeader, String body) {
    @Override
    public String toString() {
      return "Command[agent=" + agentId + ", " + body.length() + " chars]";
    }
  }

  /**
   * Where a streamed answer goes. The first {@link #send} commits the response (200, {@code
   * text/event-stream}); then exactly one of {@link #done} or {@link #broken} ends it. Any of them
   * may throw when the caller has gone away, which stops the upstream.
   */
  interface FrameSink {
    /** One {@code data:} frame: a {@code chat.completion.chunk} object. */
    void send(String data);

    /** {@code data: [DONE]}, and the end of the response. */
    void done();

    /**
     * A final error frame and the end of the response.
     *
     * @param message what went wrong, safe to show (masked)
     */
    void broken(UpstreamFailure failure, String message);
  }

  /** How the turn ended, for the caller. */
  sealed interface Outcome {
    /**
     * Calls the method of {@code cases} for this outcome: a new case added here fails to compile at
     * every caller until it is handled.
     */
    <T> T fold(Cases<T> cases);

    /** One method per outcome; {@link #fold} calls the one that applies. */
    interface Cases<T> {
      T agentNotFound(AgentNotFound outcome);

      T agentUnavailable(AgentUnavailable outcome);

      T rateLimited(RateLimited outcome);

      T badProxyKey(BadProxyKey outcome);

      T invalidRequest(InvalidRequest outcome);

      T modelNotAllowed(ModelNotAllowed outcome);

      T unsupportedContent(UnsupportedContent outcome);

      T maskingUnavailable(MaskingUnavailable outcome);

      T upstreamFailed(UpstreamFailed outcome);

      T answered(Answered outcome);

      T streamed(Streamed outcome);
    }

    /** No such agent (or a malformed id): 404 {@code agent_not_found}. */
    record AgentNotFound() implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.agentNotFound(this);
      }
    }

    /**
     * The agent could not be looked up (its store is down): nothing can be masked, so nothing was
     * forwarded; 503 {@code masking_unavailable}, like any other failure to mask.
     */
    record AgentUnavailable() implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.agentUnavailable(this);
      }
    }

    /**
     * The agent's account has used its budget of turns (SPEC §2.3): 429 {@code rate_limited}, to be
     * tried again after {@code retryAfter}. Nothing was read beyond the agent.
     */
    record RateLimited(java.time.Duration retryAfter) implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.rateLimited(this);
      }
    }

    /** The agent requires a proxy key and this was not it: 401 {@code bad_signature}. */
    record BadProxyKey() implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.badProxyKey(this);
      }
    }

    /** The request is not a Chat Completions request Masker can mask: 422. */
    record InvalidRequest(String param, String issue) implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.invalidRequest(this);
      }
    }

    /** The model is not the agent's: 422 {@code model_not_allowed}. */
    record ModelNotAllowed(String model) implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.modelNotAllowed(this);
      }
    }

    /**
     * A field of the request Masker cannot mask or does not know, refused before anything is
     * forwarded (SPEC §6): its JSON path and why. Not a turn of the session.
     */
    record UnsupportedContent(String path, String reason) implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.unsupportedContent(this);
      }
    }

    /** Masking failed; nothing was forwarded: 503 {@code masking_unavailable}. */
    record MaskingUnavailable() implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.maskingUnavailable(this);
      }
    }

    /**
     * The upstream gave no answer (before any frame was sent): 502, or 504 when it timed out.
     *
     * @param message what went wrong, safe to show (the upstream's own message masked)
     */
    record UpstreamFailed(UpstreamFailure failure, String message) implements Outcome {
      /**
       * The status the caller gets, decided here only: 504 when the upstream timed out, else 502.
       */
      public int status() {
        return failure instanceof UpstreamFailure.TimedOut ? 504 : 502;
      }

      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.upstreamFailed(this);
      }
    }

    /** The whole answer, rehydrated: 200. */
    record Answered(String json) implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.answered(this);
      }

      @Override
      public String toString() {
        return "Answered[" + json.length() + " chars]";
      }
    }

    /** The answer went to the {@link FrameSink}, completely or until it broke. */
    record Streamed(boolean complete) implements Outcome {
      @Override
      public <T> T fold(Cases<T> cases) {
        return cases.streamed(this);
      }
    }
  }
}
