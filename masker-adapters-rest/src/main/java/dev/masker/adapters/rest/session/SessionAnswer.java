package dev.masker.adapters.rest.session;

/** {@code {"session": {...}}}. */
public record SessionAnswer(SessionDetail session) {}
