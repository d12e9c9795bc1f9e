package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatFixtures.SESSION;
import static dev.masker.domain.chat.ChatFixtures.TOKEN;
import static dev.masker.domain.chat.ChatFixtures.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Masking a request: every field that can carry PHI, and nothing else. */
class ChatRequestMaskingTest {
  private static final String[] PHI = {
    "Maria", "Lopez", "415 555 2671", "2671", "March 3rd", "1961"
  };

  /** PHI planted in every kind of field the proxy masks, and in some it must leave alone. */
  private static final String REQUEST =
      """
      {
        "model": "gpt-4o-mini",
        "messages": [
          {"role": "system", "content": "Caller is Maria Lopez, born March 3rd 1961."},
          {"role": "user", "name": "Maria Lopez", "content": [
            {"type": "text", "text": "Call me at 415 555 2671"},
            {"type": "image_url", "image_url": {"url": "https://example.com/x.png"}}
          ]},
          {"role": "assistant",
           "content": [{"type": "refusal", "refusal": "I cannot call 415 555 2671"}],
           "refusal": "Not for Maria Lopez",
           "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "book",
             "arguments": "{\\"patient\\": \\"Maria Lopez\\", \\"age\\": 63, \\"weight\\": 1.50e1, \\"phones\\": [\\"415 555 2671\\"], \\"vip\\": true, \\"note\\": null}"}}]},
          {"role": "tool", "tool_call_id": "call_1", "content": "Booked Maria Lopez, born March 3rd 1961"},
          {"role": "assistant", "content": null,
           "function_call": {"name": "lookup", "arguments": "patient Maria Lopez at 415 555 2671"}}
        ],
        "tools": [{"type": "function", "function": {"name": "book",
          "description": "Books a slot for Maria Lopez",
          "parameters": {"type": "object", "properties": {"patient": {"type": "string",
            "description": "like 415 555 2671"}}}}}],
        "logprobs": true,
        "x_custom": {"note": "Maria Lopez", "n": [1, 2.50, -0]},
        "user": "caller Maria Lopez"
      }
      """;

  /** A policy's rules that let the fixture's image part and its vendor field through. */
  private static final RequestRules RULES =
      new RequestRules(Set.of("image_url"), Map.of("x_custom", RequestRules.ExtraField.MASK));

  private final Masker masker = ChatFixtures.masker();
  private final TextMask mask = TextMask.of(masker, SESSION);

  private JsonObject masked(String json) {
    var request = ChatRequest.parse(json);
    assertThat(request.mask(mask, RULES)).isInstanceOf(ChatRequest.Masking.Masked.class);
    return JsonParser.parseObject(request.toJson());
  }

  private List<FieldMaskEvent> redactions(ChatRequest request) {
    return ((ChatRequest.Masking.Masked) request.mask(mask, RULES)).redactions();
  }

  private static JsonObject message(JsonObject body, int index) {
    return (JsonObject) body.array("messages").get(index);
  }

  private static JsonObject toolFunction(JsonObject message) {
    return ((JsonObject) message.array("tool_calls").get(0)).object("function");
  }

  @Test
  void every_field_that_can_carry_phi_is_masked_and_holds_tokens() {
    var body = masked(REQUEST);

    var system = message(body, 0).string("content");
    var userPart = ((JsonObject) message(body, 1).array("content").get(0)).string("text");
    var userName = message(body, 1).string("name");
    var refusalPart = ((JsonObject) message(body, 2).array("content").get(0)).string("refusal");
    var refusal = message(body, 2).string("refusal");
    var toolArguments = toolFunction(message(body, 2)).string("arguments");
    var toolResult = message(body, 3).string("content");
    var functionArguments = message(body, 4).object("function_call").string("arguments");
    var user = body.string("user");
    for (var field :
        new String[] {
          system,
          userPart,
          userName,
          refusalPart,
          refusal,
          toolArguments,
          toolResult,
          functionArguments,
          user
        }) {
      assertThat(field).doesNotContain(PHI).containsPattern(TOKEN);
    }
    assertThat(JsonWriter.write(body.array("messages"))).doesNotContain(PHI);
    assertThat(system).startsWith("Caller is MSKV1.NAME.").contains(", born MSKV1.DOB.");
    assertThat(functionArguments).startsWith("patient MSKV1.NAME.").contains(" at MSKV1.PHONE.");
  }

