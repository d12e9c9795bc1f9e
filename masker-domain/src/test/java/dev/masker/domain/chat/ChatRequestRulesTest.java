package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatFixtures.SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every field of a request has a rule: masked, passed because it cannot carry PHI, stripped, or
 * refused with its JSON path (docs/request-fields.md).
 */
class ChatRequestRulesTest {
  private final Masker masker = ChatFixtures.masker();

  private ChatRequest.Masking mask(String json, RequestRules rules) {
    return ChatRequest.parse(json).mask(TextMask.of(masker, SESSION), rules);
  }

  private String maskedJson(String json) {
    var request = ChatRequest.parse(json);
    assertThat(request.mask(TextMask.of(masker, SESSION), RequestRules.DEFAULT))
        .isInstanceOf(ChatRequest.Masking.Masked.class);
    return request.toJson();
  }

  private static String body(String messages, String extra) {
    return "{\"model\":\"m\",\"messages\":" + messages + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          image part   | [{"role":"user","content":[{"type":"text","text":"hi"},{"type":"image_url","image_url":{"url":"https://x/a.png"}}]}] | | messages[0].content[1]
          audio part   | [{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}}]}] | | messages[0].content[0]
          file part    | [{"role":"user","content":[{"type":"file","file":{"filename":"maria.pdf","file_data":"AAAA"}}]}] | | messages[0].content[0]
          unknown part | [{"role":"user","content":[{"type":"video","video":"x"}]}] | | messages[0].content[0].type
          part field   | [{"role":"user","content":[{"type":"text","text":"hi","cache_control":{"note":"Maria"}}]}] | | messages[0].content[0].cache_control
          object       | [{"role":"user","content":{"text":"Maria Lopez"}}] | | messages[0].content
          number       | [{"role":"user","content":4155552671}] | | messages[0].content
          bad role     | [{"role":"patient","content":"hi"}] | | messages[0].role
          name number  | [{"role":"user","name":4155552671,"content":"hi"}] | | messages[0].name
          message key  | [{"role":"user","content":"hi","patient_phone":"4155552671"}] | | messages[0].patient_phone
          audio ref    | [{"role":"assistant","audio":{"id":"a1"}}] | | messages[0].audio
          top field    | [{"role":"user","content":"hi"}] | "patient":{"phone":"4155552671"} | patient
          audio out    | [{"role":"user","content":"hi"}] | "audio":{"voice":"alloy","format":"wav"} | audio
          modalities   | [{"role":"user","content":"hi"}] | "modalities":["text","audio"] | modalities
          user number  | [{"role":"user","content":"hi"}] | "user":4155552671 | user
          bias key     | [{"role":"user","content":"hi"}] | "logit_bias":{"4155552671":5} | logit_bias
          tool choice  | [{"role":"user","content":"hi"}] | "tool_choice":{"type":"function","function":{"name":"call Maria Lopez"}} | tool_choice
          temperature  | [{"role":"user","content":"hi"}] | "temperature":"Maria" | temperature
          tool type    | [{"role":"user","content":"hi"}] | "tools":[{"type":"web","web":{}}] | tools[0].type
          call type    | [{"role":"assistant","tool_calls":[{"id":"c","type":"shell","shell":{}}]}] | | messages[0].tool_calls[0].type
          """)
  void what_cannot_be_masked_is_refused_with_its_path(
      String what, String messages, String extra, String path) {
    var masking = mask(body(messages, extra == null ? "" : extra), RequestRules.DEFAULT);

    assertThat(masking)
        .isInstanceOfSatisfying(
            ChatRequest.Masking.Refused.class,
            refused -> {
              assertThat(refused.path()).isEqualTo(path);
              assertThat(refused.reason()).doesNotContain("Maria", "4155552671").isNotBlank();
            });
  }

  @Test
  void a_refused_request_is_not_masked_at_all() {
    var json =
        body(
            "[{\"role\":\"user\",\"content\":\"this is Maria Lopez\"},"
                + "{\"role\":\"user\",\"content\":{\"x\":1}}]",
            "");
    var request = ChatRequest.parse(json);

    assertThat(request.mask(TextMask.of(masker, SESSION), RequestRules.DEFAULT))
        .isInstanceOf(ChatRequest.Masking.Refused.class);
    assertThat(masker.knownValues(SESSION).size()).isZero();
  }

  @Test
  void a_policy_can_pass_a_part_type_and_mask_or_strip_extra_fields() {
    var rules =
        new RequestRules(
            Set.of("image_url"),
            Map.of(
                "patient", RequestRules.ExtraField.MASK,
                "time", RequestRules.ExtraField.STRIP));
    var json =
        body(
            "[{\"role\":\"user\",\"time\":12.5,\"content\":[{\"type\":\"text\",\"text\":\"hi\"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x/a.png\"}}]}]",
            "\"patient\":{\"phone\":\"4155552671\",\"given\":\"Maria\"},\"time\":\"noon\"");
    var request = ChatRequest.parse(json);

    assertThat(request.mask(TextMask.of(masker, SESSION), rules))
        .isInstanceOf(ChatRequest.Masking.Masked.class);
    var out = JsonParser.parseObject(request.toJson());
    assertThat(out.has("time")).isFalse();
    assertThat(((JsonObject) out.array("messages").get(0)).has("time")).isFalse();
    assertThat(request.toJson()).contains("https://x/a.png").doesNotContain("4155552671", "Maria");
    assertThat(out.object("patient").string("given")).startsWith("MSKV1.NAME.");
  }

  @Test
  void a_value_revealed_late_in_the_request_is_masked_early_in_it() {
    var json =
        body(
            "[{\"role\":\"system\",\"content\":\"Lopez called about a refill\"},"
                + "{\"role\":\"developer\",\"content\":\"Greet Maria Lopez\"},"
                + "{\"role\":\"user\",\"content\":\"Hi, this is Maria Lopez\"}]",
            "");

    assertThat(maskedJson(json)).doesNotContain("Lopez", "Maria");
  }

  @Test
  void names_ids_stop_sequences_predictions_and_tool_prose_are_masked() {
    var json =
        body(
            "[{\"role\":\"user\",\"name\":\"Maria Lopez\",\"content\":\"my ssn is 123-45-6789\"},"
                + "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_123456789\","
                + "\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":"
                + "\"{\\\"ssn\\\":123456789,\\\"patient\\\":{\\\"given\\\":\\\"Maria\\\","
                + "\\\"family\\\":\\\"Lopez\\\"}}\"}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"call_123456789\","
                + "\"content\":\"{\\\"name\\\":[{\\\"family\\\":\\\"Okafor\\\",\\\"given\\\":[\\\"Evelyn\\\"]}]}\"}]",
            "\"stop\":[\"Maria\"],\"prediction\":{\"type\":\"content\",\"content\":\"Dear Ms. Lopez\"},"
                + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lookup\","
                + "\"description\":\"Finds Maria Lopez\",\"parameters\":{\"type\":\"object\","
                + "\"properties\":{\"who\":{\"type\":\"string\",\"enum\":[\"Maria Lopez\",\"other\"]}}}}}]");

    var out = maskedJson(json);

    assertThat(out).doesNotContain("Maria", "Lopez", "123456789", "6789", "Okafor", "Evelyn");
    assertThat(out).contains("\"name\":\"lookup\"", "\"type\":\"string\"", "\"other\"");
    var tool = (JsonObject) JsonParser.parseObject(out).array("messages").get(2);
    var call =
        (JsonObject)
            ((JsonObject) JsonParser.parseObject(out).array("messages").get(1))
                .array("tool_calls")
                .get(0);
    assertThat(tool.string("tool_call_id")).isEqualTo(call.string("id")).startsWith("call_MSKV1.");
  }

  @Test
  void keys_of_json_data_are_masked_too_and_keep_their_place() {
    var json =
        body(
            "[{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
                + "\"{\\\"first\\\":1,\\\"Maria Lopez\\\":{\\\"room\\\":12},\\\"(415) 555-2671\\\":\\\"mobile\\\"}\"}]",
            "");

    var content =
        ((JsonObject) JsonParser.parseObject(maskedJson(json)).array("messages").get(0))
            .string("content");

    var result = JsonParser.parseObject(content);
    assertThat(content).doesNotContain("Maria", "Lopez", "555-2671");
    assertThat(result.entries())
        .extracting(e -> e.getKey())
        .satisfiesExactly(
            first -> assertThat(first).isEqualTo("first"),
            name -> assertThat(name).startsWith("MSKV1.NAME."),
            phone -> assertThat(phone).startsWith("MSKV1.PHONE."));
  }

  @Test
  void a_function_name_that_holds_a_value_is_refused_since_it_cannot_be_masked() {
    var json =
        body(
            "[{\"role\":\"user\",\"content\":\"Hi, this is Maria Lopez\"},"
                + "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"lookup_maria_lopez\",\"arguments\":\"{}\"}}]}]",
            "");

    assertThat(mask(json, RequestRules.DEFAULT))
        .isInstanceOfSatisfying(
            ChatRequest.Masking.Refused.class,
            refused ->
                assertThat(refused.path()).isEqualTo("messages[1].tool_calls[0].function.name"));
    assertThat(
            maskedJson(
                body(
                    "[{\"role\":\"user\",\"content\":\"hi\"}]",
                    "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"book_visit\"}}]")))
        .contains("\"name\":\"book_visit\"");
  }

  @Test
  void a_participant_name_written_with_underscores_is_masked_whole() {
    var json = body("[{\"role\":\"user\",\"name\":\"Maria_Lopez\",\"content\":\"hi\"}]", "");

    assertThat(maskedJson(json))
        .doesNotContain("Maria", "Lopez")
        .contains("\"name\":\"MSKV1.NAME.");
  }

  @Test
  void known_fields_of_the_right_type_pass_unchanged() {
    var json =
        body(
            "[{\"role\":\"user\",\"content\":\"Is the clinic open?\"}]",
            "\"temperature\":0.2,\"max_tokens\":50,\"stream\":true,\"stream_options\":"
                + "{\"include_usage\":true},\"logit_bias\":{\"50256\":-100},\"seed\":7,"
                + "\"tool_choice\":\"auto\",\"parallel_tool_calls\":false,\"service_tier\":\"auto\","
                + "\"response_format\":{\"type\":\"json_object\"},\"modalities\":[\"text\"]");

    assertThat(maskedJson(json)).isEqualTo(json);
  }

  @Test
  void duplicate_keys_and_lone_surrogates_are_refused_before_anything_else() {
    assertThatThrownBy(
            () ->
                ChatRequest.parse(
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\","
                        + "\"content\":\"Maria Lopez\"}]}"))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("duplicate key")
        .hasMessageNotContaining("Maria");
    assertThatThrownBy(
            () ->
                ChatRequest.parse(
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Ma\\ud800ria\"}]}"))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("surrogate");
  }
}
