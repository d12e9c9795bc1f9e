package dev.masker.adapters.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The error envelope of SPEC §2.2: {@code {"error": {"code", "message", "request_id"}}}. */
public record ErrorBody(Detail error) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(
      String code,
      String message,
      @JsonProperty("request_id") String requestId,
      List<ApiError.FieldIssue> details) {}

  public static ErrorBody of(ApiError error, String requestId) {
    return new ErrorBody(new Detail(error.code(), error.getMessage(), requestId, error.details()));
  }
}
