package dev.masker.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UpstreamReply;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;

/**
 * Talks to OpenAI and every OpenAI-compatible provider (Azure OpenAI, Groq, vLLM, Ollama) with the
 * Vert.x HTTP client, on the event loops the server already runs: HTTP/1.1 with kept-alive, pooled
 * connections, {@code POST {base}/chat/completions}, the provider's own key as a bearer token.
 * Nothing else of the caller's request is sent: the port has no headers to pass on. The calling
 * thread waits for the answer (see {@link UpstreamExchange}); the I/O never blocks an event loop.
 *
 * <p>Bodies and keys are never logged and never appear in a failure's description.
 */
final class OpenAiCompatibleClient implements UpstreamLlm {
  /** Largest non-streamed answer accepted. */
  static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

  /** Largest single server-sent event accepted. */
  static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;

  /** How much of an error body is read for its message. */
  private static final int MAX_ERROR_BYTES = 64 * 1024;

  /** How long the rest of a finished stream may take to arrive so the connection can be reused. */
  private static final Duration MAX_DRAIN = Duration.ofSeconds(1);

  /** At most this many event loops carry upstream connections. */
  private static final int MAX_CONTEXTS = 8;

  private static final String DONE = "[DONE]";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final EventLoops eventLoops;
  private final Context[] contexts;
  private final AtomicInteger nextContext = new AtomicInteger();
  private final Map<String, ProviderEndpoint> endpoints;

  private OpenAiCompatibleClient(
      HttpClient http, EventLoops eventLoops, Map<String, ProviderEndpoint> endpoints) {
    this.http = http;
    this.eventLoops = eventLoops;
    this.contexts = eventLoops.contexts();
    this.endpoints = Map.copyOf(endpoints);
  }

