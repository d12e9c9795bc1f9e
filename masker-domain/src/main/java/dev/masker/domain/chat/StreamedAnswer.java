package dev.masker.domain.chat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import dev.masker.domain.masking.rehydrate.StreamingRehydrator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A streamed answer ({@code chat.completion.chunk} frames) with the real values put back as it
 * passes (SPEC §6 "Streaming"): one streaming rehydrator per choice's {@code content}, per {@code
 * refusal} and per tool call's {@code arguments}. What a rehydrator holds back (a possible token
 * prefix) goes out with the choice's {@code finish_reason} chunk, or, for a choice the upstream
 * never finished, in one more chunk before {@code [DONE]}. Every frame stays a well-formed chunk;
 * frames without choices (the usage chunk) pass as they are. Not thread-safe: one per stream.
 */
public final class StreamedAnswer {
  private final Supplier<StreamingRehydrator> textRehydrators;
  private final Supplier<StreamingRehydrator> argumentRehydrators;
  private final Map<Integer, Choice> choices = new TreeMap<>();
  private final List<RehydrationFailure> failures = new ArrayList<>();
  private JsonObject lastHeader = new JsonObject();

  /**
   * Rehydrates arguments like text: only right when values never need JSON escaping; see {@link
   * #StreamedAnswer(Supplier, Supplier)}.
   */
  public StreamedAnswer(Supplier<StreamingRehydrator> rehydrators) {
    this(rehydrators, rehydrators);
  }

  /**
   * @param text makes the rehydrator of a choice's {@code content} or {@code refusal}
   * @param arguments makes the rehydrator of a tool call's {@code arguments}: JSON text, so values
   *     should come back escaped as JSON string content, as {@link ChatAnswer} does
   */
  public StreamedAnswer(
      Supplier<StreamingRehydrator> text, Supplier<StreamingRehydrator> arguments) {
    this.textRehydrators = text;
    this.argumentRehydrators = arguments;
  }

  /**
   * One upstream frame's data, rewritten for the caller.
   *
   * @throws dev.masker.domain.json.JsonSyntaxException when {@code data} is not a JSON object
   */
  public String chunk(String data) {
    var chunk = JsonParser.parseObject(data);
    var list = chunk.array("choices");
    if (list == null || list.size() == 0) {
      return data;
    }
    lastHeader = header(chunk);
    for (int position = 0; position < list.size(); position++) {
      if (list.get(position) instanceof JsonObject choice) {
        rewrite(choice, indexOf(choice, position));
      }
    }
    return JsonWriter.write(chunk);
  }

  /** The chunks that carry what is still held back, to send before {@code [DONE]}. */
  public List<String> finish() {
    var tail = new ArrayList<String>();
    for (var entry : choices.entrySet()) {
      var delta = new JsonObject();
      entry.getValue().flushInto(delta);
      entry.getValue().collectFailures(failures);
      if (delta.size() > 0) {
        var chunk = copy(lastHeader);
        var choice = new JsonObject();
        choice.put("index", new JsonNumber(Integer.toString(entry.getKey())));
        choice.put("delta", delta);
        choice.put("finish_reason", JsonNull.NULL);
        chunk.put("choices", new JsonArray().add(choice));
        tail.add(JsonWriter.write(chunk));
      }
    }
    choices.clear();
    return tail;
  }

  /** The tokens that could not be rehydrated so far (redacted in the output). */
  public List<RehydrationFailure> failures() {
    var all = new ArrayList<>(failures);
    for (var choice : choices.values()) {
      choice.collectFailures(all);
    }
    return all;
  }

