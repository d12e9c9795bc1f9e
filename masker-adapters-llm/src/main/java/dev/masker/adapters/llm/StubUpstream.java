package dev.masker.adapters.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UpstreamReply;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The built-in {@code stub} upstream (SPEC §11): answers like OpenAI, streamed or not, by repeating
 * the last user message it received, so a demo needs no LLM and shows the masked request going up
 * and the rehydrated answer coming back.
 *
 * <p>The answer is the last {@code user} message's content: the string, or the {@code text} of its
 * text parts joined by a line break. Streamed, it comes word by word in {@code
 * chat.completion.chunk} events (the first carrying the role, the last the finish reason), plus the
 * usage chunk with {@code choices: []} when {@code stream_options.include_usage} is true. Token
 * counts are rough (words), as a stub's may be. A non-streamed answer also carries {@code
 * stub_received}: the same text outside the message, which the proxy does not rehydrate, so a demo
 * shows the masked text the upstream received next to the rehydrated answer.
 */
final class StubUpstream implements UpstreamLlm {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Clock clock;

  StubUpstream(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UpstreamReply complete(UpstreamCall call) {
    Request request;
    try {
      request = Request.read(call);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return badRequest();
    }
    var answer = JSON.createObjectNode();
    answer.put("id", newId());
    answer.put("object", "chat.completion");
    answer.put("created", clock.instant().getEpochSecond());
    answer.put("model", request.model);
    var choice = answer.putArray("choices").addObject();
    choice.put("index", 0);
    var message = choice.putObject("message");
    message.put("role", "assistant");
    message.put("content", request.userText);
    message.putNull("refusal");
    choice.putNull("logprobs");
    choice.put("finish_reason", "stop");
    answer.set("usage", usage(request));
    // Outside the message, so the proxy passes it on as it is: the caller sees what went up.
    answer.put("stub_received", request.userText);
    return new UpstreamReply.Completion(200, write(answer));
  }

  @Override
  public void stream(UpstreamCall call, StreamListener listener) {
    Request request;
    try {
      request = Request.read(call);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      listener.onFailure(badRequest());
      return;
    }
    var id = newId();
    long created = clock.instant().getEpochSecond();

    var first = chunk(id, created, request);
    var delta = firstChoice(first).putObject("delta");
    delta.put("role", "assistant");
    delta.put("content", "");
    listener.onEvent(write(first));

    for (String piece : words(request.userText)) {
      var chunk = chunk(id, created, request);
      firstChoice(chunk).putObject("delta").put("content", piece);
      listener.onEvent(write(chunk));
    }

    var last = chunk(id, created, request);
    var lastChoice = firstChoice(last);
    lastChoice.putObject("delta");
    lastChoice.put("finish_reason", "stop");
    listener.onEvent(write(last));

    if (request.includeUsage) {
      var usage = JSON.createObjectNode();
      usage.put("id", id);
      usage.put("object", "chat.completion.chunk");
      usage.put("created", created);
      usage.put("model", request.model);
      usage.putArray("choices");
      usage.set("usage", usage(request));
      listener.onEvent(write(usage));
    }
    listener.onComplete();
  }

  private static ObjectNode chunk(String id, long created, Request request) {
    var chunk = JSON.createObjectNode();
    chunk.put("id", id);
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", created);
    chunk.put("model", request.model);
    var choice = chunk.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putNull("logprobs");
    choice.putNull("finish_reason");
    if (request.includeUsage) {
      chunk.putNull("usage");
    }
    return chunk;
  }

  private static ObjectNode firstChoice(ObjectNode chunk) {
    return (ObjectNode) chunk.get("choices").get(0);
  }

  private static ObjectNode usage(Request request) {
    var usage = JSON.createObjectNode();
    int completion = words(request.userText).size();
    usage.put("prompt_tokens", request.promptWords);
    usage.put("completion_tokens", completion);
    usage.put("total_tokens", request.promptWords + completion);
    return usage;
  }

  /** {@code text} cut after each run of whitespace: the pieces concatenate to {@code text}. */
  static List<String> words(String text) {
    var pieces = new ArrayList<String>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      boolean nextIsSpace = i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
      if (space && !nextIsSpace) {
        pieces.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      pieces.add(text.substring(start));
    }
    return pieces;
  }

  private static UpstreamFailure badRequest() {
    return new UpstreamFailure.ErrorStatus(
        400, "The stub upstream needs a JSON object with a messages array.");
  }

  private static String newId() {
    var random = ThreadLocalRandom.current();
    return "chatcmpl-stub" + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** What the stub needs of a Chat Completions request. */
  private static final class Request {
    final String model;
    final String userText;
    final int promptWords;
    final boolean includeUsage;

    private Request(String model, String userText, int promptWords, boolean includeUsage) {
      this.model = model;
      this.userText = userText;
      this.promptWords = promptWords;
      this.includeUsage = includeUsage;
    }

    static Request read(UpstreamCall call) throws JsonProcessingException {
      JsonNode root = JSON.readTree(call.jsonBody());
      if (root == null || !root.isObject() || !root.path("messages").isArray()) {
        throw new IllegalArgumentException("not a chat completions request");
      }
      String userText = "";
      int promptWords = 0;
      for (JsonNode message : root.path("messages")) {
        var text = text(message.path("content"));
        promptWords += words(text).size();
        if ("user".equals(message.path("role").asText())) {
          userText = text;
        }
      }
      var model =
          root.path("model").isTextual()
              ? root.path("model").asText()
              : call.model() == null ? "stub" : call.model();
      boolean includeUsage = root.path("stream_options").path("include_usage").asBoolean(false);
      return new Request(model, userText, promptWords, includeUsage);
    }

    /** A content string, or the text parts of a content array joined by line breaks. */
    private static String text(JsonNode content) {
      if (content.isTextual()) {
        return content.asText();
      }
      if (!content.isArray()) {
        return "";
      }
      var parts = new ArrayList<String>();
      for (JsonNode part : content) {
        if ("text".equals(part.path("type").asText()) && part.path("text").isTextual()) {
          parts.add(part.path("text").asText());
        }
      }
      return String.join("\n", parts);
    }
  }
}
