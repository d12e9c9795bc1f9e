package dev.masker.adapters.llm;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientResponseFilter;

/**
 * Turns an upstream answer the client cannot relay into an exception before its body is read as an
 * answer: a status outside 2xx ({@link ErrorAnswer}, with the start of its body for the upstream's
 * message) and a streamed request answered with something other than an event stream ({@link
 * NotAnEventStream}). Runs on the event loop: the error body is already in memory then.
 */
final class AnswerCheck implements ResteasyReactiveClientResponseFilter {
  @Override
  public void filter(ResteasyReactiveClientRequestContext request, ClientResponseContext response) {
    int status = response.getStatus();
    if (status == 0) {
      return; // no answer: the request failed, and says why
    }
    if (status < 200 || status > 299) {
      throw new ErrorAnswer(status, start(response.getEntityStream()));
    }
    if (request.getAcceptableMediaTypes().contains(MediaType.SERVER_SENT_EVENTS_TYPE)) {
      var type = response.getMediaType();
      if (type != null && !MediaType.SERVER_SENT_EVENTS_TYPE.isCompatible(type)) {
        throw new NotAnEventStream();
      }
    }
  }

  private static byte[] start(InputStream body) {
    if (body == null) {
      return new byte[0];
    }
    try (body) {
      return body.readNBytes(OpenAiCompatibleClient.MAX_ERROR_BYTES);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** The upstream answered with an error status; carries no stack trace and quotes nothing. */
  static final class ErrorAnswer extends ProcessingException {
    final int status;
    final transient byte[] body;

    ErrorAnswer(int status, byte[] body) {
      super("the upstream answered " + status);
      this.status = status;
      this.body = body;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** A streamed request was answered with something else than {@code text/event-stream}. */
  static final class NotAnEventStream extends ProcessingException {
    NotAnEventStream() {
      super("the answer is not an event stream");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
