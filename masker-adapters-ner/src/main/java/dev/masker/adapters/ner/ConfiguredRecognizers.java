package dev.masker.adapters.ner;

import dev.masker.application.port.out.EntityRecognizers;
import dev.masker.application.port.out.RecognizerStatistics;
import dev.masker.domain.masking.EntityRecognizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * The model-based recognizer of this server, from {@link RecognizerSettings}: none, an
 * OpenAI-compatible model, a Presidio Analyzer, or both at once.
 */
@ApplicationScoped
public class ConfiguredRecognizers implements EntityRecognizers {
  private final RecognizerCounters counters = new RecognizerCounters();
  private final Optional<EntityRecognizer> recognizer;

  public ConfiguredRecognizers(RecognizerSettings settings) {
    var openai = settings.openai();
    Optional<EntityRecognizer> model =
        openai
            .baseUrl()
            .filter(url -> !url.isBlank())
            .map(
                url ->
                    new OpenAiRecognizer(
                        url,
                        openai
                            .model()
                            .filter(name -> !name.isBlank())
                            .orElseThrow(
                                () ->
                                    new IllegalArgumentException(
                                        "masker.ner.openai.model is required when"
                                            + " masker.ner.openai.base-url is set")),
                        timeout(openai.timeoutMs(), "masker.ner.openai.timeout-ms"),
                        openai.apiKey(),
                        counters));
    var analyzer = settings.presidio();
    if (!(analyzer.scoreThreshold() >= 0.0 && analyzer.scoreThreshold() <= 1.0)) {
      throw new IllegalArgumentException("masker.ner.presidio.score-threshold must be within 0..1");
    }
    Optional<EntityRecognizer> presidio =
        analyzer
            .baseUrl()
            .filter(url -> !url.isBlank())
            .map(
                url ->
                    new PresidioRecognizer(
                        url,
                        timeout(analyzer.timeoutMs(), "masker.ner.presidio.timeout-ms"),
                        analyzer.language(),
                        analyzer.scoreThreshold(),
                        counters));
    if (model.isPresent() && presidio.isPresent()) {
      recognizer = Optional.of(new BothRecognizers(model.get(), presidio.get(), counters));
    } else {
      recognizer = model.isPresent() ? model : presidio;
    }
  }

  private static Duration timeout(long millis, String key) {
    if (millis < 1) {
      throw new IllegalArgumentException(key + " must be at least 1");
    }
    return Duration.ofMillis(millis);
  }

  @Override
  public Optional<EntityRecognizer> recognizer() {
    return recognizer;
  }

  @Override
  public RecognizerStatistics statistics() {
    return counters.statistics();
  }
}
