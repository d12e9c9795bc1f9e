package dev.masker.domain.chat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonSyntaxException;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.policy.RequestRules;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every field of a Chat Completions request, and its rule (SPEC §6 "refuse what cannot be masked"):
 * masked, passed because it cannot carry PHI, stripped, or refused. Reading a request lists the
 * strings to mask ({@link RequestSite}s) and strips what is stripped; the first field that is
 * refused ends the reading with its JSON path. Nothing is masked here: {@link ChatRequest} masks
 * the sites once every one of them was read, so a value revealed late in the request is masked
 * early in it too. docs/request-fields.md has the same table for readers.
 */
final class RequestFields {
  /** Field names of events. */
  static final String CONTENT = "content";

  static final String NAME = "name";
  static final String TOOL_ARGUMENTS = "tool_arguments";
  static final String USER = "user";
  static final String TOOLS = "tools";
  static final String PARAMETERS = "parameters";
  static final String TOOL_CALL_ID = "tool_call_id";

  private static final Set<String> ROLES =
      Set.of("system", "developer", "user", "assistant", "tool", "function");
  private static final Set<String> NUMBERS =
      Set.of(
          "temperature",
          "top_p",
          "frequency_penalty",
          "presence_penalty",
          "n",
          "max_tokens",
          "max_completion_tokens",
          "seed",
          "top_logprobs");
  private static final Set<String> BOOLEANS =
      Set.of("stream", "logprobs", "parallel_tool_calls", "store");
  private static final Set<String> WORDS = Set.of("service_tier", "reasoning_effort", "verbosity");
  private static final Set<String> CALLER_IDS =
      Set.of("user", "safety_identifier", "prompt_cache_key");

  /** JSON Schema keywords whose string values are prose or examples, not structure. */
  private static final Set<String> SCHEMA_PROSE =
      Set.of("description", "title", "examples", "default", "enum", "const", "$comment");

  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
  private static final Pattern TOKEN_ID = Pattern.compile("[0-9]{1,7}");

  private final RequestRules rules;
  private final List<RequestSite> sites = new ArrayList<>();
  private final List<Runnable> commits = new ArrayList<>();

  private RequestFields(RequestRules rules) {
    this.rules = rules;
  }

  /** What reading a request gave: its sites, or the first field refused. */
  sealed interface Reading {
    /**
     * The strings to mask, in request order, and what to run once they are masked (re-writing the
     * JSON documents held in strings, such as tool-call arguments).
     */
    record Sites(List<RequestSite> sites, List<Runnable> commits) implements Reading {}

    /** A field Masker will not forward: its JSON path and why. */
    record Refused(String path, String reason) implements Reading {}
  }

  /** A field that is refused, thrown inside the reading only. */
  private static final class Refusal extends RuntimeException {
    final String path;
    final String reason;

    Refusal(String path, String reason) {
      super(null, null, false, false);
      // Keys are the caller's text: the path is shown short and without control characters.
      var shown = path.length() > 200 ? path.substring(0, 200) + "…" : path;
      this.path = shown.replaceAll("\\p{Cntrl}", "?");
      this.reason = reason;
    }
  }

  /**
   * Reads {@code body} (platform metadata already removed), stripping what the rules strip.
   *
   * @param rules what the agent's policy lets through
   */
  static Reading read(JsonObject body, RequestRules rules) {
    var fields = new RequestFields(rules);
    try {
      fields.readBody(body);
    } catch (Refusal refused) {
      return new Reading.Refused(refused.path, refused.reason);
    }
    return new Reading.Sites(List.copyOf(fields.sites), List.copyOf(fields.commits));
  }