  @Test
  void tool_descriptions_and_allowed_extra_fields_are_masked_and_allowed_parts_pass_unchanged() {
    var original = JsonParser.parseObject(REQUEST);

    var body = masked(REQUEST);

    var tools = JsonWriter.write(body.get("tools"));
    assertThat(tools).doesNotContain(PHI).contains("MSKV1.NAME.", "MSKV1.PHONE.");
    assertThat(tools).contains("\"name\":\"book\"", "\"type\":\"string\"");
    assertThat(body.get("logprobs")).isSameAs(JsonBoolean.TRUE);
    assertThat(JsonWriter.write(body.get("x_custom")))
        .startsWith("{\"note\":\"MSKV1.NAME.")
        .endsWith("\",\"n\":[1,2.50,-0]}");
    assertThat(message(body, 1).array("content").get(1))
        .isEqualTo(message(original, 1).array("content").get(1));
    assertThat(message(body, 3).string("tool_call_id")).isEqualTo("call_1");
    assertThat(message(body, 4).get("content")).isSameAs(JsonNull.NULL);
    assertThat(toolFunction(message(body, 2)).string("name")).isEqualTo("book");
    assertThat(body.entries())
        .extracting(e -> e.getKey())
        .containsExactly("model", "messages", "tools", "logprobs", "x_custom", "user");
  }

  @Test
  void tool_arguments_that_are_json_keep_their_keys_and_non_string_values() {
    var arguments = toolFunction(message(masked(REQUEST), 2)).string("arguments");

    var parsed = JsonParser.parseObject(arguments);
    assertThat(parsed.entries())
        .extracting(e -> e.getKey())
        .containsExactly("patient", "age", "weight", "phones", "vip", "note");
    assertThat(parsed.string("patient")).matches(TOKEN).startsWith("MSKV1.NAME.");
    assertThat(parsed.get("age")).isEqualTo(new JsonNumber("63"));
    assertThat(parsed.get("weight")).isEqualTo(new JsonNumber("1.50e1"));
    assertThat(((JsonString) parsed.array("phones").get(0)).value()).startsWith("MSKV1.PHONE.");
    assertThat(parsed.get("vip")).isSameAs(JsonBoolean.TRUE);
    assertThat(parsed.get("note")).isSameAs(JsonNull.NULL);
  }

  @Test
  void tool_arguments_that_are_not_json_are_masked_as_text() {
    var json =
        """
        {"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function",
         "function":{"name":"f","arguments":"{\\"patient\\": \\"Maria Lopez"}}]}]}""";

    var arguments = toolFunction(message(masked(json), 0)).string("arguments");

    assertThat(arguments).startsWith("{\"patient\": \"MSKV1.NAME.").doesNotContain(PHI);
  }

  @Test
  void tool_arguments_that_are_a_json_string_are_masked_inside_it() {
    var json =
        """
        {"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function",
         "function":{"name":"f","arguments":"\\"call 415 555 2671\\""}}]}]}""";

    var arguments = toolFunction(message(masked(json), 0)).string("arguments");

    assertThat(JsonParser.parse(arguments)).isInstanceOf(JsonString.class);
    assertThat(arguments).startsWith("\"call MSKV1.PHONE.").doesNotContain("2671");
  }

  @Test
  void each_redaction_says_which_message_and_field_it_came_from() {
    var request = ChatRequest.parse(REQUEST);

    var redactions = redactions(request);

    assertThat(redactions)
        .extracting(FieldMaskEvent::messageIndex, FieldMaskEvent::field, r -> r.event().kind())
        .containsExactly(
            tuple(0, "content", EntityKind.NAME),
            tuple(0, "content", EntityKind.DOB),
            tuple(1, "name", EntityKind.NAME),
            tuple(1, "content", EntityKind.PHONE),
            tuple(2, "content", EntityKind.PHONE),
            tuple(2, "content", EntityKind.NAME),
            tuple(2, "tool_arguments", EntityKind.NAME),
            tuple(2, "tool_arguments", EntityKind.PHONE),
            tuple(3, "content", EntityKind.NAME),
            tuple(3, "content", EntityKind.DOB),
            tuple(4, "tool_arguments", EntityKind.NAME),
            tuple(4, "tool_arguments", EntityKind.PHONE),
            tuple(-1, "tools", EntityKind.NAME),
            tuple(-1, "tools", EntityKind.PHONE),
            tuple(-1, "parameters", EntityKind.NAME),
            tuple(-1, "user", EntityKind.NAME));
    var first = redactions.get(0).event();
    assertThat(first.start()).isEqualTo("Caller is ".length());
    assertThat(first.end()).isEqualTo("Caller is Maria Lopez".length());
  }

