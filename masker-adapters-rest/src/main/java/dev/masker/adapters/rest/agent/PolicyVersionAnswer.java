package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {"policy_version": {...}}}. */
public record PolicyVersionAnswer(
    @JsonProperty("policy_version") PolicyVersionBody policyVersion) {}
