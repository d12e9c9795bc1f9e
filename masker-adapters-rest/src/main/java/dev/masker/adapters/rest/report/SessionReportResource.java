package dev.masker.adapters.rest.report;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.adapters.rest.session.SessionQuery;
import dev.masker.application.port.in.GetSessionReportUseCase;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code GET /api/v1/sessions/{id}/report?format=json|pdf} (SPEC §8): a call's compliance report.
 * The JSON is written from the report's own document, so that what is served is exactly what was
 * signed (docs/adr/0048-signed-session-reports.md); the PDF is drawn from the same report.
 */
@Path("/api/v1/sessions/{id}/report")
public class SessionReportResource {
  static final String PDF = "application/pdf";
  private static final Logger LOG = Logger.getLogger(SessionReportResource.class);
  private static final List<String> FORMATS = List.of("json", "pdf");

  private final GetSessionReportUseCase reports;
  private final CurrentCaller caller;

  public SessionReportResource(GetSessionReportUseCase reports, CurrentCaller caller) {
    this.reports = reports;
    this.caller = caller;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, PDF})
  public Response report(
      @PathParam("id") String id, @QueryParam("format") String format, @Context UriInfo uri) {
    var reader = ReportQuery.reader(caller);
    var chosen = ReportQuery.format(uri, format, FORMATS);
    GetSessionReportUseCase.Report report;
    try {
      report = reports.report(reader, id).orElseThrow(() -> SessionQuery.sessionNotFound(id));
    } catch (GetSessionReportUseCase.ReportUnavailable unavailable) {
      LOG.warnf("report not generated: %s", unavailable.getMessage());
      throw new ApiError(
          500, "report_generation_failed", "The report of this session cannot be generated");
    }
    if (chosen.equals("pdf")) {
      return Response.ok(ReportPdf.render(report), PDF)
          .header(
              "Content-Disposition",
              "attachment; filename=\"masker-session-"
                  + report.report().sessionId().value()
                  + ".pdf\"")
          .build();
    }
    var body = JsonWriter.write(new JsonObject().put("report", report.document()));
    return Response.ok(body.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8")
        .build();
  }
}
