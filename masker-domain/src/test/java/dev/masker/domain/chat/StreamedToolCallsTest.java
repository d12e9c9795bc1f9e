package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatFixtures.SESSION;
import static dev.masker.domain.chat.Chunks.arguments;
import static dev.masker.domain.chat.Chunks.finish;
import static dev.masker.domain.chat.Chunks.relay;
import static dev.masker.domain.chat.Chunks.role;
import static dev.masker.domain.chat.Chunks.toolArguments;
import static dev.masker.domain.chat.Chunks.toolCallStart;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.rehydrate.ValueEscaping;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streamed tool calls: each call's arguments fragments are rehydrated on their own. */
class StreamedToolCallsTest {
  private static final String BOOK =
      "{\"patient\":\"Maria Lopez\",\"dob\":\"born March 3rd 1961\"}";

  /** A name a transcript separated with a tab: JSON text needs it escaped. */
  private static final String SMS = "{\"to\":\"415 555 2671\",\"text\":\"Hi José\\tGarcía 😀 中文\"}";

  private final Masker masker = ChatFixtures.masker();

  private StreamedAnswer answer() {
    return new StreamedAnswer(
        () -> masker.streamRehydrator(SESSION),
        () -> masker.streamRehydrator(SESSION, ValueEscaping.JSON_STRING));
  }

  /** The arguments as the upstream writes them: masked like the request was. */
  private String upstreamArguments(String arguments) {
    var request =
        ChatRequest.parse(
            "{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"function_call\":"
                + "{\"name\":\"f\",\"arguments\":"
                + JsonWriter.write(new JsonString(arguments))
                + "}}]}");
    request.mask(TextMask.of(masker, SESSION), masker.policy().requestRules());
    var message = (JsonObject) JsonParser.parseObject(request.toJson()).array("messages").get(0);
    return message.object("function_call").string("arguments");
  }

  /** The arguments of each tool call of the non-streamed answer with these upstream arguments. */
  private List<String> nonStreamed(String... upstreamArguments) {
    var calls = new JsonArray();
    for (int i = 0; i < upstreamArguments.length; i++) {
      var function =
          new JsonObject()
              .put("name", new JsonString("f" + i))
              .put("arguments", new JsonString(upstreamArguments[i]));
      calls.add(new JsonObject().put("id", new JsonString("call_" + i)).put("function", function));
    }
    var message =
        new JsonObject().put("role", new JsonString("assistant")).put("tool_calls", calls);
    var answer =
        ChatAnswer.rehydrate(
            ChatFixtures.completion(JsonWriter.write(message)),
            text -> masker.rehydrateWithReport(SESSION, text),
            json -> masker.rehydrateWithReport(SESSION, json, ValueEscaping.JSON_STRING));
    var result = new ArrayList<String>();
    for (var call : ChatFixtures.firstMessage(answer.json()).array("tool_calls")) {
      result.add(((JsonObject) call).object("function").string("arguments"));
    }
    return result;
  }

  @Test
  void two_interleaved_tool_calls_each_get_the_non_streamed_arguments() {
    var book = upstreamArguments(BOOK);
    var sms = upstreamArguments(SMS);
    assertThat(book + sms).doesNotContain("Maria", "2671", "1961");
    var frames = new ArrayList<String>(List.of(role(0), toolCallStart(0, 0, "book")));
    frames.add(toolCallStart(0, 1, "sms"));
    for (int i = 0; i < Math.max(book.length(), sms.length()); i += 3) {
      frames.add(
          toolArguments(
              0, 0, book.substring(Math.min(i, book.length()), Math.min(i + 3, book.length()))));
      frames.add(
          toolArguments(
              0, 1, sms.substring(Math.min(i, sms.length()), Math.min(i + 3, sms.length()))));
    }
    frames.add(finish(0, "tool_calls"));

    var out = relay(answer(), frames);

    assertThat(arguments(out, 0)).containsEntry(0, BOOK).containsEntry(1, SMS).hasSize(2);
    assertThat(nonStreamed(book, sms)).containsExactly(BOOK, SMS);
  }

  @Test
  void every_split_of_the_arguments_gives_the_non_streamed_arguments() {
    for (var original : List.of(BOOK, SMS)) {
      var upstream = upstreamArguments(original);
      var expected = nonStreamed(upstream).get(0);
      assertThat(expected).isEqualTo(original);

      for (int cut = 0; cut <= upstream.length(); cut++) {
        var frames =
            List.of(
                role(0),
                toolCallStart(0, 0, "book"),
                toolArguments(0, 0, upstream.substring(0, cut)),
                toolArguments(0, 0, upstream.substring(cut)),
                finish(0, "tool_calls"));

        assertThat(arguments(relay(answer(), frames), 0))
            .as("cut %d", cut)
            .containsEntry(0, expected);
      }
    }
  }

  @Test
  void rehydrated_arguments_stay_json_when_a_value_needs_escaping_but_content_does_not() {
    var sms = upstreamArguments(SMS);
    var frames = List.of(toolCallStart(0, 0, "sms"), toolArguments(0, 0, sms), finish(0, "stop"));

    var arguments = arguments(relay(answer(), frames), 0).get(0);

    assertThat(JsonParser.parseObject(arguments).string("text")).isEqualTo("Hi José\tGarcía 😀 中文");
    var prose = masker.mask(SESSION, "José\tGarcía").text();
    var out = relay(answer(), List.of(Chunks.content(0, prose), finish(0, "stop")));
    assertThat(Chunks.contents(out)).containsEntry(0, "José\tGarcía");
  }

  @Test
  void held_arguments_go_out_with_the_finish_reason_chunk_under_their_tool_call_index() {
    var sms = upstreamArguments(SMS);
    var answer = answer();
    answer.chunk(toolCallStart(0, 1, "sms"));
    answer.chunk(toolArguments(0, 1, sms.substring(0, sms.indexOf("MSKV1") + 12)));

    var last = JsonParser.parseObject(answer.chunk(finish(0, "tool_calls")));

    var choice = (JsonObject) last.array("choices").get(0);
    assertThat(choice.string("finish_reason")).isEqualTo("tool_calls");
    var call = (JsonObject) choice.object("delta").array("tool_calls").get(0);
    assertThat(call.get("index")).isEqualTo(new JsonNumber("1"));
    assertThat(call.object("function").string("arguments")).isEqualTo("MSKV1.PHONE.");
  }

  @Test
  void a_tool_call_chunk_without_arguments_passes_and_does_not_break_the_stream() {
    var book = upstreamArguments(BOOK);
    var nameOnly =
        Chunks.chunk(
            0,
            JsonParser.parseObject(
                "{\"tool_calls\":[{\"index\":0,\"id\":\"call_0\",\"type\":\"function\","
                    + "\"function\":{\"name\":\"book\"}}]}"),
            null);
    var frames = List.of(role(0), nameOnly, toolArguments(0, 0, book), finish(0, "tool_calls"));

    var out = relay(answer(), frames);

    assertThat(arguments(out, 0)).containsEntry(0, BOOK);
    assertThat(out.get(1)).isEqualTo(nameOnly);
  }

  @Test
  void a_tool_call_that_never_gets_arguments_ends_cleanly() {
    var nameOnly =
        Chunks.chunk(
            0,
            JsonParser.parseObject(
                "{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"hang_up\"}}]}"),
            null);

    var out = relay(answer(), List.of(role(0), nameOnly, finish(0, "tool_calls")));

    assertThat(out).hasSize(3);
    assertThat(arguments(out, 0)).isEmpty();
  }
}