  private void rewrite(JsonObject choice, int index) {
    var state = choices.computeIfAbsent(index, i -> new Choice());
    var delta = choice.object("delta");
    if (delta != null) {
      state.content = replace(delta, "content", state.content, textRehydrators);
      state.refusal = replace(delta, "refusal", state.refusal, textRehydrators);
      var toolCalls = delta.array("tool_calls");
      if (toolCalls != null) {
        for (int position = 0; position < toolCalls.size(); position++) {
          if (toolCalls.get(position) instanceof JsonObject call
              && call.object("function") != null) {
            int tool = indexOf(call, position);
            var rehydrator =
                replace(
                    call.object("function"),
                    "arguments",
                    state.tools.get(tool),
                    argumentRehydrators);
            if (rehydrator != null) {
              // A chunk may name the function without any arguments yet.
              state.tools.put(tool, rehydrator);
            }
          }
        }
      }
    }
    if (choice.get("finish_reason") instanceof JsonString) {
      if (delta == null) {
        delta = new JsonObject();
        choice.put("delta", delta);
      }
      state.flushInto(delta);
      state.collectFailures(failures);
      choices.remove(index);
    }
  }

  private static StreamingRehydrator replace(
      JsonObject object,
      String key,
      StreamingRehydrator current,
      Supplier<StreamingRehydrator> rehydrators) {
    if (!(object.get(key) instanceof JsonString text)) {
      return current;
    }
    var rehydrator = current == null ? rehydrators.get() : current;
    object.put(key, new JsonString(rehydrator.accept(text.value())));
    return rehydrator;
  }

  private static int indexOf(JsonObject object, int fallback) {
    if (object.get("index") instanceof JsonNumber number) {
      try {
        return Integer.parseInt(number.text());
      } catch (NumberFormatException notAnInt) {
        return fallback;
      }
    }
    return fallback;
  }

  private static JsonObject header(JsonObject chunk) {
    var header = new JsonObject();
    for (var key : List.of("id", "object", "created", "model", "system_fingerprint")) {
      var value = chunk.get(key);
      if (value != null) {
        header.put(key, value);
      }
    }
    return header;
  }

  private static JsonObject copy(JsonObject header) {
    var copy = new JsonObject();
    for (var entry : header.entries()) {
      copy.put(entry.getKey(), entry.getValue());
    }
    if (!copy.has("object")) {
      copy.put("object", new JsonString("chat.completion.chunk"));
    }
    return copy;
  }

  /** The rehydrators of one choice. */
  private static final class Choice {
    StreamingRehydrator content;
    StreamingRehydrator refusal;
    final Map<Integer, StreamingRehydrator> tools = new TreeMap<>();
    boolean flushed;

    void flushInto(JsonObject delta) {
      if (flushed) {
        return;
      }
      flushed = true;
      append(delta, "content", content);
      append(delta, "refusal", refusal);
      for (var tool : tools.entrySet()) {
        var rest = tool.getValue().finish();
        if (!rest.isEmpty()) {
          appendArguments(delta, tool.getKey(), rest);
        }
      }
    }

    void collectFailures(List<RehydrationFailure> into) {
      if (content != null) {
        into.addAll(content.failures());
      }
      if (refusal != null) {
        into.addAll(refusal.failures());
      }
      for (var tool : tools.values()) {
        into.addAll(tool.failures());
      }
    }

    private static void append(JsonObject delta, String key, StreamingRehydrator rehydrator) {
      if (rehydrator == null) {
        return;
      }
      var rest = rehydrator.finish();
      if (!rest.isEmpty()) {
        var before = delta.string(key);
        delta.put(key, new JsonString(before == null ? rest : before + rest));
      }
    }

    private static void appendArguments(JsonObject delta, int tool, String rest) {
      var toolCalls = delta.array("tool_calls");
      if (toolCalls == null) {
        toolCalls = new JsonArray();
        delta.put("tool_calls", toolCalls);
      }
      for (Json call : toolCalls) {
        if (call instanceof JsonObject object
            && indexOf(object, -1) == tool
            && object.object("function") != null) {
          var function = object.object("function");
          var before = function.string("arguments");
          function.put("arguments", new JsonString(before == null ? rest : before + rest));
          return;
        }
      }
      var function = new JsonObject().put("arguments", new JsonString(rest));
      toolCalls.add(
          new JsonObject()
              .put("index", new JsonNumber(Integer.toString(tool)))
              .put("function", function));
    }
  }
}
