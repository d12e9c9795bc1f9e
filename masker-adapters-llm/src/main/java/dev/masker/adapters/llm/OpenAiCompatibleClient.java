package dev.masker.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UpstreamReply;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jboss.resteasy.reactive.client.api.LoggingScope;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

/**
 * Talks to OpenAI and every OpenAI-compatible provider (Azure OpenAI, Groq, vLLM, Ollama) with the
 * reactive Quarkus REST client ({@link ChatCompletionsApi}, one client per provider), on the event
 * loops the server already runs: HTTP/1.1 with kept-alive, pooled connections, the provider's own
 * key as a bearer token. Nothing else of the caller's request is sent: the port has no headers to
 * pass on. The calling thread waits for the answer (see {@link UpstreamExchange}); the I/O never
 * blocks an event loop. A non-streamed answer arrives whole; a streamed one as the {@code data} of
 * each server-sent event, handed to the listener as it arrives.
 *
 * <p>Bodies and keys are never logged (the REST client's own logging is off whatever the
 * configuration says) and never appear in a failure's description.
 */
final class OpenAiCompatibleClient implements UpstreamLlm {
  /** Largest non-streamed answer accepted. */
  static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

  /** Largest single server-sent event accepted. */
  static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;

  /** How much of an error body is read for its message. */
  static final int MAX_ERROR_BYTES = 64 * 1024;

  /** How long the rest of a finished stream may take to arrive so the connection can be reused. */
  private static final Duration MAX_DRAIN = Duration.ofSeconds(1);

  private static final String DONE = "[DONE]";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A provider's client and the {@code Authorization} it sends (null for none). */
  private record Provider(ChatCompletionsApi api, String authorization) {}

  private final Map<String, Provider> providers;

  private OpenAiCompatibleClient(Map<String, Provider> providers) {
    this.providers = Map.copyOf(providers);
  }

