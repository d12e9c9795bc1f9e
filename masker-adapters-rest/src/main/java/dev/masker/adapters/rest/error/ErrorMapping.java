package dev.masker.adapters.rest.error;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.masker.adapters.rest.json.WellFormedText;
import dev.masker.adapters.rest.request.ClosedConnection;
import dev.masker.adapters.rest.request.CurrentRequestId;
import dev.masker.application.port.out.StoreUnavailable;
import dev.masker.domain.common.InvalidValue;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into the error envelope. Unexpected failures are logged by class names only,
 * because exception messages can quote data (SQL parameters, input).
 */
public class ErrorMapping {
  private static final Logger LOG = Logger.getLogger(ErrorMapping.class);
  private static final String DUPLICATE = "Duplicate field '";
  private static final String LONE_SURROGATE =
      "must be well-formed Unicode text (a lone surrogate)";
  private static final Pattern PLAIN_PATH =
      Pattern.compile("[A-Za-z0-9_]{1,64}(\\.[A-Za-z0-9_]{1,64}){0,7}");

  private final CurrentRequestId requestId;

  public ErrorMapping(CurrentRequestId requestId) {
    this.requestId = requestId;
  }

  @ServerExceptionMapper
  public Response apiError(ApiError error) {
    return respond(error);
  }

  /** The database is down or stalled past the deadline: ours, and retryable (503). */
  @ServerExceptionMapper
  public Response storeUnavailable(StoreUnavailable unavailable) {
    LOG.warnf("database unavailable [%s]", requestId.get());
    return respond(ApiError.serviceUnavailable());
  }

  @ServerExceptionMapper
  public Response invalidValue(InvalidValue invalid) {
    return respond(ApiError.validation(invalid.field(), invalid.issue()));
  }

  // Quarkus REST brings its own mappers (answering 400) for these Jackson exceptions; ours are
  // declared for the same types with a higher priority so that bad JSON is always a 422.
  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response unreadableJson(JacksonException failure) {
    return respond(fromJackson(failure));
  }

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response mismatchedJson(MismatchedInputException failure) {
    return respond(fromJackson(failure));
  }

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response malformedJson(StreamReadException failure) {
    return respond(fromJackson(failure));
  }

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response mappingJson(JsonMappingException failure) {
    return respond(fromJackson(failure));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException failure) {
    if (failure.getCause() instanceof JacksonException jackson) {
      return respond(fromJackson(jackson));
    }
    if (failure instanceof NotFoundException) {
      return respond(new ApiError(404, "not_found", "No such resource"));
    }
    if (failure instanceof NotAllowedException) {
      return respond(new ApiError(405, "method_not_allowed", "This method is not allowed here"));
    }
    if (failure instanceof NotSupportedException) {
      return respond(
          new ApiError(415, "unsupported_media_type", "Send the body as application/json"));
    }
    int status = failure.getResponse() == null ? 500 : failure.getResponse().getStatus();
    if (status == 400) {
      return respond(ApiError.validation("body", "is not valid JSON"));
    }
    if (status == 413) {
      return respond(new ApiError(413, "payload_too_large", "The request body is too large"));
    }
    if (status >= 500) {
      return unexpected(failure);
    }
    return respond(new ApiError(status, "invalid_request", "The request cannot be served"));
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable failure) {
    var id = requestId.get();
    if (ClosedConnection.isIn(failure)) {
      // The caller closed the connection mid-request: no fault of ours, and nobody reads this.
      LOG.debugf("caller closed the connection [%s]", id);
      return respond(new ApiError(400, "invalid_request", "The connection was closed"), id);
    }
    LOG.errorf("internal error [%s]: %s", id, classChain(failure));
    return respond(
        new ApiError(
            500, "internal_error", "Something went wrong on our side; quote the request id"),
        id);
  }

  private static ApiError fromJackson(JacksonException failure) {
    if (failure instanceof UnrecognizedPropertyException unknown) {
      return ApiError.validation(unknown.getPropertyName(), "is not a known field");
    }
    var field = pathOf(failure);
    var innermost = innermost(failure);
    if (innermost instanceof StreamReadException read
        && !(innermost instanceof MismatchedInputException)) {
      // A failure of the parser itself, wrapped with the field's path when it happened inside one.
      var message = String.valueOf(read.getOriginalMessage());
      if (message.startsWith(DUPLICATE)) {
        return ApiError.validation(duplicated(read, message), "is given twice");
      }
      if (message.contains("Invalid UTF-8")) {
        return ApiError.validation(field == null ? "body" : field, "is not valid UTF-8 text");
      }
      if (message.contains("surrogate")) {
        // The parser's own check, on keys: "Unexpected low surrogate in field name".
        return ApiError.validation(field == null ? "body" : field, LONE_SURROGATE);
      }
      return ApiError.validation("body", "is not valid JSON");
    }
    if (innermost instanceof WellFormedText.Malformed) {
      return ApiError.validation(field == null ? "body" : field, LONE_SURROGATE);
    }
    if (field != null) {
      return ApiError.validation(field, expected(failure));
    }
    return ApiError.validation("body", "is not valid JSON");
  }

  /** The dotted path of the field at fault, or null when the failure names none. */
  private static String pathOf(JacksonException failure) {
    if (!(failure instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return null;
    }
    return mapping.getPath().stream()
        .map(
            ref ->
                ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()))
        .collect(Collectors.joining("."));
  }

  private static Throwable innermost(Throwable failure) {
    var deepest = failure;
    for (var t = failure.getCause(); t != null && t != deepest; t = t.getCause()) {
      if (t instanceof JacksonException) {
        deepest = t;
      }
    }
    return deepest;
  }

  /**
   * The path of a key given twice ({@code vapi_assistant.model}), from the parser's position; just
   * {@code body} when a part of it is not a plain word (keys are the caller's text).
   */
  private static String duplicated(StreamReadException failure, String message) {
    var key =
        message.substring(DUPLICATE.length(), Math.max(DUPLICATE.length(), message.length() - 1));
    var path = key;
    JsonParser parser = failure.getProcessor();
    if (parser != null
        && parser.getParsingContext() != null
        && parser.getParsingContext().getParent() != null) {
      var outer = parser.getParsingContext().getParent().pathAsPointer().toString();
      if (!outer.isEmpty()) {
        path = outer.substring(1).replace('/', '.') + "." + key;
      }
    }
    return PLAIN_PATH.matcher(path).matches() ? path : "body";
  }

  /** What the field should have been, from the type Jackson was reading. */
  private static String expected(JacksonException failure) {
    if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      var type = mismatch.getTargetType();
      if (type == String.class) {
        return "must be a string";
      }
      if (type == Boolean.class || type == boolean.class) {
        return "must be true or false";
      }
      if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
        return "must be a number";
      }
    }
    return "has the wrong type";
  }

  private static String classChain(Throwable failure) {
    var chain = new StringBuilder();
    for (var t = failure; t != null && chain.length() < 2000; t = t.getCause()) {
      if (chain.length() > 0) {
        chain.append(" <- ");
      }
      chain.append(t.getClass().getName());
      var top = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
      if (top != null) {
        chain.append(" at ").append(top);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return chain.toString();
  }

  private Response respond(ApiError error) {
    return respond(error, requestId.get());
  }

  private static Response respond(ApiError error, String id) {
    var response =
        Response.status(error.status())
            .type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
            .entity(ErrorBody.of(error, id));
    error.retryAfterSeconds().ifPresent(seconds -> response.header("Retry-After", seconds));
    return response.build();
  }
}