  private void readBody(JsonObject body) {
    for (Iterator<Map.Entry<String, Json>> it = body.entries().iterator(); it.hasNext(); ) {
      var entry = it.next();
      var key = entry.getKey();
      var value = entry.getValue();
      if (key.equals("model")) {
        continue; // checked by ChatRequest.parse: a string the agent accepts
      } else if (key.equals("messages")) {
        var messages = (JsonArray) value;
        for (int i = 0; i < messages.size(); i++) {
          readMessage((JsonObject) messages.get(i), i);
        }
      } else if (NUMBERS.contains(key)) {
        expect(value instanceof JsonNumber || value == JsonNull.NULL, key, "must be a number");
      } else if (BOOLEANS.contains(key)) {
        expect(value instanceof JsonBoolean || value == JsonNull.NULL, key, "must be a boolean");
      } else if (WORDS.contains(key)) {
        expect(isWord(value) || value == JsonNull.NULL, key, "must be a word such as \"auto\"");
      } else if (CALLER_IDS.contains(key)) {
        expectString(value, key);
        text(value, -1, USER, null, body, key);
      } else if (key.equals("stream_options")) {
        expect(
            isObjectOf(value, v -> v instanceof JsonBoolean), key, "must map options to booleans");
      } else if (key.equals("logit_bias")) {
        readLogitBias(value);
      } else if (key.equals("tool_choice") || key.equals("function_call")) {
        expect(onlyWords(value), key, "must name a tool by its name");
      } else if (key.equals("tools")) {
        readTools(value, key);
      } else if (key.equals("functions")) {
        expect(value instanceof JsonArray, key, "must be an array of functions");
        var functions = (JsonArray) value;
        for (int i = 0; i < functions.size(); i++) {
          readFunction(functions.get(i), key + "[" + i + "]");
        }
      } else if (key.equals("response_format")) {
        readResponseFormat(value);
      } else if (key.equals("stop")) {
        readStop(value, body);
      } else if (key.equals("prediction")) {
        readPrediction(value);
      } else if (key.equals("modalities")) {
        readModalities(value);
      } else if (key.equals("audio")) {
        throw new Refusal(key, "audio output cannot be masked or rehydrated");
      } else if (key.equals("web_search_options")) {
        values(value, null, -1, PARAMETERS, holder(body, key));
      } else {
        var extra = rules.extraFields().get(key);
        if (extra == RequestRules.ExtraField.STRIP) {
          it.remove();
        } else if (extra == RequestRules.ExtraField.MASK) {
          values(value, ChatRequest.cue(key), -1, PARAMETERS, holder(body, key));
        } else {
          throw new Refusal(
              key, "is not a field Masker knows; a policy may allow it in extra_fields");
        }
      }
    }
  }

  private void readMessage(JsonObject message, int index) {
    var path = "messages[" + index + "]";
    var role = message.get("role");
    if (!(role instanceof JsonString r) || !ROLES.contains(r.value())) {
      throw new Refusal(path + ".role", "must be system, developer, user, assistant or tool");
    }
    boolean jsonContent = r.value().equals("tool") || r.value().equals("function");
    for (Iterator<Map.Entry<String, Json>> it = message.entries().iterator(); it.hasNext(); ) {
      var entry = it.next();
      var key = entry.getKey();
      var value = entry.getValue();
      var at = path + "." + key;
      switch (key) {
        case "role":
          break;
        case "content":
          readContent(message, value, index, at, jsonContent);
          break;
        case "name":
          // A participant's name, usually written with underscores ("Maria_Lopez").
          expectString(value, at);
          text(value, index, NAME, "name", message, key);
          break;
        case "refusal":
          if (value != JsonNull.NULL) {
            expectString(value, at);
            text(value, index, CONTENT, null, message, key);
          }
          break;
        case "tool_call_id":
          expectString(value, at);
          text(value, index, TOOL_CALL_ID, null, message, key);
          break;
        case "tool_calls":
          readToolCalls(value, index, at);
          break;
        case "function_call":
          if (value != JsonNull.NULL) {
            readFunctionCall(value, index, at);
          }
          break;
        case "audio":
          throw new Refusal(at, "audio cannot be masked");
        default:
          var extra = rules.extraFields().get(key);
          if (extra == RequestRules.ExtraField.STRIP) {
            it.remove();
          } else if (extra == RequestRules.ExtraField.MASK) {
            values(value, ChatRequest.cue(key), index, PARAMETERS, holder(message, key));
          } else {
            throw new Refusal(
                at, "is not a field Masker knows; a policy may allow it in extra_fields");
          }
      }
    }
  }

  private void readContent(
      JsonObject message, Json content, int index, String path, boolean jsonContent) {
    if (content == JsonNull.NULL) {
      return;
    }
    if (content instanceof JsonString) {
      if (jsonContent) {
        embedded(content, index, CONTENT, holder(message, "content"));
      } else {
        text(content, index, CONTENT, null, message, "content");
      }
      return;
    }
    if (!(content instanceof JsonArray parts)) {
      throw new Refusal(path, "must be a string, an array of content parts, or null");
    }
    for (int i = 0; i < parts.size(); i++) {
      readPart(parts.get(i), index, path + "[" + i + "]");
    }
  }

