package dev.masker.adapters.rest.report;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.GetSessionReportUseCase;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** What the report resources share: the caller, allowed to read reports, and the format asked. */
final class ReportQuery {
  private ReportQuery() {}

  /** The caller, when they may read reports: 401 for nobody, 403 without the permission. */
  static Caller reader(CurrentCaller current) {
    var caller = current.get();
    if (!caller.may(GetSessionReportUseCase.READ)) {
      throw ApiError.forbidden("Reading reports needs the reports:read permission");
    }
    return caller;
  }

  /**
   * The {@code format} asked for, one of {@code allowed}; the first when the parameter is absent,
   * 422 {@code validation_failed} for anything else (an empty value too).
   */
  static String format(UriInfo uri, String given, List<String> allowed) {
    if (given == null && !uri.getQueryParameters().containsKey("format")) {
      return allowed.get(0);
    }
    if (given != null && allowed.contains(given)) {
      return given;
    }
    throw ApiError.validation("format", "must be one of " + String.join(", ", allowed));
  }
}
