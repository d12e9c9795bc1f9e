package dev.masker.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UpstreamReply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;

/**
 * Talks to OpenAI and every OpenAI-compatible provider (Azure OpenAI, Groq, vLLM, Ollama) over the
 * JDK's HTTP client: HTTP/1.1 with kept-alive, pooled connections, {@code POST
 * {base}/chat/completions}, the provider's own key as a bearer token. Nothing else of the caller's
 * request is sent: the port has no headers to pass on.
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

  private static final String DONE = "[DONE]";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final Map<String, ProviderEndpoint> endpoints;

  OpenAiCompatibleClient(HttpClient http, Map<String, ProviderEndpoint> endpoints) {
    this.http = http;
    this.endpoints = Map.copyOf(endpoints);
  }

  /** A client with its own connection pool. */
  static OpenAiCompatibleClient create(
      Map<String, ProviderEndpoint> endpoints, Duration connectTimeout) {
    var threads = new AtomicInteger();
    // Its own pool for the client's callbacks, threads reused between calls. Without one, parts of
    // the JDK client fall back to CompletableFuture's default, which on a two-core machine starts a
    // new thread per task.
    var executor =
        Executors.newCachedThreadPool(
            task -> {
              var thread = new Thread(task, "masker-upstream-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    var http =
        HttpClient.newBuilder()
            .executor(executor)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .build();
    return new OpenAiCompatibleClient(http, endpoints);
  }

  @Override
  public UpstreamReply complete(UpstreamCall call) {
    var endpoint = endpoints.get(call.provider());
    if (endpoint == null) {
      return new UpstreamFailure.UnknownProvider(call.provider());
    }
    long deadline = System.nanoTime() + call.timeout().toNanos();
    var body = new BodyChunks();
    try {
      var response = awaitHeaders(send(endpoint, call, "application/json", body), call);
      if (!isSuccess(response.statusCode())) {
        return errorStatus(response.statusCode(), readAll(body, deadline, MAX_ERROR_BYTES, call));
      }
      byte[] answer = readAll(body, deadline, MAX_ANSWER_BYTES, call);
      if (!body.ended()) {
        return new UpstreamFailure.Malformed("the answer is larger than " + MAX_ANSWER_BYTES);
      }
      if (!startsLikeJsonObject(answer)) {
        return new UpstreamFailure.Malformed("the answer is not a JSON object");
      }
      return new UpstreamReply.Completion(
          response.statusCode(), new String(answer, StandardCharsets.UTF_8));
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
    var body = new BodyChunks();
    try {
      UpstreamFailure failure = null;
      try {
        var response = awaitHeaders(send(endpoint, call, "text/event-stream", body), call);
        int status = response.statusCode();
        if (!isSuccess(status)) {
          long deadline = System.nanoTime() + call.timeout().toNanos();
          throw new Failed(errorStatus(status, readAll(body, deadline, MAX_ERROR_BYTES, call)));
        }
        var type = response.headers().firstValue("content-type").orElse("text/event-stream");
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
  private static void relay(BodyChunks body, UpstreamCall call, StreamListener listener)
      throws Failed {
    var parser = new EventStreamParser(MAX_EVENT_BYTES);
    var done = new boolean[1];
    while (true) {
      var buffers = next(body, call.timeout(), call);
      if (buffers == null) {
        throw new Failed(new UpstreamFailure.ConnectionLost("the stream ended before [DONE]"));
      }
      try {
        for (ByteBuffer buffer : buffers) {
          parser.feed(
              buffer,
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
        }
      } catch (MalformedEventStream e) {
        throw new Failed(new UpstreamFailure.Malformed(e.getMessage()));
      }
      if (done[0]) {
        return;
      }
    }
  }

  /** Reads what follows {@code [DONE]} (normally nothing) so the connection can be reused. */
  private static void drain(BodyChunks body, UpstreamCall call) {
    long deadline = System.nanoTime() + Math.min(MAX_DRAIN.toNanos(), call.timeout().toNanos());
    try {
      readAll(body, deadline, MAX_ERROR_BYTES, call);
    } catch (Failed ignored) {
      // The answer is complete; a connection that cannot be reused is simply closed.
    }
  }

  private CompletableFuture<HttpResponse<Void>> send(
      ProviderEndpoint endpoint, UpstreamCall call, String accept, BodyChunks body) {
    var request =
        HttpRequest.newBuilder(endpoint.chatCompletions())
            .header("Content-Type", "application/json")
            .header("Accept", accept)
            .header("User-Agent", "masker")
            .POST(HttpRequest.BodyPublishers.ofString(call.jsonBody(), StandardCharsets.UTF_8));
    endpoint.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
    return http.sendAsync(request.build(), info -> body);
  }

  private static HttpResponse<Void> awaitHeaders(
      CompletableFuture<HttpResponse<Void>> exchange, UpstreamCall call) throws Failed {
    try {
      return exchange.get(call.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new Failed(new UpstreamFailure.TimedOut(call.timeout()));
    } catch (ExecutionException e) {
      throw new Failed(failureOf(e.getCause(), call));
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failed(new UpstreamFailure.ConnectionLost("interrupted"));
    }
  }

  private static List<ByteBuffer> next(BodyChunks body, Duration wait, UpstreamCall call)
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
   * BodyChunks#ended()}).
   */
  private static byte[] readAll(BodyChunks body, long deadline, int limit, UpstreamCall call)
      throws Failed {
    var out = new ByteArrayOutputStream();
    while (out.size() <= limit) {
      var buffers = next(body, Duration.ofNanos(deadline - System.nanoTime()), call);
      if (buffers == null) {
        break;
      }
      for (ByteBuffer buffer : buffers) {
        var bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        out.write(bytes, 0, bytes.length);
      }
    }
    return out.toByteArray();
  }

  private static UpstreamFailure failureOf(Throwable thrown, UpstreamCall call) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
        return new UpstreamFailure.TimedOut(call.timeout());
      }
      if (t instanceof ConnectException) {
        return new UpstreamFailure.Unreachable("connection refused");
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
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
