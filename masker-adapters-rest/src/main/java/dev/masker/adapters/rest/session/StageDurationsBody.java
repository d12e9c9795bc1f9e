package dev.masker.adapters.rest.session;

/**
 * Time spent in each stage of the proxy, in milliseconds with microsecond precision, summed over
 * the turns it describes (SPEC §5 {@code stage_durations_ms}).
 */
public record StageDurationsBody(
    double detection, double tokenize, double upstream, double rehydrate) {}
