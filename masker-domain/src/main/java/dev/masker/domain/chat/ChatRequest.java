package dev.masker.domain.chat;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonSyntaxException;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.session.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An OpenAI Chat Completions request on its way through the proxy (SPEC §6): it names its session,
 * sheds the voice platform's metadata, and has every field that can carry PHI masked, while every
 * other field, known or not, passes as it came. Not thread-safe: one per request.
 */
public final class ChatRequest {
  /** Top-level fields voice platforms add: customer PII and secrets, never forwarded. */
  static final List<String> PLATFORM_FIELDS =
      List.of("call", "metadata", "phoneNumber", "customer", "org", "assistant", "serverUrlSecret");

  static final int MAX_SESSION_KEY_LENGTH = 256;

  private final JsonObject body;

  private ChatRequest(JsonObject body) {
    this.body = body;
  }

  /**
   * @throws InvalidValue when the body is not a JSON object with a string {@code model} and an
   *     array of message objects, or {@code stream} is not a boolean
   */
  public static ChatRequest parse(String json) {
    JsonObject body;
    try {
      body = JsonParser.parseObject(json);
    } catch (JsonSyntaxException e) {
      throw new InvalidValue("body", "must be a JSON object (" + e.getMessage() + ")");
    }
    if (!(body.get("model") instanceof JsonString)) {
      throw new InvalidValue("model", "is required and must be a string");
    }
    var messages = body.array("messages");
    if (messages == null) {
      throw new InvalidValue("messages", "is required and must be an array");
    }
    for (int i = 0; i < messages.size(); i++) {
      if (!(messages.get(i) instanceof JsonObject)) {
        throw new InvalidValue("messages[" + i + "]", "must be an object");
      }
    }
    var stream = body.get("stream");
    if (stream != null && !(stream instanceof JsonBoolean) && stream != JsonNull.NULL) {
      throw new InvalidValue("stream", "must be a boolean");
    }
    return new ChatRequest(body);
  }

  /** Whether the caller asked for a streamed answer ({@code "stream": true}). */
  public boolean streamed() {
    return body.get("stream") == JsonBoolean.TRUE;
  }

  public String model() {
    return body.string("model");
  }