  private void readPart(Json part, int index, String path) {
    if (!(part instanceof JsonObject object) || !(object.get("type") instanceof JsonString type)) {
      throw new Refusal(path, "must be a content part object with a type");
    }
    switch (type.value()) {
      case "text":
        onlyKeys(object, path, "type", "text");
        expectString(object.get("text"), path + ".text");
        text(object.get("text"), index, CONTENT, null, object, "text");
        break;
      case "refusal":
        onlyKeys(object, path, "type", "refusal");
        expectString(object.get("refusal"), path + ".refusal");
        text(object.get("refusal"), index, CONTENT, null, object, "refusal");
        break;
      case "image_url":
      case "file":
      case "input_audio":
        if (!rules.passedParts().contains(type.value())) {
          throw new Refusal(
              path,
              type.value().equals("input_audio")
                  ? "audio is a voice print and cannot be masked; a policy may pass it in"
                      + " content_parts"
                  : "a "
                      + type.value()
                      + " part cannot be masked; a policy may pass it in"
                      + " content_parts");
        }
        break;
      default:
        throw new Refusal(path + ".type", "is not a content part type Masker knows");
    }
  }

  private void readToolCalls(Json value, int index, String path) {
    if (value == JsonNull.NULL) {
      return;
    }
    if (!(value instanceof JsonArray calls)) {
      throw new Refusal(path, "must be an array of tool calls");
    }
    for (int i = 0; i < calls.size(); i++) {
      var at = path + "[" + i + "]";
      if (!(calls.get(i) instanceof JsonObject call)) {
        throw new Refusal(at, "must be a tool call object");
      }
      var type = call.get("type");
      boolean custom = type instanceof JsonString t && t.value().equals("custom");
      if (type != null
          && !custom
          && !(type instanceof JsonString t2 && t2.value().equals("function"))) {
        throw new Refusal(at + ".type", "must be function or custom");
      }
      onlyKeys(call, at, "id", "type", custom ? "custom" : "function");
      if (call.get("id") != null) {
        expectString(call.get("id"), at + ".id");
        text(call.get("id"), index, TOOL_CALL_ID, null, call, "id");
      }
      if (custom) {
        var tool = object(call.get("custom"), at + ".custom");
        onlyKeys(tool, at + ".custom", "name", "input");
        name(tool.get("name"), at + ".custom.name");
        expectString(tool.get("input"), at + ".custom.input");
        text(tool.get("input"), index, TOOL_ARGUMENTS, null, tool, "input");
      } else {
        readFunctionCall(call.get("function"), index, at + ".function");
      }
    }
  }

  private void readFunctionCall(Json value, int index, String path) {
    var function = object(value, path);
    onlyKeys(function, path, "name", "arguments");
    name(function.get("name"), path + ".name");
    var arguments = function.get("arguments");
    if (arguments != null) {
      expectString(arguments, path + ".arguments");
      embedded(arguments, index, TOOL_ARGUMENTS, holder(function, "arguments"));
    }
  }

  private void readTools(Json value, String path) {
    expect(value instanceof JsonArray, path, "must be an array of tools");
    var tools = (JsonArray) value;
    for (int i = 0; i < tools.size(); i++) {
      var at = path + "[" + i + "]";
      var tool = object(tools.get(i), at);
      var type = tool.get("type");
      if (type instanceof JsonString t && t.value().equals("custom")) {
        onlyKeys(tool, at, "type", "custom");
        var custom = object(tool.get("custom"), at + ".custom");
        onlyKeys(custom, at + ".custom", "name", "description", "format");
        name(custom.get("name"), at + ".custom.name");
        prose(custom, "description", at + ".custom");
        if (custom.get("format") != null) {
          // A grammar or "text": structure, not prose; checked to be plain JSON.
          expect(
              custom.get("format") instanceof JsonObject,
              at + ".custom.format",
              "must be an object");
        }
      } else if (type instanceof JsonString t && t.value().equals("function")) {
        onlyKeys(tool, at, "type", "function");
        readFunction(tool.get("function"), at + ".function");
      } else {
        throw new Refusal(at + ".type", "must be function or custom");
      }
    }
  }

  private void readFunction(Json value, String path) {
    var function = object(value, path);
    onlyKeys(function, path, "name", "description", "parameters", "strict");
    name(function.get("name"), path + ".name");
    prose(function, "description", path);
    if (function.get("parameters") != null) {
      schema(function.get("parameters"), null);
    }
    var strict = function.get("strict");
    expect(
        strict == null || strict instanceof JsonBoolean || strict == JsonNull.NULL,
        path + ".strict",
        "must be a boolean");
  }

