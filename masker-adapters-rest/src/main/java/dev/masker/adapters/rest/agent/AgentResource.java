package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.adapters.rest.page.PageBody;
import dev.masker.adapters.rest.page.Paging;
import dev.masker.application.port.in.CreateAgentUseCase;
import dev.masker.application.port.in.DeleteAgentUseCase;
import dev.masker.application.port.in.GetAgentStatsUseCase;
import dev.masker.application.port.in.GetAgentUseCase;
import dev.masker.application.port.in.ListAgentsUseCase;
import dev.masker.application.port.in.UpdateAgentUseCase;
import dev.masker.application.port.out.WebhookSecrets;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.masking.policy.PolicyProblem;
import dev.masker.domain.masking.policy.Tokenization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentResource {
  private final CreateAgentUseCase createAgent;
  private final ListAgentsUseCase listAgents;
  private final GetAgentUseCase getAgent;
  private final DeleteAgentUseCase deleteAgent;
  private final UpdateAgentUseCase updateAgent;
  private final GetAgentStatsUseCase agentStats;
  private final CurrentCaller caller;
  private final AgentBodies bodies;
  private final WebhookSecrets webhookSecrets;

  public AgentResource(
      CreateAgentUseCase createAgent,
      ListAgentsUseCase listAgents,
      GetAgentUseCase getAgent,
      DeleteAgentUseCase deleteAgent,
      UpdateAgentUseCase updateAgent,
      GetAgentStatsUseCase agentStats,
      CurrentCaller caller,
      AgentBodies bodies,
      WebhookSecrets webhookSecrets) {
    this.createAgent = createAgent;
    this.listAgents = listAgents;
    this.getAgent = getAgent;
    this.deleteAgent = deleteAgent;
    this.updateAgent = updateAgent;
    this.agentStats = agentStats;
    this.caller = caller;
    this.bodies = bodies;
    this.webhookSecrets = webhookSecrets;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateAgentRequest body) {
    if (body == null) {
      throw ApiError.validation("body", "is required");
    }
    if (body.vapiAssistant() != null && !body.vapiAssistant().isObject()) {
      throw ApiError.validation("vapi_assistant", "must be a JSON object");
    }
    var command =
        new CreateAgentUseCase.Command(
            new AgentName(body.name()),
            Upstream.parse(body.upstream()),
            Optional.ofNullable(body.tokenization()).map(Tokenization::fromWireName),
            Optional.ofNullable(body.policyName()),
            Optional.ofNullable(body.policyYaml()),
            Boolean.TRUE.equals(body.requireProxyKey()),
            Optional.ofNullable(body.vapiAssistant()).map(JsonNode::toString));
    return createAgent
        .create(caller.get(), command)
        .fold(
            created -> {
              var agent =
                  AgentDetail.showingWebhookSecret(
                      bodies.created(created.agent().snapshot(), created.proxyKey().orElse(null)),
                      webhookSecrets.of(created.agent().id()).value());
              return Response.status(201).entity(new AgentAnswer(agent)).build();
            },
            taken -> {
              throw nameTaken();
            },
            unknown -> {
              throw unknownUpstream(unknown.provider());
            },
            unknown -> {
              throw unknownPolicy(unknown.name());
            },
            invalid -> {
              throw policyYamlInvalid(invalid.problems());
            });
  }

  @GET
  public PageBody<AgentListItem> list(
      @QueryParam("name_contains") String nameContains, @Context UriInfo uri) {
    var filter = nameContains == null ? "" : nameContains.strip().toLowerCase(Locale.ROOT);
    if (filter.chars().anyMatch(Character::isISOControl)) {
      // No agent name holds one (AgentName refuses them), and PostgreSQL refuses NUL in text.
      throw ApiError.validation("name_contains", "must not contain control characters");
    }
    var request = Paging.request(uri, ListAgentsUseCase.LIST, filter);
    var page =
        listAgents.list(caller.get(), Optional.of(filter).filter(f -> !f.isEmpty()), request);
    var items =
        page.items().stream()
            .map(item -> bodies.item(item.agent().snapshot(), item.sessionsLastDay()))
            .toList();
    return Paging.answer(page, items, ListAgentsUseCase.LIST, filter);
  }

  @GET
  @Path("/{id}")
  public AgentAnswer get(@PathParam("id") String id) {
    var who = caller.get();
    var agent = getAgent.get(who, id).orElseThrow(() -> notFound(id));
    var stats = agentStats.stats(who, agent);
    return new AgentAnswer(bodies.detail(agent.snapshot(), stats));
  }

  /**
   * Changes what the body names and keeps the rest (SPEC §4, docs/api.md): 200 with the agent, and
   * {@code proxy_key} once when the change turned the proxy key on.
   */
  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AgentAnswer update(@PathParam("id") String id, JsonNode body) {
    var command = AgentChanges.of(body);
    return updateAgent
        .update(caller.get(), id, command)
        .fold(
            updated ->
                new AgentAnswer(
                    bodies.created(updated.agent().snapshot(), updated.proxyKey().orElse(null))),
            notFound -> {
              throw notFound(id);
            },
            forbidden -> {
              throw ApiError.forbidden("This caller may not change agents");
            },
            taken -> {
              throw nameTaken();
            },
            unknown -> {
              throw unknownUpstream(unknown.provider());
            },
            unknown -> {
              throw unknownPolicy(unknown.name());
            },
            invalid -> {
              throw policyYamlInvalid(invalid.problems());
            },
            refused -> {
              throw ApiError.validation(refused.field(), refused.issue());
            });
  }

  @DELETE
  @Path("/{id}")
  public Response delete(@PathParam("id") String id) {
    return deleteAgent
        .delete(caller.get(), id)
        .fold(
            deleted -> Response.noContent().build(),
            notFound -> {
              throw notFound(id);
            },
            forbidden -> {
              throw ApiError.forbidden("Only admins delete agents");
            });
  }

  private static ApiError nameTaken() {
    return new ApiError(409, "name_taken", "An agent of this name exists already");
  }

  private static ApiError unknownUpstream(String provider) {
    return new ApiError(
        422,
        "unknown_upstream",
        "No upstream provider '" + provider + "' is configured on this server");
  }

  private static ApiError unknownPolicy(String name) {
    var shown = name.matches("[A-Za-z0-9._-]{1,64}") ? "'" + name + "'" : "of that name";
    return new ApiError(422, "unknown_policy", "No policy " + shown + " exists");
  }

  private static ApiError policyYamlInvalid(List<PolicyProblem> problems) {
    return new ApiError(
        422,
        "policy_yaml_invalid",
        "The policy is not valid: " + problems.size() + " problem(s)",
        problems.stream()
            .map(p -> new ApiError.FieldIssue(p.field(), p.issue(), p.line()))
            .toList());
  }

  static ApiError notFound(String id) {
    var shown = id != null && id.length() <= 40 && id.matches("[A-Za-z0-9_]*") ? id : "given";
    return new ApiError(404, "agent_not_found", "No agent with id " + shown);
  }
}
