package dev.masker.adapters.rest.error;

import java.util.List;

/**
 * An error answer of the API: HTTP status, stable code and a message for people. Messages never
 * hold a value the caller sent, since those may be personal data.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;
  private final List<FieldIssue> details;
  private final Long retryAfterSeconds;

  public ApiError(int status, String code, String message) {
    this(status, code, message, null);
  }

  public ApiError(int status, String code, String message, List<FieldIssue> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = null;
  }

  private ApiError(int status, String code, String message, long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = null;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 429 with a {@code Retry-After} of whole seconds, at least one. */
  public static ApiError rateLimited(String message, java.time.Duration retryAfter) {
    return new ApiError(429, "rate_limited", message, RetryAfter.seconds(retryAfter));
  }

  /**
   * 503 {@code service_unavailable} with {@code Retry-After: 1}: the database is down or did not
   * answer within the request path's deadline.
   */
  public static ApiError serviceUnavailable() {
    return new ApiError(
        503, "service_unavailable", "The database is not available right now; retry shortly", 1L);
  }

  public static ApiError validation(String field, String issue) {
    return new ApiError(
        422,
        "validation_failed",
        "The request is not valid: " + field + " " + issue,
        List.of(new FieldIssue(field, issue)));
  }

  public static ApiError unauthenticated() {
    return new ApiError(401, "unauthenticated", "Sign in first: no valid session cookie or token");
  }

  public static ApiError forbidden(String message) {
    return new ApiError(403, "forbidden", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<FieldIssue> details() {
    return details;
  }

  public java.util.Optional<Long> retryAfterSeconds() {
    return java.util.Optional.ofNullable(retryAfterSeconds);
  }

  /** One rejected field; {@code line} only for YAML documents such as policies. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record FieldIssue(String field, String issue, Integer line) {
    public FieldIssue(String field, String issue) {
      this(field, issue, null);
    }
  }
}