  private void readResponseFormat(Json value) {
    var format = object(value, "response_format");
    var type = format.get("type");
    if (!(type instanceof JsonString t)
        || !Set.of("text", "json_object", "json_schema").contains(t.value())) {
      throw new Refusal("response_format.type", "must be text, json_object or json_schema");
    }
    onlyKeys(format, "response_format", "type", "json_schema");
    if (format.get("json_schema") != null) {
      var schema = object(format.get("json_schema"), "response_format.json_schema");
      onlyKeys(schema, "response_format.json_schema", "name", "description", "schema", "strict");
      name(schema.get("name"), "response_format.json_schema.name");
      prose(schema, "description", "response_format.json_schema");
      if (schema.get("schema") != null) {
        schema(schema.get("schema"), null);
      }
    }
  }

  private void readStop(Json value, JsonObject body) {
    if (value == JsonNull.NULL) {
      return;
    }
    if (value instanceof JsonString) {
      text(value, -1, PARAMETERS, null, body, "stop");
      return;
    }
    expect(value instanceof JsonArray, "stop", "must be a string or an array of strings");
    var stops = (JsonArray) value;
    for (int i = 0; i < stops.size(); i++) {
      expectString(stops.get(i), "stop[" + i + "]");
      int at = i;
      sites.add(
          new RequestSite(
              ((JsonString) stops.get(i)).value(),
              null,
              -1,
              PARAMETERS,
              masked -> stops.set(at, masked)));
    }
  }

  private void readPrediction(Json value) {
    var prediction = object(value, "prediction");
    onlyKeys(prediction, "prediction", "type", "content");
    var content = prediction.get("content");
    if (content instanceof JsonString) {
      text(content, -1, CONTENT, null, prediction, "content");
    } else if (content instanceof JsonArray parts) {
      for (int i = 0; i < parts.size(); i++) {
        var path = "prediction.content[" + i + "]";
        var part = object(parts.get(i), path);
        onlyKeys(part, path, "type", "text");
        expect(
            part.get("type") instanceof JsonString t && t.value().equals("text"),
            path + ".type",
            "must be text");
        expectString(part.get("text"), path + ".text");
        text(part.get("text"), -1, CONTENT, null, part, "text");
      }
    } else {
      throw new Refusal("prediction.content", "must be a string or an array of text parts");
    }
  }

  private void readModalities(Json value) {
    expect(value instanceof JsonArray, "modalities", "must be an array");
    for (var modality : (JsonArray) value) {
      if (!(modality instanceof JsonString m) || !m.value().equals("text")) {
        throw new Refusal("modalities", "only text can be masked and rehydrated");
      }
    }
  }

  private void readLogitBias(Json value) {
    if (value == JsonNull.NULL) {
      return;
    }
    expect(value instanceof JsonObject, "logit_bias", "must map token ids to numbers");
    for (var entry : ((JsonObject) value).entries()) {
      expect(
          TOKEN_ID.matcher(entry.getKey()).matches() && entry.getValue() instanceof JsonNumber,
          "logit_bias",
          "must map token ids to numbers");
    }
  }

  /** The prose of a JSON Schema (descriptions, titles, examples, enums), every level down. */
  private void schema(Json node, String keyword) {
    if (node instanceof JsonObject object) {
      for (var entry : object.entries()) {
        var key = entry.getKey();
        if (SCHEMA_PROSE.contains(key)) {
          values(entry.getValue(), null, -1, TOOLS, entry::setValue);
        } else {
          schema(entry.getValue(), key);
        }
      }
    } else if (node instanceof JsonArray array) {
      for (var item : array) {
        schema(item, keyword);
      }
    }
  }

  private void prose(JsonObject object, String key, String path) {
    var value = object.get(key);
    if (value == null || value == JsonNull.NULL) {
      return;
    }
    expectString(value, path + "." + key);
    text(value, -1, TOOLS, null, object, key);
  }

  /**
   * A string that may hold a JSON object or array (tool-call arguments, tool results): its string
   * and number values are sites, each with its key as the cue, and the document is written back
   * compactly once they are masked; anything else is one text site.
   */
  private void embedded(
      Json value, int index, String field, java.util.function.Consumer<Json> put) {
    var text = ((JsonString) value).value();
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    if (first < text.length() && (text.charAt(first) == '{' || text.charAt(first) == '[')) {
      Json parsed = null;
      try {
        parsed = JsonParser.parseWhole(text);
      } catch (JsonSyntaxException notJson) {
        // masked as text below
      }
      if (parsed != null) {
        // The document itself is replaced when its keys are masked: written back as it ends up.
        var document = new Json[] {parsed};
        values(parsed, null, index, field, replaced -> document[0] = replaced);
        commits.add(() -> put.accept(new JsonString(JsonWriter.write(document[0]))));
        return;
      }
    }
    sites.add(new RequestSite(text, null, index, field, put));
  }

