package dev.masker.adapters.ner;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityRecognizer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A recognizer behind an HTTP service: {@link #begin} sends the text at once (the JDK client works
 * on its own threads), {@link EntityRecognizer.Pending#join} waits for what is left of the timeout
 * counted from the start, reads the answer, and turns every failure into a counted {@link
 * EntityRecognizer.RecognizerUnavailable} that says only its cause. Never logs.
 */
abstract class RemoteRecognizer implements EntityRecognizer {
  private final String service;
  private final HttpClient http;
  private final URI endpoint;
  private final Duration timeout;
  private final RecognizerCounters counters;

  RemoteRecognizer(String service, URI endpoint, Duration timeout, RecognizerCounters counters) {
    this.service = service;
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.counters = counters;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The JSON body asking for the values of {@code text}. */
  abstract String requestBody(String text);

  /** Headers beyond the content type ({@code name, value, name, value, …}). */
  String[] headers() {
    return new String[0];
  }

  /**
   * The detections of a 2xx answer's {@code body}, in {@code text}.
   *
   * @throws MalformedAnswer when the body is not of the shape asked for
   */
  abstract List<Detection> read(String text, String body);

  @Override
  public final List<Detection> find(String text) {
    return begin(text).join();
  }

  @Override
  public final Pending begin(String text) {
    long deadline = System.nanoTime() + timeout.toNanos();
    var request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    var extra = headers();
    for (int i = 0; i + 1 < extra.length; i += 2) {
      request.header(extra[i], extra[i + 1]);
    }
    request.POST(HttpRequest.BodyPublishers.ofString(requestBody(text), StandardCharsets.UTF_8));
    counters.called();
    CompletableFuture<HttpResponse<String>> answer =
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Pending() {
      @Override
      public List<Detection> join() {
        return answered(text, answer, deadline);
      }

      @Override
      public void abandon() {
        answer.cancel(true);
      }
    };
  }

  @Override
  public void skipped(RecognizerUnavailable cause) {
    counters.skipped();
  }

  private List<Detection> answered(
      String text, CompletableFuture<HttpResponse<String>> answer, long deadline) {
    HttpResponse<String> response;
    try {
      long left = Math.max(0, deadline - System.nanoTime());
      response = answer.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException late) {
      answer.cancel(true);
      throw failed(Unanswered.TIMEOUT);
    } catch (InterruptedException interrupted) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw failed(Unanswered.TIMEOUT);
    } catch (ExecutionException e) {
      throw failed(cause(e.getCause()));
    }
    if (response.statusCode() / 100 != 2) {
      throw failed(Unanswered.STATUS);
    }
    try {
      return read(text, response.body());
    } catch (RuntimeException malformed) {
      // Any answer this adapter cannot read is no answer; its content is never quoted.
      throw failed(Unanswered.MALFORMED);
    }
  }

  private static Unanswered cause(Throwable failure) {
    if (failure instanceof HttpTimeoutException) {
      return Unanswered.TIMEOUT;
    }
    if (failure instanceof ConnectException || failure instanceof IOException) {
      return Unanswered.UNREACHABLE;
    }
    return Unanswered.MALFORMED;
  }

  private RecognizerUnavailable failed(Unanswered why) {
    counters.unavailable(why);
    return why.unavailable(service);
  }

  RecognizerCounters counters() {
    return counters;
  }

  /** {@code base} with {@code path} after it, one slash between. */
  static URI endpoint(String base, String path) {
    var trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return URI.create(trimmed + path);
  }
}
