package dev.masker.domain.masking.eval;

import dev.masker.domain.masking.EntityKind;

/**
 * A gold entity nobody found, or a prediction no gold entity backs: where it is, never what it
 * says, so an error listing can be printed without copying values around.
 */
public record ScoredSpan(String exampleId, EntityKind kind, int start, int end) {}
