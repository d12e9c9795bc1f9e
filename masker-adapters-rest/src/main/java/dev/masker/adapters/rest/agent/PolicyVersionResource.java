package dev.masker.adapters.rest.agent;

import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.adapters.rest.page.PageBody;
import dev.masker.adapters.rest.page.Paging;
import dev.masker.application.port.in.GetAgentUseCase;
import dev.masker.application.port.in.GetPolicyVersionUseCase;
import dev.masker.application.port.in.ListPolicyVersionsUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every version an agent's policy had, so a report of an old call can show the policy it ran under:
 * {@code GET /api/v1/agents/{id}/policy-versions} (paginated, newest first) and {@code
 * .../policy-versions/{version}}.
 */
@Path("/api/v1/agents/{id}/policy-versions")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyVersionResource {
  private final ListPolicyVersionsUseCase listVersions;
  private final GetPolicyVersionUseCase getVersion;
  private final GetAgentUseCase getAgent;
  private final CurrentCaller caller;
  private final AgentBodies bodies;

  public PolicyVersionResource(
      ListPolicyVersionsUseCase listVersions,
      GetPolicyVersionUseCase getVersion,
      GetAgentUseCase getAgent,
      CurrentCaller caller,
      AgentBodies bodies) {
    this.listVersions = listVersions;
    this.getVersion = getVersion;
    this.getAgent = getAgent;
    this.caller = caller;
    this.bodies = bodies;
  }

  @GET
  public PageBody<PolicyVersionBody> list(@PathParam("id") String id, @Context UriInfo uri) {
    var filter = id == null ? "" : id;
    var request = Paging.request(uri, ListPolicyVersionsUseCase.LIST, filter);
    var page =
        listVersions.list(caller.get(), id, request).orElseThrow(() -> AgentResource.notFound(id));
    var items = page.items().stream().map(bodies::version).toList();
    return Paging.answer(page, items, ListPolicyVersionsUseCase.LIST, filter);
  }

  @GET
  @Path("/{version}")
  public PolicyVersionAnswer get(@PathParam("id") String id, @PathParam("version") String version) {
    int number = versionNumber(version);
    return getVersion
        .get(caller.get(), id, number)
        .map(found -> new PolicyVersionAnswer(bodies.version(found)))
        .orElseThrow(() -> notFound(id));
  }

  /** The version asked for; 0 (no version) for anything but a whole number from 1. */
  private static int versionNumber(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,8}")) {
      return 0;
    }
    return Integer.parseInt(text);
  }

  /** {@code agent_not_found} when the agent is not the caller's to see, else {@code not_found}. */
  private ApiError notFound(String id) {
    if (getAgent.get(caller.get(), id).isEmpty()) {
      return AgentResource.notFound(id);
    }
    return new ApiError(404, "not_found", "This agent's policy never had that version");
  }
}
