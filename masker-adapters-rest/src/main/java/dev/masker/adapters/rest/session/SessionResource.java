package dev.masker.adapters.rest.session;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.page.PageBody;
import dev.masker.adapters.rest.page.Paging;
import dev.masker.application.port.in.GetSessionUseCase;
import dev.masker.application.port.in.ListSessionEventsUseCase;
import dev.masker.application.port.in.ListSessionsUseCase;
import dev.masker.application.port.in.ReadSessionPayloadsUseCase;
import dev.masker.application.port.in.SessionFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The calls the proxy recorded (SPEC §5): read only, always within the caller's account. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
  private final ListSessionsUseCase listSessions;
  private final GetSessionUseCase getSession;
  private final ListSessionEventsUseCase listEvents;
  private final ReadSessionPayloadsUseCase readPayloads;
  private final CurrentCaller caller;
  private final SessionBodies bodies;

  public SessionResource(
      ListSessionsUseCase listSessions,
      GetSessionUseCase getSession,
      ListSessionEventsUseCase listEvents,
      ReadSessionPayloadsUseCase readPayloads,
      CurrentCaller caller,
      SessionBodies bodies) {
    this.listSessions = listSessions;
    this.getSession = getSession;
    this.listEvents = listEvents;
    this.readPayloads = readPayloads;
    this.caller = caller;
    this.bodies = bodies;
  }

  @GET
  public PageBody<SessionItem> list(
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @QueryParam("since") String since,
      @QueryParam("status") String status,
      @QueryParam("agent_id") String agentId,
      @QueryParam("min_redactions") String minRedactions,
      @QueryParam("external_id") String externalId,
      @Context UriInfo uri) {
    var reader = SessionQuery.reader(caller);
    var filter =
        SessionFilter.of(
            SessionQuery.given(uri, "since", since),
            SessionQuery.given(uri, "status", status),
            SessionQuery.given(uri, "agent_id", agentId),
            SessionQuery.given(uri, "min_redactions", minRedactions),
            SessionQuery.given(uri, "external_id", externalId));
    var key = listSessions.cursorKey(reader, filter);
    var request =
        Paging.request(
            SessionQuery.given(uri, "limit", limit),
            SessionQuery.given(uri, "cursor", cursor),
            ListSessionsUseCase.LIST,
            key);
    var page = listSessions.list(reader, filter, request);
    var items = page.items().stream().map(bodies::item).toList();
    return Paging.answer(page, items, ListSessionsUseCase.LIST, key);
  }

  @GET
  @Path("/{id}")
  public SessionAnswer get(@PathParam("id") String id) {
    var reader = SessionQuery.reader(caller);
    var detail = getSession.get(reader, id).orElseThrow(() -> SessionQuery.sessionNotFound(id));
    var session = detail.session();
    var events = detail.events();
    var next =
        Paging.answer(
                events,
                events.items(),
                ListSessionEventsUseCase.LIST,
                ListSessionEventsUseCase.cursorKey(reader, session.id().value()))
            .nextCursor();
    // Read after the session was found in the caller's account; a session deleted in between has
    // no payloads either.
    var payloads =
        readPayloads
            .read(reader, session.id().value())
            .fold(
                found ->
                    found.turns().isEmpty()
                        ? null
                        : found.turns().stream().map(PayloadBody::of).toList(),
                gone -> (List<PayloadBody>) null);
    return new SessionAnswer(
        bodies.detail(session, detail.turns(), events.items(), next, payloads));
  }

  @GET
  @Path("/{id}/events")
  public PageBody<EventBody> events(
      @PathParam("id") String id,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context UriInfo uri) {
    var reader = SessionQuery.reader(caller);
    var key = ListSessionEventsUseCase.cursorKey(reader, id);
    var request =
        Paging.request(
            SessionQuery.given(uri, "limit", limit),
            SessionQuery.given(uri, "cursor", cursor),
            ListSessionEventsUseCase.LIST,
            key);
    var page =
        listEvents.list(reader, id, request).orElseThrow(() -> SessionQuery.sessionNotFound(id));
    return Paging.answer(page, bodies.events(page.items()), ListSessionEventsUseCase.LIST, key);
  }
}
