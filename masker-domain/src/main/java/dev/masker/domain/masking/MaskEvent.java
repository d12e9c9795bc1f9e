package dev.masker.domain.masking;

/**
 * What masking did to one value, without the value: its kind, where it was ({@code [start, end)} in
 * Unicode code points of the original text), which pass found it and how sure it was, what the
 * policy did, and the token's scheme ({@code MSKV1}, {@code MSK1}, {@code SYN1}, {@code REDACTED},
 * or null when passed through) and key id.
 */
public record MaskEvent(
    EntityKind kind,
    int start,
    int end,
    Pass pass,
    double confidence,
    Action action,
    String tokenKind,
    String kid) {}
