package dev.masker.server.proxy;

import static dev.masker.server.proxy.WireUpstream.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.masker.server.proxy.WireUpstream.Behaviour;
import dev.masker.server.proxy.WireUpstream.Received;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** What the {@link WireUpstream} can be told to do, and the OpenAI-shaped JSON it answers with. */
public final class Behaviours {
  /** A tool call of an answer: id, function name, arguments as the model wrote them. */
  public record ToolCall(String id, String name, String arguments) {}

  private Behaviours() {}

  /**
   * Answers like the built-in stub: the content is the last user message it received (tokens and
   * all), so they come back through the proxy to be rehydrated. Streamed word by word when the
   * request says {@code stream}, with the usage chunk when {@code stream_options.include_usage}.
   */
  public static Behaviour echo() {
    return exchange -> {
      var request = exchange.request();
      var text = lastUserText(request.json());
      if (!request.json().path("stream").asBoolean()) {
        exchange.json(200, completion(request.model(), text));
        return;
      }
      var frames = new ArrayList<String>();
      frames.add(chunk(request.model(), 0, delta("assistant", ""), null));
      for (var word : words(text)) {
        frames.add(chunk(request.model(), 0, delta(null, word), null));
      }
      frames.add(chunk(request.model(), 0, JSON.createObjectNode(), "stop"));
      if (request.json().path("stream_options").path("include_usage").asBoolean()) {
        frames.add(usageChunk(request.model(), 11, words(text).size()));
      }
      exchange.events(sse(frames, true));
    };
  }

  /** A non-streamed answer whose content is computed from the request. */
  public static Behaviour answer(Function<Received, String> content) {
    return exchange ->
        exchange.json(
            200, completion(exchange.request().model(), content.apply(exchange.request())));
  }

  /** A non-streamed answer that calls tools, computed from the request. */
  public static Behaviour toolCalls(Function<Received, List<ToolCall>> calls) {
    return exchange -> {
      var request = exchange.request();
      var answer = completionSkeleton(request.model());
      var message = (ObjectNode) answer.path("choices").path(0).path("message");
      message.putNull("content");
      var list = message.putArray("tool_calls");
      for (var call : calls.apply(request)) {
        var item = list.addObject();
        item.put("id", call.id());
        item.put("type", "function");
        item.putObject("function").put("name", call.name()).put("arguments", call.arguments());
      }
      ((ObjectNode) answer.path("choices").path(0)).put("finish_reason", "tool_calls");
      exchange.json(200, answer.toString());
    };
  }

  /** A 200 event stream of exactly these bytes, computed from the request. */
  public static Behaviour stream(Function<Received, List<byte[]>> pieces) {
    return exchange -> exchange.events(pieces.apply(exchange.request()));
  }

  /**
   * These bytes of a stream, then a TCP reset once the test counts {@code arrived} down (it saw the
   * bytes through the proxy) or a long limit passes.
   */
  public static Behaviour streamThenReset(
      Function<Received, List<byte[]>> pieces, CountDownLatch arrived) {
    return exchange -> exchange.eventsThenReset(pieces.apply(exchange.request()), arrived);
  }

  /** These bytes of a stream, then silence. */
  public static Behaviour streamThenStall(Function<Received, List<byte[]>> pieces) {
    return exchange -> exchange.eventsThenStall(pieces.apply(exchange.request()));
  }

  /** An error status with an OpenAI error body. */
  public static Behaviour status(int status, String type, String message) {
    return exchange -> {
      var body = JSON.createObjectNode();
      body.putObject("error")
          .put("message", message)
          .put("type", type)
          .putNull("param")
          .put("code", type);
      exchange.json(status, body.toString());
    };
  }

  /** Never answers. */
  public static Behaviour stall() {
    return WireUpstream.Exchange::stall;
  }