  /**
   * A client per provider, each with its own connection pool.
   *
   * @param timeout how long a connection may take to open, and the longest silence of an open one
   *     (each call also waits at most its own {@link UpstreamCall#timeout()})
   * @param maxConnections kept-alive connections per provider; more concurrent calls wait for one
   */
  static OpenAiCompatibleClient create(
      Map<String, ProviderEndpoint> endpoints, Duration timeout, int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("masker.upstream-max-connections must be at least 1");
    }
    var providers = new HashMap<String, Provider>();
    endpoints.forEach(
        (name, endpoint) ->
            providers.put(
                name,
                new Provider(
                    QuarkusRestClientBuilder.newBuilder()
                        .baseUri(endpoint.base())
                        .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .followRedirects(false)
                        .verifyHost(true)
                        .userAgent("masker")
                        // Request and answer bodies are PHI, masked or not: never logged.
                        .loggingScope(LoggingScope.NONE)
                        .disableDefaultMapper(true)
                        .register(new AnswerCheck())
                        .property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, maxConnections)
                        .property(QuarkusRestClientProperties.KEEP_ALIVE_ENABLED, true)
                        .build(ChatCompletionsApi.class),
                    endpoint.authorization())));
    return new OpenAiCompatibleClient(providers);
  }

  /** Closes the pooled connections. */
  void close() {
    for (var provider : providers.values()) {
      try {
        ((Closeable) provider.api()).close();
      } catch (IOException | RuntimeException ignored) {
        // Closing on shutdown: nothing left to do about it.
      }
    }
  }

  @Override
  public UpstreamReply complete(UpstreamCall call) {
    var provider = providers.get(call.provider());
    if (provider == null) {
      return new UpstreamFailure.UnknownProvider(call.provider());
    }
    long deadline = System.nanoTime() + call.timeout().toNanos();
    var answer =
        UpstreamExchange.start(provider.api().complete(provider.authorization(), call.jsonBody()));
    try {
      var out = new ByteArrayOutputStream();
      while (true) {
        var piece = next(answer, Duration.ofNanos(deadline - System.nanoTime()), call);
        if (piece == null) {
          break;
        }
        if (out.size() + piece.length > MAX_ANSWER_BYTES) {
          return new UpstreamFailure.Malformed("the answer is larger than " + MAX_ANSWER_BYTES);
        }
        out.write(piece, 0, piece.length);
      }
      byte[] body = out.toByteArray();
      if (!startsLikeJsonObject(body)) {
        return new UpstreamFailure.Malformed("the answer is not a JSON object");
      }
      return new UpstreamReply.Completion(200, new String(body, StandardCharsets.UTF_8));
    } catch (Failed failed) {
      return failed.failure;
    } finally {
      answer.cancel();
    }
  }

  @Override
  public void stream(UpstreamCall call, StreamListener listener) {
    var provider = providers.get(call.provider());
    if (provider == null) {
      listener.onFailure(new UpstreamFailure.UnknownProvider(call.provider()));
      return;
    }
    var events =
        UpstreamExchange.start(provider.api().stream(provider.authorization(), call.jsonBody()));
    try {
      try {
        relay(events, call, listener);
      } catch (Failed failed) {
        listener.onFailure(failed.failure);
        return;
      }
      listener.onComplete();
      drain(events, call);
    } finally {
      events.cancel();
    }
  }

  /** Hands each event to the listener as it arrives; returns at {@code [DONE]}. */
  private static void relay(
      UpstreamExchange<String> events, UpstreamCall call, StreamListener listener) throws Failed {
    while (true) {
      var data = next(events, call.timeout(), call);
      if (data == null) {
        throw new Failed(new UpstreamFailure.ConnectionLost("the stream ended before [DONE]"));
      }
      if (data.isBlank()) {
        continue;
      }
      if (data.length() > MAX_EVENT_BYTES) {
        throw new Failed(
            new UpstreamFailure.Malformed("an event is larger than " + MAX_EVENT_BYTES + " bytes"));
      }
      if (data.strip().equals(DONE)) {
        return;
      }
      if (!startsLikeJsonObject(data)) {
        throw new Failed(new UpstreamFailure.Malformed("an event is not a JSON object"));
      }
      listener.onEvent(data);
    }
  }

  /** Waits for the end of the answer after {@code [DONE]} so the connection can be reused. */
  private static void drain(UpstreamExchange<String> events, UpstreamCall call) {
    long deadline = System.nanoTime() + Math.min(MAX_DRAIN.toNanos(), call.timeout().toNanos());
    try {
      while (next(events, Duration.ofNanos(deadline - System.nanoTime()), call) != null) {
        // What follows [DONE] is not part of the answer.
      }
    } catch (Failed ignored) {
      // The answer is complete; a connection that cannot be reused is simply closed.
    }
  }

  private static <T> T next(UpstreamExchange<T> answer, Duration wait, UpstreamCall call)
      throws Failed {
    try {
      return answer.next(wait);
    } catch (TimeoutException e) {
      throw new Failed(new UpstreamFailure.TimedOut(call.timeout()));
    } catch (IOException e) {
      throw new Failed(failureOf(e.getCause() == null ? e : e.getCause(), call));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed(new UpstreamFailure.ConnectionLost("interrupted"));
    }
  }

  private static UpstreamFailure failureOf(Throwable thrown, UpstreamCall call) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof AnswerCheck.ErrorAnswer error) {
        return errorStatus(error.status, error.body);
      }
      if (t instanceof AnswerCheck.NotAnEventStream) {
        return new UpstreamFailure.Malformed("the answer is not an event stream");
      }
      if (t instanceof io.netty.channel.ConnectTimeoutException || t instanceof TimeoutException) {
        return new UpstreamFailure.TimedOut(call.timeout());
      }
      if (t instanceof ConnectException) {
        return new UpstreamFailure.Unreachable("connection refused");
      }
      if (t instanceof UnknownHostException) {
        return new UpstreamFailure.Unreachable("unknown host");
      }
      if (t instanceof SSLException) {
        return new UpstreamFailure.Unreachable("TLS failed");
      }
    }
    return new UpstreamFailure.ConnectionLost(thrown.getClass().getSimpleName());
  }

  /**
   * The upstream's message from an OpenAI error body ({@code {"error": {"message": …}}}, or the
   * {@code {"error": "…"}} of Ollama and others), else a description of the status.
   */
  static UpstreamFailure.ErrorStatus errorStatus(int status, byte[] body) {
    String message = null;
    try {
      JsonNode root = JSON.readTree(body);
      if (root != null) {
        JsonNode error = root.path("error");
        if (error.isTextual()) {
          message = error.asText();
        } else if (error.path("message").isTextual()) {
          message = error.path("message").asText();
        } else if (root.path("message").isTextual()) {
          message = root.path("message").asText();
        }
      }
    } catch (IOException notJson) {
      // No message to quote.
    }
    if (message == null || message.isBlank()) {
      message = "the upstream answered HTTP " + status;
    }
    return new UpstreamFailure.ErrorStatus(status, message);
  }

  private static boolean startsLikeJsonObject(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b == '{';
      }
    }
    return false;
  }

  private static boolean startsLikeJsonObject(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return c == '{';
      }
    }
    return false;
  }

  /** A failure on its way out of a nested call; carries no stack trace. */
  private static final class Failed extends Exception {
    final UpstreamFailure failure;

    Failed(UpstreamFailure failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }
}