  /**
   * Every string and number in a JSON value, each with its key (or the key of the array holding it)
   * as the cue. Keys, booleans and nulls are kept.
   */
  private void values(
      Json value, String cue, int index, String field, java.util.function.Consumer<Json> put) {
    if (value instanceof JsonString text) {
      if (!text.value().isEmpty()) {
        sites.add(new RequestSite(text.value(), cue, index, field, put));
      }
    } else if (value instanceof JsonNumber number) {
      // A number can be a phone number or an SSN; masked, it goes back as a string token.
      sites.add(new RequestSite(number.text(), cue, index, field, put));
    } else if (value instanceof JsonObject object) {
      // Keys are data too ({"Maria Lopez": {...}}): each is masked as text, and the object is
      // rebuilt with the masked keys, in order, once its values are masked.
      var renamed = new java.util.LinkedHashMap<String, String>();
      for (var entry : object.entries()) {
        values(entry.getValue(), ChatRequest.cue(entry.getKey()), index, field, entry::setValue);
        var key = entry.getKey();
        if (!key.isEmpty()) {
          sites.add(
              new RequestSite(
                  key,
                  null,
                  index,
                  field,
                  masked -> renamed.put(key, ((JsonString) masked).value())));
        }
      }
      commits.add(
          () -> {
            if (!renamed.isEmpty()) {
              put.accept(withKeys(object, renamed));
            }
          });
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        int at = i;
        values(array.get(i), cue, index, field, masked -> array.set(at, masked));
      }
    }
  }

  /** {@code object} with its keys renamed, in order; a key met twice gets a numbered twin. */
  private static JsonObject withKeys(JsonObject object, Map<String, String> renamed) {
    var rebuilt = new JsonObject();
    for (var entry : object.entries()) {
      var key = renamed.getOrDefault(entry.getKey(), entry.getKey());
      var unique = key;
      for (int n = 2; rebuilt.has(unique); n++) {
        unique = key + "#" + n;
      }
      rebuilt.put(unique, entry.getValue());
    }
    return rebuilt;
  }

  private void text(
      Json value, int index, String field, String cue, JsonObject holder, String key) {
    var text = ((JsonString) value).value();
    if (!text.isEmpty()) {
      sites.add(new RequestSite(text, cue, index, field, masked -> holder.put(key, masked)));
    }
  }

  private static java.util.function.Consumer<Json> holder(JsonObject object, String key) {
    return value -> object.put(key, value);
  }

  private static JsonObject object(Json value, String path) {
    if (!(value instanceof JsonObject object)) {
      throw new Refusal(path, "must be an object");
    }
    return object;
  }

  private static void onlyKeys(JsonObject object, String path, String... keys) {
    var known = Set.of(keys);
    for (var key : object.entries()) {
      if (!known.contains(key.getKey())) {
        throw new Refusal(path + "." + key.getKey(), "is not a field Masker knows here");
      }
    }
  }

  private static void expectString(Json value, String path) {
    expect(value instanceof JsonString, path, "must be a string");
  }

  private static void expect(boolean ok, String path, String reason) {
    if (!ok) {
      throw new Refusal(path, reason);
    }
  }

  /**
   * A name the model calls or quotes (a function's, a tool's, a schema's): passed as it is, so it
   * must be a word, and it is refused if it holds a value the policy masks ("lookup_maria_lopez"):
   * masking it would break the call, forwarding it would leak.
   */
  private void name(Json value, String path) {
    expect(isWord(value), path, "must be a name of letters, digits, '_' and '-'");
    sites.add(RequestSite.unchangeable(((JsonString) value).value(), path));
  }

  private static boolean isWord(Json value) {
    return value instanceof JsonString s && WORD.matcher(s.value()).matches();
  }

  /** Strings that are names or keywords only ("auto", a function's name), any nesting. */
  private static boolean onlyWords(Json value) {
    if (value instanceof JsonString) {
      return isWord(value);
    }
    if (value instanceof JsonObject object) {
      for (var entry : object.entries()) {
        if (!onlyWords(entry.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof JsonArray array) {
      for (var item : array) {
        if (!onlyWords(item)) {
          return false;
        }
      }
      return true;
    }
    return true;
  }

  private static boolean isObjectOf(Json value, java.util.function.Predicate<Json> test) {
    if (!(value instanceof JsonObject object)) {
      return value == JsonNull.NULL;
    }
    for (var entry : object.entries()) {
      if (!test.test(entry.getValue())) {
        return false;
      }
    }
    return true;
  }
}