  @Test
  void the_same_value_gets_the_same_token_in_every_message_and_field() {
    var body = masked(REQUEST);

    var messagesAndUser = JsonWriter.write(body.array("messages")) + body.string("user");
    var names = tokens(messagesAndUser, "NAME");
    var phones = tokens(messagesAndUser, "PHONE");
    var dates = tokens(messagesAndUser, "DOB");
    assertThat(names).hasSize(7).containsOnly(names.get(0));
    assertThat(phones).hasSize(4).containsOnly(phones.get(0));
    assertThat(dates).hasSize(2).containsOnly(dates.get(0));
  }

  @Test
  void masking_the_same_request_twice_gives_byte_identical_json() {
    var first = ChatRequest.parse(REQUEST);
    redactions(first);
    var second = ChatRequest.parse(REQUEST);
    redactions(second);

    assertThat(second.toJson()).isEqualTo(first.toJson());
  }

  @Test
  void empty_and_absent_fields_are_left_alone_and_give_no_redaction() {
    var json =
        """
        {"model":"m","messages":[{"role":"user","content":""},{"role":"assistant","content":null},
         {"role":"user","content":[{"type":"text","text":""}]},{"role":"user"}],"user":""}""";
    var request = ChatRequest.parse(json);

    var redactions = redactions(request);

    assertThat(redactions).isEmpty();
    assertThat(JsonParser.parseObject(request.toJson())).isEqualTo(JsonParser.parseObject(json));
  }

  @Test
  void a_request_without_phi_is_written_back_as_it_came_apart_from_whitespace() {
    var json =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Is the clinic open?\"}],"
            + "\"temperature\":0.70}";
    var request = ChatRequest.parse(json);

    assertThat(redactions(request)).isEmpty();
    assertThat(request.toJson()).isEqualTo(json);
  }

  @Test
  void json_keys_are_the_cues_of_values_that_only_their_key_identifies() {
    var arguments =
        "{\"member_id\":\"XJH123456789\",\"lastName\":\"Gonzalez\",\"phone\":\"4155552671\","
            + "\"ssn\":\"123456789\",\"zip\":\"94110\",\"note\":\"ok\"}";
    var json =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"content\":null,"
            + "\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"lookup\","
            + "\"arguments\":"
            + JsonWriter.write(new dev.masker.domain.json.JsonString(arguments))
            + "}}]},{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
            + JsonWriter.write(new dev.masker.domain.json.JsonString(arguments))
            + "}]}";
    var request = ChatRequest.parse(json);

    var redactions = redactions(request);

    var out = request.toJson();
    for (var value :
        new String[] {"XJH123456789", "Gonzalez", "4155552671", "123456789", "94110"}) {
      assertThat(out).as(value).doesNotContain(value);
    }
    var tool = JsonParser.parseObject(message(JsonParser.parseObject(out), 1).string("content"));
    assertThat(tool.string("note")).isEqualTo("ok");
    assertThat(tool.string("member_id")).startsWith("MSKV1.");
    assertThat(redactions)
        .extracting(r -> r.field(), r -> r.event().kind().name())
        .contains(
            tuple("tool_arguments", "HEALTH_PLAN_ID"),
            tuple("tool_arguments", "NAME"),
            tuple("content", "ZIP"));
    assertThat(redactions).allSatisfy(r -> assertThat(r.event().start()).isGreaterThanOrEqualTo(0));
  }

  @Test
  void a_cue_is_made_of_the_words_of_a_key() {
    assertThat(ChatRequest.cue("member_id")).isEqualTo("member id");
    assertThat(ChatRequest.cue("memberId")).isEqualTo("member id");
    assertThat(ChatRequest.cue("date-of-birth")).isEqualTo("date of birth");
    assertThat(ChatRequest.cue("SSN")).isEqualTo("ssn");
  }
}
