package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One version of an agent's policy: its number (the agent's {@code policy_version} while it
 * applied), the policy's name, whether it is built in, its YAML and when the agent took it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PolicyVersionBody(
    int version, String policyName, boolean builtIn, String policyYaml, String createdAt) {}
