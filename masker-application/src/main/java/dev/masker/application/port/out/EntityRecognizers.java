package dev.masker.application.port.out;

import dev.masker.domain.masking.EntityRecognizer;
import java.util.Optional;

/**
 * The model-based recognizer of the {@code ner} pass this server has configured (an
 * OpenAI-compatible model, a Presidio Analyzer, or both), if any: every agent whose policy lists
 * {@code ner} gets it. The server exports its {@link #statistics()} as metrics.
 */
public interface EntityRecognizers {
  /** The recognizer of this server; empty when none is configured. */
  Optional<EntityRecognizer> recognizer();

  /** What the recognizer did since the server started; all zero when none is configured. */
  RecognizerStatistics statistics();
}
