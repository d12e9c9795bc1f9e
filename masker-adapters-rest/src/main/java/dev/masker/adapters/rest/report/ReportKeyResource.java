package dev.masker.adapters.rest.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.application.port.in.GetReportPublicKeyUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code GET /api/v1/reports/public-key}: the public key that verifies reports. By default a JSON
 * object holding it in both forms; {@code ?format=pem} the PEM alone ({@code
 * application/x-pem-file}), {@code ?format=jwk} the JWK alone ({@code application/jwk+json}).
 */
@Path("/api/v1/reports/public-key")
public class ReportKeyResource {
  static final String PEM = "application/x-pem-file";
  static final String JWK = "application/jwk+json";
  private static final List<String> FORMATS = List.of("json", "pem", "jwk");

  private final GetReportPublicKeyUseCase keys;
  private final CurrentCaller caller;
  private final ObjectMapper json;

  public ReportKeyResource(
      GetReportPublicKeyUseCase keys, CurrentCaller caller, ObjectMapper json) {
    this.keys = keys;
    this.caller = caller;
    this.json = json;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, PEM, JWK})
  public Response publicKey(@QueryParam("format") String format, @Context UriInfo uri)
      throws JsonProcessingException {
    ReportQuery.reader(caller);
    var chosen = ReportQuery.format(uri, format, FORMATS);
    var key = keys.publicKey();
    var jwk = new JwkBody("OKP", "Ed25519", key.jwkX(), key.keyId(), "EdDSA", "sig");
    return switch (chosen) {
      case "pem" -> Response.ok(key.pem(), PEM + "; charset=utf-8").build();
      case "jwk" -> Response.ok(json.writeValueAsBytes(jwk), JWK).build();
      default ->
          Response.ok(
                  new PublicKeyBody(key.keyId(), "Ed25519", key.pem(), jwk),
                  MediaType.APPLICATION_JSON)
              .build();
    };
  }
}
