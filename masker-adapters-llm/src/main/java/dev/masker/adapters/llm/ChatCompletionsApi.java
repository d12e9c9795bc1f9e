package dev.masker.adapters.llm;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * {@code POST {base URL}/chat/completions} of an OpenAI-compatible provider, as a Quarkus REST
 * client: one instance per provider, built by {@link OpenAiCompatibleClient}. Bodies are JSON text
 * both ways, passed on as they are: the proxy owns the JSON.
 */
@Path("/chat/completions")
public interface ChatCompletionsApi {
  /**
   * A non-streamed answer, whole.
   *
   * @param authorization {@code Bearer <key>}, or null for a provider without a key
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  Uni<byte[]> complete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body);

  /** A streamed answer: the {@code data} of each server-sent event, {@code [DONE]} included. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.TEXT_PLAIN)
  Multi<String> stream(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body);
}
