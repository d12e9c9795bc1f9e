package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.adapters.rest.auth.CurrentCaller;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.adapters.rest.page.Paging;
import dev.masker.adapters.rest.request.PublicUrl;
import dev.masker.application.port.in.CreateAgentUseCase;
import dev.masker.application.port.in.DeleteAgentUseCase;
import dev.masker.application.port.in.GetAgentUseCase;
import dev.masker.application.port.in.ListAgentsUseCase;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.Secret;
import dev.masker.domain.masking.policy.Tokenization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentResource {
  private final CreateAgentUseCase createAgent;
  private final ListAgentsUseCase listAgents;
  private final GetAgentUseCase getAgent;
  private final DeleteAgentUseCase deleteAgent;
  private final CurrentCaller caller;
  private final PublicUrl publicUrl;
  private final ObjectMapper mapper;

  public AgentResource(
      CreateAgentUseCase createAgent,
      ListAgentsUseCase listAgents,
      GetAgentUseCase getAgent,
      DeleteAgentUseCase deleteAgent,
      CurrentCaller caller,
      PublicUrl publicUrl,
      ObjectMapper mapper) {
    this.createAgent = createAgent;
    this.listAgents = listAgents;
    this.getAgent = getAgent;
    this.deleteAgent = deleteAgent;
    this.caller = caller;
    this.publicUrl = publicUrl;
    this.mapper = mapper;
  }

  public record CreateAgentRequest(
      String name,
      String upstream,
      String tokenization,
      @JsonProperty("policy_name") String policyName,
      @JsonProperty("policy_yaml") String policyYaml,
      @JsonProperty("require_proxy_key") Boolean requireProxyKey,
      @JsonProperty("vapi_assistant") JsonNode vapiAssistant) {}

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
    var result = createAgent.create(caller.get(), command);
    if (result instanceof CreateAgentUseCase.Result.NameTaken) {
      throw new ApiError(409, "name_taken", "An agent of this name exists already");
    }
    if (result instanceof CreateAgentUseCase.Result.UnknownUpstream unknown) {
      throw new ApiError(
          422,
          "unknown_upstream",
          "No upstream provider '" + unknown.provider() + "' is configured on this server");
    }
    if (result instanceof CreateAgentUseCase.Result.UnknownPolicy unknown) {
      var shown =
          unknown.name().matches("[A-Za-z0-9._-]{1,64}")
              ? "'" + unknown.name() + "'"
              : "of that name";
      throw new ApiError(422, "unknown_policy", "No policy " + shown + " exists");
    }
    if (result instanceof CreateAgentUseCase.Result.PolicyYamlInvalid invalid) {
      throw new ApiError(
          422,
          "policy_yaml_invalid",
          "The policy is not valid: " + invalid.problems().size() + " problem(s)",
          invalid.problems().stream()
              .map(p -> new ApiError.FieldIssue(p.field(), p.issue(), p.line()))
              .toList());
    }
    var created = (CreateAgentUseCase.Result.Created) result;
    var agent = AgentJson.detailed(created.agent(), publicUrl, mapper);
    created.proxyKey().map(Secret::value).ifPresent(key -> agent.put("proxy_key", key));
    return Response.status(201).entity(Map.of("agent", agent)).build();
  }

  @GET
  public Map<String, Object> list(
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @QueryParam("name_contains") String nameContains) {
    var filter = nameContains == null ? "" : nameContains.strip().toLowerCase(Locale.ROOT);
    if (filter.chars().anyMatch(Character::isISOControl)) {
      // No agent name holds one (AgentName refuses them), and PostgreSQL refuses NUL in text.
      throw ApiError.validation("name_contains", "must not contain control characters");
    }
    var request = Paging.request(limit, cursor, ListAgentsUseCase.LIST, filter);
    var page =
        listAgents.list(caller.get(), Optional.of(filter).filter(f -> !f.isEmpty()), request);
    var items =
        page.items().stream()
            .map(
                agent -> {
                  var json = AgentJson.of(agent, publicUrl);
                  // Sessions are recorded by the proxy; until it serves calls there are none.
                  json.put("session_count_24h", 0);
                  return json;
                })
            .toList();
    return Paging.answer(page, items, ListAgentsUseCase.LIST, filter);
  }

  @GET
  @Path("/{id}")
  public Map<String, Object> get(@PathParam("id") String id) {
    var agent = getAgent.get(caller.get(), id).orElseThrow(() -> notFound(id));
    return Map.of("agent", AgentJson.detailed(agent, publicUrl, mapper));
  }

  @DELETE
  @Path("/{id}")
  public Response delete(@PathParam("id") String id) {
    var result = deleteAgent.delete(caller.get(), id);
    if (result instanceof DeleteAgentUseCase.Result.Forbidden) {
      throw ApiError.forbidden("Only admins delete agents");
    }
    if (result instanceof DeleteAgentUseCase.Result.NotFound) {
      throw notFound(id);
    }
    return Response.noContent().build();
  }

  private static ApiError notFound(String id) {
    var shown = id != null && id.length() <= 40 && id.matches("[A-Za-z0-9_]*") ? id : "given";
    return new ApiError(404, "agent_not_found", "No agent with id " + shown);
  }
}
