package dev.masker.adapters.persistence.agent;

import dev.masker.adapters.persistence.StoredValues;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.AgentSettings;
import dev.masker.domain.masking.policy.PolicyRef;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;

/** Copies agents to rows of {@code agents} and back (MapStruct writes the copying). */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, uses = StoredValues.class)
public interface AgentRows {
  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "accountId", source = "accountId.value")
  @Mapping(target = "name", source = "settings.name.value")
  @Mapping(target = "nameFolded", source = "settings.name", qualifiedByName = "folded")
  @Mapping(target = "upstream", source = "settings.upstream")
  @Mapping(target = "tokenization", source = "settings.tokenization")
  @Mapping(target = "policyName", source = "settings.policy.name")
  @Mapping(target = "policyVersion", source = "settings.policy.version")
  @Mapping(target = "policyYaml", source = "settings.policyYaml")
  @Mapping(target = "vapiAssistant", source = "settings.vapiAssistant")
  AgentEntity row(Agent.Snapshot agent);

  /** Copies every column of {@code changed} onto the managed {@code row}, which keeps its id. */
  @Mapping(target = "id", ignore = true)
  @Mapping(target = "accountId", ignore = true)
  @Mapping(target = "createdAt", ignore = true)
  void copy(AgentEntity changed, @MappingTarget AgentEntity row);

  @Mapping(target = "settings", source = "row")
  Agent.Snapshot snapshot(AgentEntity row);

  // MapStruct takes the one-value with-methods for setters; the record's constructor sets every
  // component, so they are left alone.
  @Mapping(target = "policy", source = "row")
  @Mapping(target = "withTokenization", ignore = true)
  @Mapping(target = "withPolicy", ignore = true)
  @Mapping(target = "withVapiAssistant", ignore = true)
  AgentSettings settings(AgentEntity row);

  default PolicyRef policy(AgentEntity row) {
    return new PolicyRef(row.policyName, row.policyVersion);
  }

  /** The name as compared for uniqueness and searched by {@code name_contains}. */
  @Named("folded")
  default String folded(AgentName name) {
    return name.folded();
  }
}
