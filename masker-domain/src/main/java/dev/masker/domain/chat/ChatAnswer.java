package dev.masker.domain.chat;

import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.rehydrate.Rehydration;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A non-streamed {@code chat.completion} with the real values put back (SPEC §6 step 6): each
 * choice's message {@code content}, {@code refusal}, tool-call and legacy function-call {@code
 * arguments}. Arguments are rehydrated as text, exactly as a streamed answer's fragments are, so
 * both ways give the same answer; but as JSON text, their values escaped as JSON string content
 * ({@link dev.masker.domain.masking.rehydrate.ValueEscaping#JSON_STRING}), so that a value with a
 * quote, a backslash or a control character keeps them JSON.
 *
 * @param json the answer to send to the caller
 * @param failures the tokens that could not be rehydrated (redacted in the answer)
 */
public record ChatAnswer(String json, List<RehydrationFailure> failures) {
  public ChatAnswer {
    failures = List.copyOf(failures);
  }

  /**
   * Rehydrates arguments with the same function as text: only right when values never need JSON
   * escaping; see {@link #rehydrate(String, Function, Function)}.
   *
   * @throws dev.masker.domain.json.JsonSyntaxException when {@code upstreamJson} is not a JSON
   *     object
   */
  public static ChatAnswer rehydrate(String upstreamJson, Function<String, Rehydration> rehydrate) {
    return rehydrate(upstreamJson, rehydrate, rehydrate);
  }

  /**
   * @param text rehydrates {@code content} and {@code refusal}
   * @param arguments rehydrates tool-call and function-call {@code arguments}: JSON text, so values
   *     should come back escaped as JSON string content
   * @throws dev.masker.domain.json.JsonSyntaxException when {@code upstreamJson} is not a JSON
   *     object
   */
  public static ChatAnswer rehydrate(
      String upstreamJson,
      Function<String, Rehydration> text,
      Function<String, Rehydration> arguments) {
    var answer = JsonParser.parseObject(upstreamJson);
    var failures = new ArrayList<RehydrationFailure>();
    var choices = answer.array("choices");
    if (choices != null) {
      for (var choice : choices) {
        if (choice instanceof JsonObject object && object.object("message") != null) {
          rehydrateMessage(object.object("message"), text, arguments, failures);
        }
      }
    }
    return new ChatAnswer(JsonWriter.write(answer), failures);
  }

  private static void rehydrateMessage(
      JsonObject message,
      Function<String, Rehydration> text,
      Function<String, Rehydration> arguments,
      List<RehydrationFailure> failures) {
    rehydrateField(message, "content", text, failures);
    rehydrateField(message, "refusal", text, failures);
    var toolCalls = message.array("tool_calls");
    if (toolCalls != null) {
      rehydrateToolCalls(toolCalls, arguments, failures);
    }
    var functionCall = message.object("function_call");
    if (functionCall != null) {
      rehydrateField(functionCall, "arguments", arguments, failures);
    }
  }

  private static void rehydrateToolCalls(
      JsonArray toolCalls,
      Function<String, Rehydration> rehydrate,
      List<RehydrationFailure> failures) {
    for (var call : toolCalls) {
      if (call instanceof JsonObject object && object.object("function") != null) {
        rehydrateField(object.object("function"), "arguments", rehydrate, failures);
      }
    }
  }

  private static void rehydrateField(
      JsonObject object,
      String key,
      Function<String, Rehydration> rehydrate,
      List<RehydrationFailure> failures) {
    if (object.get(key) instanceof JsonString text && !text.value().isEmpty()) {
      var rehydrated = rehydrate.apply(text.value());
      failures.addAll(rehydrated.failures());
      object.put(key, new JsonString(rehydrated.text()));
    }
  }

  @Override
  public String toString() {
    return "ChatAnswer[" + json.length() + " chars, failures=" + failures + "]";
  }
}
