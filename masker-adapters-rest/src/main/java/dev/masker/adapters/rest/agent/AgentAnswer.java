package dev.masker.adapters.rest.agent;

/** {@code {"agent": {...}}}. */
public record AgentAnswer(AgentDetail agent) {}
