package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatFixtures.SESSION;
import static dev.masker.domain.chat.ChatFixtures.UNKNOWN_PHONE_TOKEN;
import static dev.masker.domain.chat.ChatFixtures.completion;
import static dev.masker.domain.chat.ChatFixtures.firstMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonSyntaxException;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import dev.masker.domain.masking.rehydrate.RehydrationFailure.Reason;
import dev.masker.domain.masking.rehydrate.ValueEscaping;
import org.junit.jupiter.api.Test;

/** Putting the real values back into a whole {@code chat.completion}. */
class ChatAnswerTest {
  private static final String SPOKEN =
      "Thanks Maria Lopez, born March 3rd 1961 — I'll call 415 555 2671 😀 中文";

  private final Masker masker = ChatFixtures.masker();

  private String masked(String text) {
    return masker.mask(SESSION, text).text();
  }

  private ChatAnswer rehydrate(String upstreamJson) {
    return ChatAnswer.rehydrate(
        upstreamJson,
        text -> masker.rehydrateWithReport(SESSION, text),
        json -> masker.rehydrateWithReport(SESSION, json, ValueEscaping.JSON_STRING));
  }

  private static String quoted(String text) {
    return JsonWriter.write(new JsonString(text));
  }

  @Test
  void content_and_refusal_get_their_values_back() {
    var upstream =
        completion(
            "{\"role\":\"assistant\",\"content\":%s,\"refusal\":%s}"
                .formatted(quoted(masked(SPOKEN)), quoted(masked("I won't share 415 555 2671"))));
    assertThat(upstream).doesNotContain("Maria", "2671");

    var answer = rehydrate(upstream);

    var message = firstMessage(answer.json());
    assertThat(message.string("content")).isEqualTo(SPOKEN);
    assertThat(message.string("refusal")).isEqualTo("I won't share 415 555 2671");
    assertThat(answer.failures()).isEmpty();
  }

  @Test
  void tool_call_and_legacy_function_call_arguments_get_their_values_back() {
    var arguments = "{\"patient\":\"Maria Lopez\",\"phone\":\"415 555 2671\",\"age\":63}";
    var maskedArguments = masked(arguments);
    assertThat(maskedArguments).doesNotContain("Maria", "2671").contains("\"age\":63");
    var upstream =
        completion(
            """
            {"role":"assistant","content":null,"tool_calls":[
              {"id":"call_1","type":"function","function":{"name":"book","arguments":%s}},
              {"id":"call_2","type":"function","function":{"name":"sms","arguments":%s}}],
             "function_call":{"name":"lookup","arguments":%s}}"""
                .formatted(
                    quoted(maskedArguments),
                    quoted(masked("{\"to\":\"415 555 2671\"}")),
                    quoted(masked("Maria Lopez"))));

    var message = firstMessage(rehydrate(upstream).json());

    var calls = message.array("tool_calls");
    assertThat(((JsonObject) calls.get(0)).object("function").string("arguments"))
        .isEqualTo(arguments);
    assertThat(((JsonObject) calls.get(1)).object("function").string("arguments"))
        .isEqualTo("{\"to\":\"415 555 2671\"}");
    assertThat(((JsonObject) calls.get(1)).object("function").string("name")).isEqualTo("sms");
    assertThat(message.object("function_call").string("arguments")).isEqualTo("Maria Lopez");
  }

  @Test
  void tool_call_arguments_stay_json_when_a_value_needs_escaping_and_content_stays_as_is() {
    // A transcript may separate a name with a tab; in the request it is escaped JSON ("\\t").
    var request =
        ChatRequest.parse(
            """
            {"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function",\
            "function":{"name":"book","arguments":"{\\"patient\\":\\"Maria\\\\tLopez\\"}"}}]}]}""");
    request.mask(TextMask.of(masker, SESSION), masker.policy().requestRules());
    var sent = (JsonObject) JsonParser.parseObject(request.toJson()).array("messages").get(0);
    var maskedArguments =
        ((JsonObject) sent.array("tool_calls").get(0)).object("function").string("arguments");
    assertThat(maskedArguments).startsWith("{\"patient\":\"MSKV1.NAME.");
    var upstream =
        completion(
            """
            {"role":"assistant","tool_calls":[{"id":"c","type":"function",\
            "function":{"name":"book","arguments":%s}}]}"""
                .formatted(quoted(maskedArguments)));

    var message = firstMessage(rehydrate(upstream).json());

    var arguments =
        ((JsonObject) message.array("tool_calls").get(0)).object("function").string("arguments");
    assertThat(JsonParser.parseObject(arguments).string("patient")).isEqualTo("Maria\tLopez");
    var prose =
        completion(
            "{\"role\":\"assistant\",\"content\":%s}".formatted(quoted(masked("Maria\tLopez"))));
    assertThat(firstMessage(rehydrate(prose).json()).string("content")).isEqualTo("Maria\tLopez");
  }

