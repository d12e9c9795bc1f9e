package dev.masker.domain.chat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

  /** No tokenizer has a million tokens: a key of seven digits is a phone's last seven (ADR 36). */
  private static final Pattern TOKEN_ID = Pattern.compile("[0-9]{1,6}");

  private final RequestRules rules;
  private final RequestSites sites = new RequestSites();
  private final ToolDefinitions tools = new ToolDefinitions(sites);

  private RequestFields(RequestRules rules) {
    this.rules = rules;
  }

  /** What reading a request gave: its sites, or the first field refused. */
  sealed interface Reading {
    /** The function for this case applied to it. */
    <T> T fold(Function<Sites, ? extends T> sites, Function<Refused, ? extends T> refused);

    /**
     * The strings to mask, in request order, and what to run once they are masked (re-writing the
     * JSON documents held in strings, such as tool-call arguments).
     */
    record Sites(List<RequestSite> sites, List<Runnable> commits) implements Reading {
      @Override
      public <T> T fold(
          Function<Sites, ? extends T> sites, Function<Refused, ? extends T> refused) {
        return sites.apply(this);
      }
    }

    /** A field Masker will not forward: its JSON path and why. */
    record Refused(String path, String reason) implements Reading {
      @Override
      public <T> T fold(
          Function<Sites, ? extends T> sites, Function<Refused, ? extends T> refused) {
        return refused.apply(this);
      }
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
    } catch (FieldCheck.Refused refused) {
      return new Reading.Refused(refused.path, refused.reason);
    }
    return new Reading.Sites(
        LearningReadings.withReadings(fields.sites.sites()), fields.sites.commits());
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
        LearningReadings.shortAnswers(messages, sites);
        // ADR 36: a value said a piece a message, masked over the pieces
        PieceByPiece.read(messages, sites);
      } else if (NUMBERS.contains(key)) {
        FieldCheck.expect(
            value instanceof JsonNumber || value == JsonNull.NULL, key, "must be a number");
        if (value instanceof JsonNumber number) {
          // A seed of ten digits can be the caller's phone number: passed as it is, so refused
          // when it holds a value the policy masks (one the call revealed, or one by its shape).
          sites.longNumber(number, key);
        }
      } else if (BOOLEANS.contains(key)) {
        FieldCheck.expect(
            value instanceof JsonBoolean || value == JsonNull.NULL, key, "must be a boolean");
      } else if (WORDS.contains(key)) {
        FieldCheck.expect(
            FieldCheck.isWord(value) || value == JsonNull.NULL,
            key,
            "must be a word such as \"auto\"");
        // passed as it is: a word that is the caller's surname is refused, not forwarded
        sites.structures(value, key);
      } else if (CALLER_IDS.contains(key)) {
        FieldCheck.expectString(value, key);
        sites.text(value, -1, USER, null, body, key);
        identifier(value, -1, USER);
      } else if (key.equals("stream_options")) {
        FieldCheck.expect(
            FieldCheck.isObjectOf(value, v -> v instanceof JsonBoolean),
            key,
            "must map options to booleans");
      } else if (key.equals("logit_bias")) {
        readLogitBias(value);
      } else if (key.equals("tool_choice") || key.equals("function_call")) {
        FieldCheck.expect(FieldCheck.onlyWords(value), key, "must name a tool by its name");
        // names and keywords passed as they are: one that holds a value is refused
        sites.structures(value, key);
      } else if (key.equals("tools")) {
        tools.readTools(value, key);
      } else if (key.equals("functions")) {
        FieldCheck.expect(value instanceof JsonArray, key, "must be an array of functions");
        var functions = (JsonArray) value;
        for (int i = 0; i < functions.size(); i++) {
          tools.readFunction(functions.get(i), key + "[" + i + "]");
        }
      } else if (key.equals("response_format")) {
        tools.readResponseFormat(value);
      } else if (key.equals("stop")) {
        readStop(value, body);
      } else if (key.equals("prediction")) {
        readPrediction(value);
      } else if (key.equals("modalities")) {
        readModalities(value);
      } else if (key.equals("audio")) {
        throw new FieldCheck.Refused(key, "audio output cannot be masked or rehydrated");
      } else if (key.equals("web_search_options")) {
        sites.values(value, null, -1, PARAMETERS, RequestSites.holder(body, key));
      } else {
        var extra = rules.extraFields().get(key);
        if (extra == RequestRules.ExtraField.STRIP) {
          it.remove();
        } else if (extra == RequestRules.ExtraField.MASK) {
          sites.values(value, ChatRequest.cue(key), -1, PARAMETERS, RequestSites.holder(body, key));
        } else {
          throw FieldCheck.unknown(
              "", key, "is not a field Masker knows; a policy may allow it in extra_fields");
        }
      }
    }
  }

  /**
   * An identifier with underscores between its words ("tel_3125550187", "mrn_52930471_w") is also
   * read with spaces for them, only to learn from: a model reads the words and the number apart,
   * but for detection the underscore glues them into one word, so the number had no edge. What is
   * learned is then masked where it is.
   */
  private void identifier(Json value, int index, String field) {
    var text = ((JsonString) value).value();
    if (text.indexOf('_') >= 0 && text.chars().anyMatch(Character::isDigit)) {
      sites.add(RequestSite.learnOnly(text.replace('_', ' '), index, field));
    }
  }

  /** The fewest digits ending a message's name that a content starting with a digit refuses. */
  static final int CUT_DIGITS = 3;

  /**
   * A number cut between a message's name and its content ({@code "name": "caller_307555"}, {@code
   * "content": "0172 is my number"}) is refused (ADR 30, as ADR 8 decided for what cannot be
   * masked): the name is masked as a name and the content as a text, and neither holds the value.
   * Only a name ending in {@value #CUT_DIGITS} digits or more before a content starting with one,
   * which no platform writes.
   */
  private static void cutBeforeContent(JsonObject message, Json name, String at) {
    var text = ((JsonString) name).value();
    int digits = 0;
    while (digits < text.length() && Character.isDigit(text.charAt(text.length() - 1 - digits))) {
      digits++;
    }
    if (digits >= CUT_DIGITS
        && message.get("content") instanceof JsonString content
        && NameDigitsCut.goesOn(digits, content.value())) {
      throw new FieldCheck.Refused(at, "must not end in digits the content goes on with");
    }
  }

  private void readMessage(JsonObject message, int index) {
    var path = "messages[" + index + "]";
    var role = message.get("role");
    if (!(role instanceof JsonString r) || !ROLES.contains(r.value())) {
      throw new FieldCheck.Refused(
          path + ".role", "must be system, developer, user, assistant or tool");
    }
    for (Iterator<Map.Entry<String, Json>> it = message.entries().iterator(); it.hasNext(); ) {
      var entry = it.next();
      var key = entry.getKey();
      var value = entry.getValue();
      var at = path + "." + key;
      switch (key) {
        case "role":
          break;
        case "content":
          readContent(message, value, index, at);
          break;
        case "name":
          // A participant's name, usually written with underscores ("Maria_Lopez").
          FieldCheck.expectString(value, at);
          sites.text(value, index, NAME, "name", message, key);
          identifier(value, index, NAME);
          cutBeforeContent(message, value, at);
          break;
        case "refusal":
          if (value != JsonNull.NULL) {
            FieldCheck.expectString(value, at);
            sites.text(value, index, CONTENT, null, message, key);
          }
          break;
        case "tool_call_id":
          FieldCheck.expectString(value, at);
          sites.text(value, index, TOOL_CALL_ID, null, message, key);
          identifier(value, index, TOOL_CALL_ID);
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
          throw new FieldCheck.Refused(at, "audio cannot be masked");
        default:
          var extra = rules.extraFields().get(key);
          if (extra == RequestRules.ExtraField.STRIP) {
            it.remove();
          } else if (extra == RequestRules.ExtraField.MASK) {
            sites.values(
                value, ChatRequest.cue(key), index, PARAMETERS, RequestSites.holder(message, key));
          } else {
            throw FieldCheck.unknown(
                path, key, "is not a field Masker knows; a policy may allow it in extra_fields");
          }
      }
    }
  }

  private void readContent(JsonObject message, Json content, int index, String path) {
    if (content == JsonNull.NULL) {
      return;
    }
    if (content instanceof JsonString) {
      // A JSON document is read value by value, keys as cues, in every role's content: a user or
      // a system prompt can paste a record ({"family":"Halvorsen"}) as a tool can return one.
      sites.embedded(content, index, CONTENT, RequestSites.holder(message, "content"));
      return;
    }
    if (!(content instanceof JsonArray parts)) {
      throw new FieldCheck.Refused(path, "must be a string, an array of content parts, or null");
    }
    var texts = new ArrayList<JsonObject>();
    for (int i = 0; i < parts.size(); i++) {
      readPart(parts.get(i), index, path + "[" + i + "]", texts);
    }
    // The model reads the text parts as one text: a value split across them ("Maria" | " Lopez",
    // "415 555" | "2671") is found in them joined.
    if (texts.size() == 1) {
      sites.embedded(
          texts.get(0).get("text"), index, CONTENT, RequestSites.holder(texts.get(0), "text"));
    } else if (!texts.isEmpty()) {
      sites.joined(texts, index, CONTENT);
    }
  }

  private void readPart(Json part, int index, String path, List<JsonObject> texts) {
    if (!(part instanceof JsonObject object) || !(object.get("type") instanceof JsonString type)) {
      throw new FieldCheck.Refused(path, "must be a content part object with a type");
    }
    switch (type.value()) {
      case "text":
        FieldCheck.onlyKeys(object, path, "type", "text");
        FieldCheck.expectString(object.get("text"), path + ".text");
        texts.add(object);
        break;
      case "refusal":
        FieldCheck.onlyKeys(object, path, "type", "refusal");
        FieldCheck.expectString(object.get("refusal"), path + ".refusal");
        sites.text(object.get("refusal"), index, CONTENT, null, object, "refusal");
        break;
      case "image_url":
      case "file":
      case "input_audio":
        if (!rules.passedParts().contains(type.value())) {
          throw new FieldCheck.Refused(
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
        throw new FieldCheck.Refused(path + ".type", "is not a content part type Masker knows");
    }
  }

  private void readToolCalls(Json value, int index, String path) {
    if (value == JsonNull.NULL) {
      return;
    }
    if (!(value instanceof JsonArray calls)) {
      throw new FieldCheck.Refused(path, "must be an array of tool calls");
    }
    for (int i = 0; i < calls.size(); i++) {
      var at = path + "[" + i + "]";
      if (!(calls.get(i) instanceof JsonObject call)) {
        throw new FieldCheck.Refused(at, "must be a tool call object");
      }
      var type = call.get("type");
      boolean custom = type instanceof JsonString t && t.value().equals("custom");
      if (type != null
          && !custom
          && !(type instanceof JsonString t2 && t2.value().equals("function"))) {
        throw new FieldCheck.Refused(at + ".type", "must be function or custom");
      }
      FieldCheck.onlyKeys(call, at, "id", "type", custom ? "custom" : "function");
      if (call.get("id") != null) {
        FieldCheck.expectString(call.get("id"), at + ".id");
        sites.text(call.get("id"), index, TOOL_CALL_ID, null, call, "id");
      }
      if (custom) {
        var tool = FieldCheck.object(call.get("custom"), at + ".custom");
        FieldCheck.onlyKeys(tool, at + ".custom", "name", "input");
        sites.name(tool.get("name"), at + ".custom.name");
        FieldCheck.expectString(tool.get("input"), at + ".custom.input");
        sites.text(tool.get("input"), index, TOOL_ARGUMENTS, null, tool, "input");
      } else {
        readFunctionCall(call.get("function"), index, at + ".function");
      }
    }
  }

  private void readFunctionCall(Json value, int index, String path) {
    var function = FieldCheck.object(value, path);
    FieldCheck.onlyKeys(function, path, "name", "arguments");
    sites.name(function.get("name"), path + ".name");
    var arguments = function.get("arguments");
    if (arguments != null) {
      FieldCheck.expectString(arguments, path + ".arguments");
      sites.embedded(arguments, index, TOOL_ARGUMENTS, RequestSites.holder(function, "arguments"));
    }
  }

  private void readStop(Json value, JsonObject body) {
    if (value == JsonNull.NULL) {
      return;
    }
    if (value instanceof JsonString) {
      sites.text(value, -1, PARAMETERS, null, body, "stop");
      return;
    }
    FieldCheck.expect(
        value instanceof JsonArray, "stop", "must be a string or an array of strings");
    var stops = (JsonArray) value;
    var entries = new ArrayList<JsonObject>();
    for (int i = 0; i < stops.size(); i++) {
      FieldCheck.expectString(stops.get(i), "stop[" + i + "]");
      var entry = new JsonObject();
      entry.put("text", stops.get(i));
      entries.add(entry);
    }
    if (entries.isEmpty()) {
      return;
    }
    // The entries reach the upstream together: a value cut across them ("312 555" | "0187") is
    // found in them joined, like the text parts of a message. An entry a token swallowed is
    // dropped (an empty stop sequence is no stop sequence).
    sites.joined(entries, -1, PARAMETERS);
    sites.commit(
        () -> {
          var swallowed = new boolean[entries.size()];
          for (int i = 0; i < entries.size(); i++) {
            var text = (JsonString) entries.get(i).get("text");
            swallowed[i] = text.value().isEmpty() && !((JsonString) stops.get(i)).value().isEmpty();
            stops.set(i, text);
          }
          int i = 0;
          for (var it = stops.iterator(); it.hasNext(); i++) {
            it.next();
            if (swallowed[i]) {
              it.remove();
            }
          }
        });
  }

  private void readPrediction(Json value) {
    var prediction = FieldCheck.object(value, "prediction");
    FieldCheck.onlyKeys(prediction, "prediction", "type", "content");
    var content = prediction.get("content");
    if (content instanceof JsonString) {
      sites.text(content, -1, CONTENT, null, prediction, "content");
    } else if (content instanceof JsonArray parts) {
      var texts = new ArrayList<JsonObject>();
      for (int i = 0; i < parts.size(); i++) {
        var path = "prediction.content[" + i + "]";
        var part = FieldCheck.object(parts.get(i), path);
        FieldCheck.onlyKeys(part, path, "type", "text");
        FieldCheck.expect(
            part.get("type") instanceof JsonString t && t.value().equals("text"),
            path + ".type",
            "must be text");
        FieldCheck.expectString(part.get("text"), path + ".text");
        texts.add(part);
      }
      // The predicted output is one text to the model, as a message's text parts are: a value cut
      // across its parts is found in them joined.
      if (texts.size() == 1) {
        sites.text(texts.get(0).get("text"), -1, CONTENT, null, texts.get(0), "text");
      } else if (!texts.isEmpty()) {
        sites.joined(texts, -1, CONTENT);
      }
    } else {
      throw new FieldCheck.Refused(
          "prediction.content", "must be a string or an array of text parts");
    }
  }

  private void readModalities(Json value) {
    FieldCheck.expect(value instanceof JsonArray, "modalities", "must be an array");
    for (var modality : (JsonArray) value) {
      if (!(modality instanceof JsonString m) || !m.value().equals("text")) {
        throw new FieldCheck.Refused("modalities", "only text can be masked and rehydrated");
      }
    }
  }

  private void readLogitBias(Json value) {
    if (value == JsonNull.NULL) {
      return;
    }
    FieldCheck.expect(value instanceof JsonObject, "logit_bias", "must map token ids to numbers");
    for (var entry : ((JsonObject) value).entries()) {
      FieldCheck.expect(
          TOKEN_ID.matcher(entry.getKey()).matches() && entry.getValue() instanceof JsonNumber,
          "logit_bias",
          "must map token ids to numbers");
      // ADR 36: a key of six digits can be a member id's; passed as it is, so refused when it
      // holds a value the policy masks, as a seed is (the path never quotes the key)
      if (entry.getKey().length() >= RequestSites.LONG_NUMBER) {
        sites.structure(entry.getKey(), "logit_bias");
      }
    }
  }
}
