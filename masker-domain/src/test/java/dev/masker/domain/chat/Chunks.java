package dev.masker.domain.chat;

import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code chat.completion.chunk} frames as OpenAI streams them, and readers of the output. */
final class Chunks {
  static final String ID = "chatcmpl-42";

  /** The usage-only chunk, spaced unusually so that a rewrite would show. */
  static final String USAGE =
      "{\"id\": \"chatcmpl-42\", \"object\": \"chat.completion.chunk\", \"created\": 1700000000,"
          + " \"model\": \"gpt-4o-mini\", \"choices\": [ ], \"usage\": {\"prompt_tokens\": 12,"
          + " \"completion_tokens\": 30, \"total_tokens\": 42}}";

  private Chunks() {}

  static String role(int choice) {
    var delta =
        new JsonObject()
            .put("role", new JsonString("assistant"))
            .put("content", new JsonString(""));
    return chunk(choice, delta, null);
  }

  static String content(int choice, String text) {
    return chunk(choice, new JsonObject().put("content", new JsonString(text)), null);
  }

  static String refusal(int choice, String text) {
    return chunk(choice, new JsonObject().put("refusal", new JsonString(text)), null);
  }

  static String finish(int choice, String reason) {
    return chunk(choice, new JsonObject(), reason);
  }

  /** The first chunk of a tool call: its id and name, and empty arguments. */
  static String toolCallStart(int choice, int tool, String name) {
    var function =
        new JsonObject().put("name", new JsonString(name)).put("arguments", new JsonString(""));
    var call =
        new JsonObject()
            .put("index", number(tool))
            .put("id", new JsonString("call_" + tool))
            .put("type", new JsonString("function"))
            .put("function", function);
    return chunk(choice, new JsonObject().put("tool_calls", new JsonArray().add(call)), null);
  }

  static String toolArguments(int choice, int tool, String fragment) {
    var function = new JsonObject().put("arguments", new JsonString(fragment));
    var call = new JsonObject().put("index", number(tool)).put("function", function);
    return chunk(choice, new JsonObject().put("tool_calls", new JsonArray().add(call)), null);
  }

  static String chunk(int choice, JsonObject delta, String finishReason) {
    var entry =
        new JsonObject()
            .put("index", number(choice))
            .put("delta", delta)
            .put("logprobs", JsonNull.NULL)
            .put(
                "finish_reason",
                finishReason == null ? JsonNull.NULL : new JsonString(finishReason));
    var chunk =
        new JsonObject()
            .put("id", new JsonString(ID))
            .put("object", new JsonString("chat.completion.chunk"))
            .put("created", number(1700000000))
            .put("model", new JsonString("gpt-4o-mini"))
            .put("system_fingerprint", new JsonString("fp_1"))
            .put("choices", new JsonArray().add(entry));
    return JsonWriter.write(chunk);
  }

  /** Every frame through {@code answer}, then what {@link StreamedAnswer#finish()} adds. */
  static List<String> relay(StreamedAnswer answer, List<String> frames) {
    var out = new ArrayList<String>();
    for (var frame : frames) {
      out.add(answer.chunk(frame));
    }
    out.addAll(answer.finish());
    return out;
  }

  /** The content pieces of {@code text} cut at {@code cuts} (ascending), as content chunks. */
  static List<String> contentFrames(int choice, String text, List<Integer> cuts) {
    var frames = new ArrayList<String>();
    int from = 0;
    for (int cut : cuts) {
      frames.add(content(choice, text.substring(from, cut)));
      from = cut;
    }
    frames.add(content(choice, text.substring(from)));
    return frames;
  }

  /** Each choice's {@code delta.content}, concatenated over the frames. */
  static Map<Integer, String> contents(List<String> frames) {
    return texts(frames, "content");
  }

  static Map<Integer, String> texts(List<String> frames, String key) {
    var texts = new TreeMap<Integer, StringBuilder>();
    for (var choice : choices(frames)) {
      var delta = choice.object("delta");
      if (delta != null && delta.string(key) != null) {
        texts.computeIfAbsent(index(choice), i -> new StringBuilder()).append(delta.string(key));
      }
    }
    var result = new TreeMap<Integer, String>();
    texts.forEach((index, text) -> result.put(index, text.toString()));
    return result;
  }

  /** Each tool call's {@code arguments} fragments of one choice, concatenated over the frames. */
  static Map<Integer, String> arguments(List<String> frames, int choiceIndex) {
    var arguments = new TreeMap<Integer, StringBuilder>();
    for (var choice : choices(frames)) {
      var delta = choice.object("delta");
      if (index(choice) != choiceIndex || delta == null || delta.array("tool_calls") == null) {
        continue;
      }
      for (var call : delta.array("tool_calls")) {
        var object = (JsonObject) call;
        var fragment =
            object.object("function") == null
                ? null
                : object.object("function").string("arguments");
        if (fragment != null) {
          arguments.computeIfAbsent(index(object), i -> new StringBuilder()).append(fragment);
        }
      }
    }
    var result = new TreeMap<Integer, String>();
    arguments.forEach((index, text) -> result.put(index, text.toString()));
    return result;
  }

  /** The choices of every frame; each frame must be a JSON object. */
  static List<JsonObject> choices(List<String> frames) {
    var choices = new ArrayList<JsonObject>();
    for (var frame : frames) {
      var list = JsonParser.parseObject(frame).array("choices");
      for (var choice : list) {
        choices.add((JsonObject) choice);
      }
    }
    return choices;
  }

  static int index(JsonObject object) {
    return Integer.parseInt(((JsonNumber) object.get("index")).text());
  }

  private static JsonNumber number(long value) {
    return new JsonNumber(Long.toString(value));
  }
}