  /**
   * The session key (SPEC §5), first found of: the {@code Masker-Session-Id} header, Vapi's {@code
   * call.id} (legacy {@code call.callId}), {@code metadata.masker_session_id}, and the part of
   * Bolna's {@code user} before {@code #}. Empty when there is none: the request is a session of
   * its own.
   *
   * @throws InvalidValue when the key found is longer than 256 characters or has control characters
   */
  public Optional<String> sessionKey(Optional<String> header) {
    var call = body.object("call");
    var metadata = body.object("metadata");
    var user = body.string("user");
    var candidates =
        new String[] {
          header.orElse(null),
          call == null ? null : call.string("id"),
          call == null ? null : call.string("callId"),
          metadata == null ? null : metadata.string("masker_session_id"),
          user == null ? null : user.substring(0, hashOrEnd(user))
        };
    for (var candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return Optional.of(checkedKey(candidate.strip()));
      }
    }
    return Optional.empty();
  }

  /** Drops the voice platform's metadata ({@link #PLATFORM_FIELDS}). */
  public void removePlatformMetadata() {
    for (var field : PLATFORM_FIELDS) {
      body.remove(field);
    }
  }

  /**
   * Masks every field that can carry PHI, in place: message {@code content} (a string, or the
   * {@code text} of its parts), {@code refusal}, {@code name}, assistant tool-call and legacy
   * function-call arguments (string values of the JSON, keys kept; as text when not JSON), and the
   * top-level {@code user}. Tool definitions and everything else are left alone.
   *
   * @return one redaction per masked value, in request order
   */
  public List<Redaction> mask(TextMask mask) {
    var redactions = new ArrayList<Redaction>();
    var messages = body.array("messages");
    for (int i = 0; i < messages.size(); i++) {
      maskMessage((JsonObject) messages.get(i), i, mask, redactions);
    }
    var user = body.get("user");
    if (user instanceof JsonString text) {
      body.put("user", masked(text, -1, "user", mask, redactions));
    }
    return redactions;
  }

  public String toJson() {
    return JsonWriter.write(body);
  }

  private static void maskMessage(
      JsonObject message, int index, TextMask mask, List<Redaction> redactions) {
    var content = message.get("content");
    if (content instanceof JsonString text && "tool".equals(message.string("role"))) {
      // Tool results are often JSON: their keys are the cues of their values.
      message.put("content", maskedJsonOrText(text, index, "content", mask, redactions));
    } else if (content instanceof JsonString text) {
      message.put("content", masked(text, index, "content", mask, redactions));
    } else if (content instanceof JsonArray parts) {
      for (var part : parts) {
        if (part instanceof JsonObject object) {
          maskStringField(object, "text", index, "content", mask, redactions);
          maskStringField(object, "refusal", index, "content", mask, redactions);
        }
      }
    }
    maskStringField(message, "refusal", index, "content", mask, redactions);
    maskStringField(message, "name", index, "name", mask, redactions);
    var toolCalls = message.array("tool_calls");
    if (toolCalls != null) {
      for (var call : toolCalls) {
        if (call instanceof JsonObject object) {
          maskArguments(object.object("function"), index, mask, redactions);
        }
      }
    }
    maskArguments(message.object("function_call"), index, mask, redactions);
  }

  private static void maskArguments(
      JsonObject function, int index, TextMask mask, List<Redaction> redactions) {
    if (function != null && function.get("arguments") instanceof JsonString arguments) {
      function.put(
          "arguments", maskedJsonOrText(arguments, index, "tool_arguments", mask, redactions));
    }
  }

  /**
   * A JSON object or array in a string, its string values masked and the whole written compactly;
   * anything else masked as text.
   */
  private static JsonString maskedJsonOrText(
      JsonString text, int index, String field, TextMask mask, List<Redaction> redactions) {
    var value = text.value();
    int first = 0;
    while (first < value.length() && Character.isWhitespace(value.charAt(first))) {
      first++;
    }
    if (first == value.length() || (value.charAt(first) != '{' && value.charAt(first) != '[')) {
      return masked(text, index, field, mask, redactions);
    }
    Json parsed;
    try {
      parsed = JsonParser.parse(value);
    } catch (JsonSyntaxException notJson) {
      return masked(text, index, field, mask, redactions);
    }
    var walked = maskValues(parsed, null, index, field, mask, redactions);
    return new JsonString(JsonWriter.write(walked));
  }

  /**
   * Masks the string values of a JSON document, each with its key as the cue (an array's items with
   * the array's key), so {@code {"member_id": "XJH123456789"}} is read as "member id:
   * XJH123456789".
   */
  private static Json maskValues(
      Json value, String key, int index, String field, TextMask mask, List<Redaction> redactions) {
    if (value instanceof JsonString text) {
      if (text.value().isEmpty()) {
        return text;
      }
      var result = key == null ? mask.apply(text.value()) : mask.apply(cue(key), text.value());
      for (var event : result.events()) {
        redactions.add(new Redaction(index, field, event));
      }
      return result.text().equals(text.value()) ? text : new JsonString(result.text());
    }
    if (value instanceof JsonObject object) {
      for (var entry : object.entries()) {
        entry.setValue(
            maskValues(entry.getValue(), entry.getKey(), index, field, mask, redactions));
      }
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, maskValues(array.get(i), key, index, field, mask, redactions));
      }
    }
    return value;
  }

  /**
   * A JSON key as words: {@code member_id}, {@code memberId} and {@code member-id} → "member id".
   */
  static String cue(String key) {
    var words = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '_' || c == '-' || c == '.') {
        words.append(' ');
      } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
        words.append(' ').append(Character.toLowerCase(c));
      } else {
        words.append(Character.toLowerCase(c));
      }
    }
    return words.toString().strip();
  }

  private static void maskStringField(
      JsonObject object,
      String key,
      int index,
      String field,
      TextMask mask,
      List<Redaction> redactions) {
    if (object.get(key) instanceof JsonString text) {
      object.put(key, masked(text, index, field, mask, redactions));
    }
  }

  private static JsonString masked(
      JsonString text, int index, String field, TextMask mask, List<Redaction> redactions) {
    if (text.value().isEmpty()) {
      return text;
    }
    var result = mask.apply(text.value());
    for (var event : result.events()) {
      redactions.add(new Redaction(index, field, event));
    }
    return result.text().equals(text.value()) ? text : new JsonString(result.text());
  }

  private static int hashOrEnd(String user) {
    int hash = user.indexOf('#');
    return hash < 0 ? user.length() : hash;
  }

  private static String checkedKey(String key) {
    if (key.length() > MAX_SESSION_KEY_LENGTH) {
      throw new InvalidValue("session", "key must be at most 256 characters");
    }
    for (int i = 0; i < key.length(); i++) {
      if (Character.isISOControl(key.charAt(i))) {
        throw new InvalidValue("session", "key must not contain control characters");
      }
    }
    return key;
  }
}
