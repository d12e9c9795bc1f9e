package dev.masker.application.service.vapi;

import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import java.util.Optional;

/**
 * The answer to an {@code assistant-request} (SPEC §7): {@code {"assistant": {...}}}, the agent's
 * {@code vapi_assistant} template with its {@code model} pointed at Masker's proxy: {@code
 * provider} {@code custom-llm}, {@code url} the agent's proxy base URL (Vapi appends {@code
 * /chat/completions}) and {@code model} the agent's upstream model. The template's other model
 * settings (its system prompt in {@code messages}, {@code temperature}, …) are kept; a template
 * without a model gets one; an agent without a template answers with the model alone.
 */
final class AssistantAnswer {
  static final String PROVIDER = "custom-llm";

  private AssistantAnswer() {}

  static String of(Optional<String> template, String proxyBaseUrl, String model) {
    var assistant = template.map(JsonParser::parseObject).orElseGet(JsonObject::new);
    var settings = assistant.object("model");
    if (settings == null) {
      settings = new JsonObject();
    }
    settings.put("provider", new JsonString(PROVIDER));
    settings.put("url", new JsonString(proxyBaseUrl));
    settings.put("model", new JsonString(model));
    assistant.put("model", settings);
    return JsonWriter.write(new JsonObject().put("assistant", assistant));
  }
}