  @Test
  void every_choice_is_rehydrated() {
    var upstream =
        """
        {"object":"chat.completion","choices":[
          {"index":0,"message":{"role":"assistant","content":%s}},
          {"index":1,"message":{"role":"assistant","content":%s}}]}"""
            .formatted(quoted(masked("Hi Maria Lopez")), quoted(masked("Call 415 555 2671")));

    var choices = JsonParser.parseObject(rehydrate(upstream).json()).array("choices");

    assertThat(((JsonObject) choices.get(0)).object("message").string("content"))
        .isEqualTo("Hi Maria Lopez");
    assertThat(((JsonObject) choices.get(1)).object("message").string("content"))
        .isEqualTo("Call 415 555 2671");
  }

  @Test
  void a_token_the_session_does_not_know_is_redacted_and_reported_without_its_body() {
    var upstream =
        completion(
            "{\"role\":\"assistant\",\"content\":%s}"
                .formatted(quoted("Call " + UNKNOWN_PHONE_TOKEN + " or " + masked("Maria Lopez"))));

    var answer = rehydrate(upstream);

    assertThat(firstMessage(answer.json()).string("content"))
        .isEqualTo("Call [REDACTED:PHONE] or Maria Lopez");
    assertThat(answer.failures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.kind()).isEqualTo(EntityKind.PHONE);
              assertThat(failure.reason()).isEqualTo(Reason.NOT_FOUND);
              assertThat(failure.kid()).isEqualTo("K_HEALTHCARE");
            });
    assertThat(answer.failures().toString()).doesNotContain("GEZDGNBVGY");
  }

  @Test
  void a_token_of_another_session_is_not_rehydrated() {
    var otherSession = masker.mask("agt_test/call-2", "Maria Lopez").text();
    var upstream =
        completion("{\"role\":\"assistant\",\"content\":%s}".formatted(quoted(otherSession)));

    var answer = rehydrate(upstream);

    assertThat(firstMessage(answer.json()).string("content")).isEqualTo("[REDACTED:NAME]");
    assertThat(answer.failures())
        .extracting(RehydrationFailure::kind)
        .containsExactly(EntityKind.NAME);
  }

  @Test
  void unknown_fields_and_fields_that_are_not_text_are_preserved() {
    var upstream =
        """
        {"id":"chatcmpl-9","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini",\
        "system_fingerprint":"fp_1","x_vendor":{"trace":[1,2.50,true,null]},\
        "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null,\
        "annotations":[],"audio":null},"logprobs":{"content":[]},"finish_reason":"stop"}],\
        "usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21,\
        "prompt_tokens_details":{"cached_tokens":0}}}"""
            .formatted(quoted(masked("Hi Maria Lopez")));
    var expected = JsonParser.parseObject(upstream);
    firstMessageOf(expected).put("content", new JsonString("Hi Maria Lopez"));

    var answer = rehydrate(upstream);

    assertThat(JsonParser.parseObject(answer.json())).isEqualTo(expected);
    assertThat(answer.json()).contains("2.50", "\"refusal\":null", "\"annotations\":[]");
  }

  @Test
  void an_answer_without_choices_or_messages_passes_as_it_is() {
    var upstream = "{\"object\":\"chat.completion\",\"choices\":[{\"index\":0}],\"n\":1.0}";

    assertThat(rehydrate(upstream).json()).isEqualTo(upstream);
    assertThat(rehydrate("{\"error\":null}").json()).isEqualTo("{\"error\":null}");
  }

  @Test
  void an_answer_that_is_not_a_json_object_is_refused() {
    assertThatThrownBy(() -> rehydrate("[1,2]")).isInstanceOf(JsonSyntaxException.class);
    assertThatThrownBy(() -> rehydrate("data: {}")).isInstanceOf(JsonSyntaxException.class);
  }

  @Test
  void the_answer_never_prints_its_text() {
    var upstream =
        completion("{\"role\":\"assistant\",\"content\":%s}".formatted(quoted(masked(SPOKEN))));

    assertThat(rehydrate(upstream).toString()).doesNotContain("Maria", "2671");
  }

  private static JsonObject firstMessageOf(JsonObject completion) {
    return ((JsonObject) completion.array("choices").get(0)).object("message");
  }
}