  /**
   * A client with its own connection pool on {@code vertx}'s event loops.
   *
   * @param maxConnections kept-alive connections per provider; more concurrent calls wait for one
   */
  static OpenAiCompatibleClient create(
      Vertx vertx,
      Map<String, ProviderEndpoint> endpoints,
      Duration connectTimeout,
      int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("masker.upstream-max-connections must be at least 1");
    }
    var options =
        new HttpClientOptions()
            .setProtocolVersion(HttpVersion.HTTP_1_1)
            .setKeepAlive(true)
            .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
            .setVerifyHost(true)
            .setTryUseCompression(false);
    var http =
        vertx
            .httpClientBuilder()
            .with(options)
            .with(new PoolOptions().setHttp1MaxSize(maxConnections))
            // A connection's failure reaches its exchange as an outcome; unhandled, Vert.x would
            // also log each reset upstream connection at ERROR.
            .withConnectHandler(connection -> connection.exceptionHandler(ignored -> {}))
            .build();
    return new OpenAiCompatibleClient(http, EventLoops.take(vertx, eventLoops()), endpoints);
  }

  /** How many event loops carry upstream calls: one per core, at most {@link #MAX_CONTEXTS}. */
  static int eventLoops() {
    return Math.min(MAX_CONTEXTS, Runtime.getRuntime().availableProcessors());
  }

  /** Closes the pooled connections and gives the event loops back. */
  void close() {
    http.close();
    eventLoops.close();
  }

  @Override
  public UpstreamReply complete(UpstreamCall call) {
    var endpoint = endpoints.get(call.provider());
    if (endpoint == null) {
      return new UpstreamFailure.UnknownProvider(call.provider());
    }
    long deadline = System.nanoTime() + call.timeout().toNanos();
    var body = send(endpoint, call, "application/json");
    try {
      var head = head(body, call);
      if (!isSuccess(head.status())) {
        return errorStatus(head.status(), readAll(body, deadline, MAX_ERROR_BYTES, call));
      }
      byte[] answer = readAll(body, deadline, MAX_ANSWER_BYTES, call);
      if (!body.ended()) {
        return new UpstreamFailure.Malformed("the answer is larger than " + MAX_ANSWER_BYTES);
      }
      if (!startsLikeJsonObject(answer)) {
        return new UpstreamFailure.Malformed("the answer is not a JSON object");
      }
      return new UpstreamReply.Completion(
          head.status(), new String(answer, StandardCharsets.UTF_8));
    } catch (Failed failed) {
      return failed.failure;
    } finally {
      body.cancel();
    }
  }

  @Override
  public void stream(UpstreamCall call, StreamListener listener) {
    var endpoint = endpoints.get(call.provider());
    if (endpoint == null) {
      listener.onFailure(new UpstreamFailure.UnknownProvider(call.provider()));
      return;
    }
    var body = send(endpoint, call, "text/event-stream");
    try {
      UpstreamFailure failure = null;
      try {
        var head = head(body, call);
        int status = head.status();
        if (!isSuccess(status)) {
          long deadline = System.nanoTime() + call.timeout().toNanos();
          throw new Failed(errorStatus(status, readAll(body, deadline, MAX_ERROR_BYTES, call)));
        }
        var type = head.contentType() == null ? "text/event-stream" : head.contentType();
        if (!type.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
          throw new Failed(new UpstreamFailure.Malformed("the answer is not an event stream"));
        }
        relay(body, call, listener);
      } catch (Failed failed) {
        failure = failed.failure;
      }
      if (failure != null) {
        listener.onFailure(failure);
        return;
      }
      listener.onComplete();
      drain(body, call);
    } finally {
      body.cancel();
    }
  }

  /** Hands each event to the listener as it completes; returns at {@code [DONE]}. */
  private static void relay(UpstreamExchange body, UpstreamCall call, StreamListener listener)
      throws Failed {
    var parser = new EventStreamParser(MAX_EVENT_BYTES);
    var done = new boolean[1];
    while (true) {
      var piece = next(body, call.timeout(), call);
      if (piece == null) {
        throw new Failed(new UpstreamFailure.ConnectionLost("the stream ended before [DONE]"));
      }
      try {
        parser.feed(
            ByteBuffer.wrap(piece),
            data -> {
              if (done[0] || data.isBlank()) {
                return;
              }
              if (data.strip().equals(DONE)) {
                done[0] = true;
              } else if (!startsLikeJsonObject(data)) {
                throw new MalformedEventStream("an event is not a JSON object");
              } else {
                listener.onEvent(data);
              }
            });
      } catch (MalformedEventStream e) {
        throw new Failed(new UpstreamFailure.Malformed(e.getMessage()));
      }
      if (done[0]) {
        return;
      }
    }
  }

  /** Reads what follows {@code [DONE]} (normally nothing) so the connection can be reused. */
  private static void drain(UpstreamExchange body, UpstreamCall call) {
    long deadline = System.nanoTime() + Math.min(MAX_DRAIN.toNanos(), call.timeout().toNanos());
    try {
      readAll(body, deadline, MAX_ERROR_BYTES, call);
    } catch (Failed ignored) {
      // The answer is complete; a connection that cannot be reused is simply closed.
    }
  }

  private UpstreamExchange send(ProviderEndpoint endpoint, UpstreamCall call, String accept) {
    var options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setAbsoluteURI(endpoint.chatCompletions().toString())
            .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
            .putHeader(HttpHeaders.ACCEPT, accept)
            .putHeader(HttpHeaders.USER_AGENT, "masker");
    endpoint
        .apiKey()
        .ifPresent(key -> options.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key));
    var context = contexts[Math.floorMod(nextContext.getAndIncrement(), contexts.length)];
    return UpstreamExchange.start(context, http, options, Buffer.buffer(call.jsonBody()));
  }

  private static UpstreamExchange.Head head(UpstreamExchange body, UpstreamCall call)
      throws Failed {
    try {
      return body.head(call.timeout());
    } catch (TimeoutException e) {
      throw new Failed(new UpstreamFailure.TimedOut(call.timeout()));
    } catch (IOException e) {
      throw new Failed(failureOf(e.getCause() == null ? e : e.getCause(), call));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed(new UpstreamFailure.ConnectionLost("interrupted"));
    }
  }

  private static byte[] next(UpstreamExchange body, Duration wait, UpstreamCall call)
      throws Failed {
    try {
      return body.next(wait);
    } catch (TimeoutException e) {
      throw new Failed(new UpstreamFailure.TimedOut(call.timeout()));
    } catch (IOException e) {
      throw new Failed(failureOf(e.getCause() == null ? e : e.getCause(), call));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed(new UpstreamFailure.ConnectionLost("interrupted"));
    }
  }

  /**
   * The body until its end, the deadline or {@code limit} bytes, whichever comes first (see {@link
   * UpstreamExchange#ended()}).
   */
  private static byte[] readAll(UpstreamExchange body, long deadline, int limit, UpstreamCall call)
      throws Failed {
    var out = new ByteArrayOutputStream();
    while (out.size() <= limit) {
      var piece = next(body, Duration.ofNanos(deadline - System.nanoTime()), call);
      if (piece == null) {
        break;
      }
      out.write(piece, 0, piece.length);
    }
    return out.toByteArray();
  }

  private static UpstreamFailure failureOf(Throwable thrown, UpstreamCall call) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof io.netty.channel.ConnectTimeoutException) {
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

  private static boolean isSuccess(int status) {
    return status >= 200 && status <= 299;
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
