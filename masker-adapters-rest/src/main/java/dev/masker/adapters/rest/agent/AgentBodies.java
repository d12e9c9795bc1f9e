package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.adapters.rest.json.ApiTime;
import dev.masker.adapters.rest.json.ApiValues;
import dev.masker.adapters.rest.request.PublicUrl;
import dev.masker.application.port.in.GetAgentStatsUseCase;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentSettings;
import dev.masker.domain.agent.PolicyVersion;
import dev.masker.domain.common.Secret;
import dev.masker.domain.masking.policy.BuiltInPolicies;
import dev.masker.domain.masking.policy.Policy;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.OptionalDouble;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;

/**
 * How an agent reads in JSON, with the URLs a voice platform is given (MapStruct writes the
 * copying).
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, uses = ApiValues.class)
public abstract class AgentBodies {
  @Inject PublicUrl publicUrl;
  @Inject ObjectMapper json;

  /** The fields every answer about an agent has, read from the parameter {@code agent}. */
  @Retention(RetentionPolicy.CLASS)
  @Mapping(target = "id", source = "agent.id.value")
  @Mapping(target = "name", source = "agent.settings.name.value")
  @Mapping(target = "upstream", source = "agent.settings.upstream")
  @Mapping(target = "tokenization", source = "agent.settings.tokenization")
  @Mapping(target = "policyName", source = "agent.settings.policy.name")
  @Mapping(target = "policyVersion", source = "agent.settings.policy.version")
  @Mapping(target = "proxyUrl", source = "agent", qualifiedByName = "proxyUrl")
  @Mapping(target = "proxyBaseUrl", source = "agent", qualifiedByName = "proxyBaseUrl")
  @Mapping(target = "webhookUrl", source = "agent", qualifiedByName = "webhookUrl")
  @Mapping(target = "requireProxyKey", source = "agent", qualifiedByName = "requiresProxyKey")
  @Mapping(target = "createdAt", source = "agent.createdAt")
  @Mapping(target = "updatedAt", source = "agent.updatedAt")
  @interface AgentFields {}

  /** And the agent's policy YAML and Vapi template, which only the whole agent shows. */
  @Retention(RetentionPolicy.CLASS)
  @AgentFields
  @Mapping(target = "policyYaml", source = "agent.settings", qualifiedByName = "policyYaml")
  @Mapping(target = "vapiAssistant", source = "agent.settings.vapiAssistant")
  @interface WholeAgent {}

  /** The agent as {@code GET /agents/{id}} shows it, with its recent activity. */
  @WholeAgent
  @Mapping(target = "proxyKey", ignore = true)
  @Mapping(target = "webhookSecret", ignore = true)
  @Mapping(target = "stats", source = "stats")
  public abstract AgentDetail detail(Agent.Snapshot agent, GetAgentStatsUseCase.Stats stats);

  /**
   * The agent as {@code POST /agents} and {@code PATCH /agents/{id}} answer it: with its proxy key,
   * once, when it was just made.
   */
  @WholeAgent
  @Mapping(target = "proxyKey", source = "proxyKey.value")
  @Mapping(target = "webhookSecret", ignore = true)
  @Mapping(target = "stats", ignore = true)
  public abstract AgentDetail created(Agent.Snapshot agent, Secret proxyKey);

  /** Latencies to one decimal of a millisecond; null where there was no turn. */
  AgentStatsBody stats(GetAgentStatsUseCase.Stats stats) {
    return new AgentStatsBody(
        stats.sessionsLastDay(),
        stats.sessionsLastWeek(),
        stats.redactionsLastDay(),
        tenths(stats.p50AddedMillis()),
        tenths(stats.p95AddedMillis()));
  }

  private static Double tenths(OptionalDouble millis) {
    return millis.isPresent() ? Math.round(millis.getAsDouble() * 10) / 10.0 : null;
  }

  /** A kept version of the agent's policy, with the YAML of a built-in one filled in. */
  public PolicyVersionBody version(PolicyVersion version) {
    var yaml =
        version
            .customYaml()
            .orElseGet(() -> BuiltInPolicies.named(version.name()).map(Policy::yaml).orElse(null));
    return new PolicyVersionBody(
        version.version(),
        version.name(),
        version.customYaml().isEmpty(),
        yaml,
        ApiTime.format(version.createdAt()));
  }

  /** The agent in a page of {@code GET /agents}. */
  @AgentFields
  public abstract AgentListItem item(Agent.Snapshot agent, long sessionCount24h);

  @Named("proxyBaseUrl")
  String proxyBaseUrl(Agent.Snapshot agent) {
    return publicUrl.base() + "/proxy/" + agent.id().value() + "/v1";
  }

  @Named("proxyUrl")
  String proxyUrl(Agent.Snapshot agent) {
    return proxyBaseUrl(agent) + "/chat/completions";
  }

  @Named("webhookUrl")
  String webhookUrl(Agent.Snapshot agent) {
    return publicUrl.base() + "/vapi/webhook/" + agent.id().value();
  }

  @Named("requiresProxyKey")
  boolean requiresProxyKey(Agent.Snapshot agent) {
    return agent.proxyKeyDigest() != null;
  }

  /** The agent's own policy, or the built-in one's YAML when it is healthcare-default. */
  @Named("policyYaml")
  String policyYaml(AgentSettings settings) {
    return settings
        .customPolicyYaml()
        .orElseGet(
            () ->
                BuiltInPolicies.HEALTHCARE_DEFAULT.equals(settings.policy().name())
                    ? Policy.healthcareDefault().yaml()
                    : null);
  }

  /** The stored Vapi template, as the JSON it was given as; null for none. */
  JsonNode template(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored vapi_assistant is not JSON", e);
    }
  }
}
