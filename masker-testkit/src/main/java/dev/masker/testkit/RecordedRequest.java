package dev.masker.testkit;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as {@link FakeOpenAiUpstream} received it: what an agent would have sent the model.
 * {@link #toString()} gives no content (it may be PHI); {@link #body()} does.
 *
 * @param method the HTTP method
 * @param path the request path, such as {@code /v1/chat/completions}
 * @param headers the headers, names in lower case, each with its values
 * @param body the body as sent, decoded as UTF-8
 */
public record RecordedRequest(
    String method, String path, Map<String, List<String>> headers, String body) {

  public RecordedRequest {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header (any case), if sent. */
  public Optional<String> header(String name) {
    var values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Whether the body asked for a streamed answer ({@code "stream": true}). */
  public boolean stream() {
    return json().map(o -> o.get("stream") instanceof JsonBoolean b && b.value()).orElse(false);
  }

  /** The {@code model} of the body, if any. */
  public Optional<String> model() {
    return json().map(o -> o.get("model") instanceof JsonString s ? s.value() : null);
  }

  /**
   * The text of every message of a chat completion, in order: a string content as it is, text parts
   * of an array content joined with a line break.
   */
  public List<String> messageTexts() {
    var texts = new ArrayList<String>();
    for (var message : messages()) {
      texts.add(textOf(message));
    }
    return texts;
  }

  /** The text of the last message whose role is {@code user}, if any. */
  public Optional<String> lastUserMessage() {
    String last = null;
    for (var message : messages()) {
      if (message.get("role") instanceof JsonString role && role.value().equals("user")) {
        last = textOf(message);
      }
    }
    return Optional.ofNullable(last);
  }

  private List<JsonObject> messages() {
    var messages = new ArrayList<JsonObject>();
    if (json().map(o -> o.get("messages")).orElse(null) instanceof JsonArray array) {
      for (var item : array) {
        if (item instanceof JsonObject message) {
          messages.add(message);
        }
      }
    }
    return messages;
  }

  private static String textOf(JsonObject message) {
    Json content = message.get("content");
    if (content instanceof JsonString text) {
      return text.value();
    }
    var joined = new StringBuilder();
    if (content instanceof JsonArray parts) {
      for (var part : parts) {
        if (part instanceof JsonObject object && object.get("text") instanceof JsonString text) {
          joined.append(joined.length() == 0 ? "" : "\n").append(text.value());
        }
      }
    }
    return joined.toString();
  }

  private Optional<JsonObject> json() {
    try {
      return Optional.of(JsonParser.parseObject(body));
    } catch (JsonSyntaxException notJson) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + ", " + body.length() + " chars]";
  }
}
