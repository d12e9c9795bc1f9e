package dev.masker.adapters.rest.session;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.page.PageBody;
import dev.masker.adapters.rest.page.Paging;
import dev.masker.application.port.in.ListAgentSessionsUseCase;
import dev.masker.application.port.in.SessionFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /agents/{id}/sessions}: the session list with its agent fixed (SPEC §4); 404 {@code
 * agent_not_found} for an agent that is not the caller's.
 */
@Path("/api/v1/agents/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class AgentSessionResource {
  private final ListAgentSessionsUseCase listSessions;
  private final CurrentCaller caller;
  private final SessionBodies bodies;

  public AgentSessionResource(
      ListAgentSessionsUseCase listSessions, CurrentCaller caller, SessionBodies bodies) {
    this.listSessions = listSessions;
    this.caller = caller;
    this.bodies = bodies;
  }

  @GET
  public PageBody<SessionItem> list(
      @PathParam("id") String agentId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @QueryParam("since") String since,
      @QueryParam("status") String status,
      @QueryParam("min_redactions") String minRedactions,
      @QueryParam("external_id") String externalId,
      @Context UriInfo uri) {
    var reader = SessionQuery.reader(caller);
    var filter =
        SessionFilter.of(
            SessionQuery.given(uri, "since", since),
            SessionQuery.given(uri, "status", status),
            null,
            SessionQuery.given(uri, "min_redactions", minRedactions),
            SessionQuery.given(uri, "external_id", externalId));
    var key = listSessions.cursorKey(reader, agentId, filter);
    var request =
        Paging.request(
            SessionQuery.given(uri, "limit", limit),
            SessionQuery.given(uri, "cursor", cursor),
            ListAgentSessionsUseCase.LIST,
            key);
    var page =
        listSessions
            .list(reader, agentId, filter, request)
            .orElseThrow(() -> SessionQuery.agentNotFound(agentId));
    var items = page.items().stream().map(bodies::item).toList();
    return Paging.answer(page, items, ListAgentSessionsUseCase.LIST, key);
  }
}
