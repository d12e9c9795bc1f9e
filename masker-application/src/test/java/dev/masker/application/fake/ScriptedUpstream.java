package dev.masker.application.fake;

import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UpstreamReply;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An upstream that records every call and answers as scripted; by default like the stub: it repeats
 * the last user message, whole or word by word (with the usage chunk when the request asks for it).
 * Like a real adapter it stops and rethrows when the listener throws.
 */
public final class ScriptedUpstream implements UpstreamLlm {
  private final List<UpstreamCall> calls = new ArrayList<>();
  private Function<UpstreamCall, UpstreamReply> completion = ScriptedUpstream::echo;
  private BiConsumer<UpstreamCall, StreamListener> stream = ScriptedUpstream::echoStream;

  @Override
  public synchronized UpstreamReply complete(UpstreamCall call) {
    calls.add(call);
    return completion.apply(call);
  }

  @Override
  public synchronized void stream(UpstreamCall call, StreamListener listener) {
    calls.add(call);
    stream.accept(call, listener);
  }

  /** Answers non-streamed requests with {@code answer}. */
  public void answer(Function<UpstreamCall, UpstreamReply> answer) {
    this.completion = answer;
  }

  /** Answers streamed requests with {@code script}. */
  public void streamWith(BiConsumer<UpstreamCall, StreamListener> script) {
    this.stream = script;
  }

  /** Fails every request, streamed ones before any event. */
  public void failWith(UpstreamFailure failure) {
    answer(call -> failure);
    streamWith((call, listener) -> listener.onFailure(failure));
  }

  /** Streams these events, then {@code [DONE]}. */
  public void streamEvents(List<String> events) {
    streamWith(
        (call, listener) -> {
          events.forEach(listener::onEvent);
          listener.onComplete();
        });
  }

  /** Streams these events, then fails. */
  public void streamEventsThenFail(List<String> events, UpstreamFailure failure) {
    streamWith(
        (call, listener) -> {
          events.forEach(listener::onEvent);
          listener.onFailure(failure);
        });
  }

  public synchronized List<UpstreamCall> calls() {
    return List.copyOf(calls);
  }

  /** The body of the last request, as the upstream received it. */
  public synchronized String lastBody() {
    if (calls.isEmpty()) {
      throw new AssertionError("the upstream was never called");
    }
    return calls.get(calls.size() - 1).jsonBody();
  }

  /** The content of the last {@code user} message of a request body (text parts joined). */
  public static String lastUserText(String jsonBody) {
    var text = "";
    for (var message : JsonParser.parseObject(jsonBody).array("messages")) {
      var object = (JsonObject) message;
      if ("user".equals(object.string("role"))) {
        text = object.string("content") == null ? "" : object.string("content");
      }
    }
    return text;
  }

  /** A {@code chat.completion} whose one message says {@code content}. */
  public static UpstreamReply.Completion completionSaying(String content) {
    var message =
        new JsonObject()
            .put("role", new JsonString("assistant"))
            .put("content", new JsonString(content))
            .put("refusal", JsonNull.NULL);
    var choice =
        new JsonObject()
            .put("index", new JsonNumber("0"))
            .put("message", message)
            .put("logprobs", JsonNull.NULL)
            .put("finish_reason", new JsonString("stop"));
    var answer =
        header("chat.completion").put("choices", new JsonArray().add(choice)).put("usage", usage());
    return new UpstreamReply.Completion(200, JsonWriter.write(answer));
  }

  /** A {@code chat.completion.chunk} of choice 0 with this delta and finish reason (or null). */
  public static String chunk(JsonObject delta, String finishReason) {
    var choice =
        new JsonObject()
            .put("index", new JsonNumber("0"))
            .put("delta", delta)
            .put("logprobs", JsonNull.NULL)
            .put(
                "finish_reason",
                finishReason == null ? JsonNull.NULL : new JsonString(finishReason));
    return JsonWriter.write(
        header("chat.completion.chunk").put("choices", new JsonArray().add(choice)));
  }

  public static String contentChunk(String content) {
    return chunk(new JsonObject().put("content", new JsonString(content)), null);
  }

  /** The usage-only chunk ({@code choices: []}). */
  public static String usageChunk() {
    return JsonWriter.write(
        header("chat.completion.chunk").put("choices", new JsonArray()).put("usage", usage()));
  }

  private static UpstreamReply echo(UpstreamCall call) {
    return completionSaying(lastUserText(call.jsonBody()));
  }

  private static void echoStream(UpstreamCall call, StreamListener listener) {
    var text = lastUserText(call.jsonBody());
    listener.onEvent(
        chunk(
            new JsonObject()
                .put("role", new JsonString("assistant"))
                .put("content", new JsonString("")),
            null));
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        listener.onEvent(contentChunk(text.substring(start, i + 1)));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      listener.onEvent(contentChunk(text.substring(start)));
    }
    listener.onEvent(chunk(new JsonObject(), "stop"));
    var options = JsonParser.parseObject(call.jsonBody()).object("stream_options");
    if (options != null && options.get("include_usage") == JsonBoolean.TRUE) {
      listener.onEvent(usageChunk());
    }
    listener.onComplete();
  }

  private static JsonObject header(String object) {
    return new JsonObject()
        .put("id", new JsonString("chatcmpl-fake"))
        .put("object", new JsonString(object))
        .put("created", new JsonNumber("1700000000"))
        .put("model", new JsonString("gpt-4o-mini"));
  }

  private static JsonObject usage() {
    return new JsonObject()
        .put("prompt_tokens", new JsonNumber("10"))
        .put("completion_tokens", new JsonNumber("5"))
        .put("total_tokens", new JsonNumber("15"));
  }
}
