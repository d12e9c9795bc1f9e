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
  private final List<RehydratedText> rehydrated = new ArrayList<>();
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
      entry.getValue().flushInto(delta, rehydrated);
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

  /**
   * Each field of the choices finished so far (by their {@code finish_reason} or by {@link
   * #finish()}) as the upstream wrote it and as the caller got it; a field longer than {@link
   * Field#MAX_KEPT_CHARS} is left out.
   */
  public List<RehydratedText> rehydrated() {
    return List.copyOf(rehydrated);
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
      state.content = replace(delta, "content", state.content, textRehydrators, false);
      state.refusal = replace(delta, "refusal", state.refusal, textRehydrators, false);
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
                    argumentRehydrators,
                    true);
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
      state.flushInto(delta, rehydrated);
      state.collectFailures(failures);
      choices.remove(index);
    }
  }

  private static Field replace(
      JsonObject object,
      String key,
      Field current,
      Supplier<StreamingRehydrator> rehydrators,
      boolean arguments) {
    if (!(object.get(key) instanceof JsonString text)) {
      return current;
    }
    var field = current == null ? new Field(rehydrators.get(), arguments) : current;
    object.put(key, new JsonString(field.accept(text.value())));
    return field;
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

  /** One rehydrated field of a choice, and (up to a bound) its text on both sides. */
  private static final class Field {
    /** The longest field whose text is kept for {@link #rehydrated()}. */
    static final int MAX_KEPT_CHARS = 64 * 1024;

    final StreamingRehydrator rehydrator;
    final boolean arguments;
    private StringBuilder upstream = new StringBuilder();
    private StringBuilder caller = new StringBuilder();

    Field(StreamingRehydrator rehydrator, boolean arguments) {
      this.rehydrator = rehydrator;
      this.arguments = arguments;
    }

    String accept(String fragment) {
      var out = rehydrator.accept(fragment);
      keep(fragment, out);
      return out;
    }

    String finish() {
      var out = rehydrator.finish();
      keep("", out);
      return out;
    }

    List<RehydrationFailure> failures() {
      return rehydrator.failures();
    }

    RehydratedText text() {
      return upstream == null
          ? null
          : new RehydratedText(upstream.toString(), caller.toString(), arguments);
    }

    private void keep(String in, String out) {
      if (upstream == null) {
        return;
      }
      if (upstream.length() + in.length() > MAX_KEPT_CHARS
          || caller.length() + out.length() > MAX_KEPT_CHARS) {
        upstream = null;
        caller = null;
        return;
      }
      upstream.append(in);
      caller.append(out);
    }
  }

  /** The rehydrated fields of one choice. */
  private static final class Choice {
    Field content;
    Field refusal;
    final Map<Integer, Field> tools = new TreeMap<>();
    boolean flushed;

    void flushInto(JsonObject delta, List<RehydratedText> rehydrated) {
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
      for (var field : fields()) {
        var text = field.text();
        if (text != null) {
          rehydrated.add(text);
        }
      }
    }

    private List<Field> fields() {
      var fields = new ArrayList<Field>();
      if (content != null) {
        fields.add(content);
      }
      if (refusal != null) {
        fields.add(refusal);
      }
      fields.addAll(tools.values());
      return fields;
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

    private static void append(JsonObject delta, String key, Field field) {
      if (field == null) {
        return;
      }
      var rest = field.finish();
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
