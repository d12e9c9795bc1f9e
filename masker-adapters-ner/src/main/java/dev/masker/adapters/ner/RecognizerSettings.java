package dev.masker.adapters.ner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The settings of the model-based recognizers (docs/configuration.md and docs/ner.md list them):
 * {@code masker.ner.openai.*} for an OpenAI-compatible model, {@code masker.ner.presidio.*} for a
 * Presidio Analyzer. Each is off until its {@code base-url} is set; with both set, both run and
 * their finds are added together.
 */
@ConfigMapping(prefix = "masker.ner")
public interface RecognizerSettings {
  OpenAi openai();

  Presidio presidio();

  /** An OpenAI-compatible server (vLLM, llama.cpp's server, Ollama): chat completions. */
  interface OpenAi {
    /**
     * Includes the version path; requests go to {@code {base}/chat/completions}. Unset: no model.
     */
    Optional<String> baseUrl();

    /** The model the server serves, as it names it ({@code qwen2.5:3b}); required with a URL. */
    Optional<String> model();

    /** How long a text waits for the model's answer, the connection included. */
    @WithDefault("3000")
    long timeoutMs();

    /** Sent as {@code Authorization: Bearer}, when the server wants one. */
    Optional<String> apiKey();
  }

  /** A Presidio Analyzer: {@code POST {base}/analyze}. */
  interface Presidio {
    /** Where the analyzer answers, such as {@code http://127.0.0.1:5002}. Unset: no analyzer. */
    Optional<String> baseUrl();

    /** How long a text waits for the analyzer's answer, the connection included. */
    @WithDefault("2000")
    long timeoutMs();

    /** The language the analyzer reads the text in. */
    @WithDefault("en")
    String language();

    /** The lowest score the analyzer returns a find with. */
    @WithDefault("0.5")
    double scoreThreshold();
  }
}