  /** 200 with these bytes as the body. */
  public static Behaviour raw(String contentType, String body) {
    return exchange -> exchange.respond(200, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  // --- JSON of answers ---------------------------------------------------------------------------

  public static String completion(String model, String content) {
    var answer = completionSkeleton(model);
    ((ObjectNode) answer.path("choices").path(0).path("message")).put("content", content);
    return answer.toString();
  }

  private static ObjectNode completionSkeleton(String model) {
    var answer = JSON.createObjectNode();
    answer.put("id", "chatcmpl-fake");
    answer.put("object", "chat.completion");
    answer.put("created", 1_700_000_000L);
    answer.put("model", model);
    var choice = answer.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putObject("message").put("role", "assistant").putNull("refusal");
    choice.putNull("logprobs");
    choice.put("finish_reason", "stop");
    answer.putObject("usage").put("prompt_tokens", 11).put("completion_tokens", 7);
    ((ObjectNode) answer.path("usage")).put("total_tokens", 18);
    return answer;
  }

  /** A {@code chat.completion.chunk} with one choice. */
  public static String chunk(String model, int index, ObjectNode delta, String finishReason) {
    return chunk(model, List.of(choice(index, delta, finishReason)));
  }

  /** A {@code chat.completion.chunk} with these choices. */
  public static String chunk(String model, List<ObjectNode> choices) {
    var chunk = JSON.createObjectNode();
    chunk.put("id", "chatcmpl-fake");
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", 1_700_000_000L);
    chunk.put("model", model);
    ArrayNode list = chunk.putArray("choices");
    choices.forEach(list::add);
    return chunk.toString();
  }

  public static ObjectNode choice(int index, ObjectNode delta, String finishReason) {
    var choice = JSON.createObjectNode();
    choice.put("index", index);
    choice.set("delta", delta);
    choice.putNull("logprobs");
    if (finishReason == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finishReason);
    }
    return choice;
  }

  public static ObjectNode delta(String role, String content) {
    var delta = JSON.createObjectNode();
    if (role != null) {
      delta.put("role", role);
    }
    if (content != null) {
      delta.put("content", content);
    }
    return delta;
  }

  /** A delta with one tool call's fragment; the first fragment carries id and name. */
  public static ObjectNode toolDelta(int tool, String id, String name, String arguments) {
    var call = JSON.createObjectNode();
    call.put("index", tool);
    if (id != null) {
      call.put("id", id);
      call.put("type", "function");
    }
    var function = call.putObject("function");
    if (name != null) {
      function.put("name", name);
    }
    function.put("arguments", arguments);
    var delta = JSON.createObjectNode();
    delta.putArray("tool_calls").add(call);
    return delta;
  }

  public static String usageChunk(String model, int prompt, int completion) {
    var chunk = JSON.createObjectNode();
    chunk.put("id", "chatcmpl-fake");
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", 1_700_000_000L);
    chunk.put("model", model);
    chunk.putArray("choices");
    chunk
        .putObject("usage")
        .put("prompt_tokens", prompt)
        .put("completion_tokens", completion)
        .put("total_tokens", prompt + completion);
    return chunk.toString();
  }

  /** Each frame as {@code data: …\n\n} bytes, then {@code data: [DONE]} when {@code done}. */
  public static List<byte[]> sse(List<String> frames, boolean done) {
    var pieces = new ArrayList<byte[]>();
    for (var frame : frames) {
      pieces.add(("data: " + frame + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
    if (done) {
      pieces.add("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    }
    return pieces;
  }

  /**
   * {@code json} with every non-ASCII character escaped ({@code \\u00eb}), so that a string may end
   * between the two halves of a surrogate pair and still travel as valid UTF-8.
   */
  public static String ascii(String json) {
    var out = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The last user message's text: its content string, or its text parts joined by a newline. */
  public static String lastUserText(JsonNode request) {
    String text = "";
    for (var message : request.path("messages")) {
      if (!"user".equals(message.path("role").asText())) {
        continue;
      }
      var content = message.path("content");
      if (content.isTextual()) {
        text = content.asText();
      } else {
        var parts = new ArrayList<String>();
        content.forEach(part -> parts.add(part.path("text").asText()));
        text = String.join("\n", parts);
      }
    }
    return text;
  }

  /** {@code text} cut after each run of spaces; the pieces concatenate to {@code text}. */
  static List<String> words(String text) {
    var pieces = new ArrayList<String>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ' && (i + 1 == text.length() || text.charAt(i + 1) != ' ')) {
        pieces.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      pieces.add(text.substring(start));
    }
    return pieces;
  }
}
