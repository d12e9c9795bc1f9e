package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatFixtures.SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Content shapes that hid a value from masking: a value split across text parts, a JSON record
 * pasted as a user's content, names in a tool's schema.
 */
class ChatRequestShapesTest {
  private final Masker masker = ChatFixtures.masker();

  private ChatRequest.Masking mask(ChatRequest request) {
    return request.mask(TextMask.of(masker, SESSION), RequestRules.DEFAULT);
  }

  /** The texts of the first message's parts after masking. */
  private List<String> maskedParts(String... parts) {
    var content = new StringBuilder();
    for (var part : parts) {
      content.append(content.length() == 0 ? "" : ",");
      content.append("{\"type\":\"text\",\"text\":").append(quoted(part)).append('}');
    }
    var request =
        ChatRequest.parse(
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[" + content + "]}]}");
    assertThat(mask(request)).isInstanceOf(ChatRequest.Masking.Masked.class);
    var texts = new ArrayList<String>();
    var message = (JsonObject) JsonParser.parseObject(request.toJson()).array("messages").get(0);
    for (var part : message.array("content")) {
      texts.add(((JsonObject) part).string("text"));
    }
    return texts;
  }

  private static String quoted(String text) {
    return dev.masker.domain.json.JsonWriter.write(new JsonString(text));
  }

  @Test
  void a_name_split_across_text_parts_is_masked_in_every_part() {
    var parts = maskedParts("Hi, my name is Maria", " Lopez", " and I need a refill");

    assertThat(parts).hasSize(3);
    assertThat(String.join("", parts)).doesNotContain("Maria", "Lopez");
    assertThat(parts.get(0)).startsWith("Hi, my name is MSKV1.NAME.");
    assertThat(parts.get(2)).isEqualTo(" and I need a refill");
  }

  @Test
  void a_value_split_inside_a_word_or_a_number_ends_up_whole_in_the_first_part() {
    var parts = maskedParts("call me at 415 555", " 2671 please", "!");

    assertThat(String.join("", parts)).doesNotContain("2671", "415");
    assertThat(parts.get(0)).startsWith("call me at MSKV1.PHONE.").endsWith(" please");
    assertThat(parts.get(1)).isEmpty();
    assertThat(parts.get(2)).isEqualTo("!");
  }

  @Test
  void parts_with_nothing_to_mask_are_left_as_they_are() {
    assertThat(maskedParts("may i book", " for june?")).containsExactly("may i book", " for june?");
  }

  @Test
  void a_json_record_in_a_user_message_is_read_key_by_key() {
    var request =
        ChatRequest.parse(
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                + quoted(
                    "{\"given\": \"Dagny\", \"family\": \"Halvorsen\", \"member_id\": \"XJH447122\"}")
                + "}]}");

    assertThat(mask(request)).isInstanceOf(ChatRequest.Masking.Masked.class);

    assertThat(request.toJson()).doesNotContain("Dagny", "Halvorsen", "447122");
  }

  @Test
  void a_json_document_held_in_a_json_value_is_read_inside() {
    var inner = "{\"family\":\"Halvorsen\"}";
    var outer =
        dev.masker.domain.json.JsonWriter.write(
            new JsonObject().put("payload", new JsonString(inner)));
    var request =
        ChatRequest.parse(
            "{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c\","
                + "\"content\":"
                + quoted(outer)
                + "}]}");

    assertThat(mask(request)).isInstanceOf(ChatRequest.Masking.Masked.class);

    assertThat(request.toJson()).doesNotContain("Halvorsen").contains("MSKV1.NAME.");
  }

  @Test
  void a_short_user_message_is_read_with_the_message_before_it() {
    var request =
        ChatRequest.parse(
            "{\"model\":\"m\",\"messages\":["
                + "{\"role\":\"user\",\"content\":\"hi, my name is Maria\"},"
                + "{\"role\":\"user\",\"content\":\"Lopez\"},"
                + "{\"role\":\"assistant\",\"content\":\"Thanks. What's your member ID?\"},"
                + "{\"role\":\"user\",\"content\":\"XJH 4471 22\"},"
                + "{\"role\":\"assistant\",\"content\":\"And your last name?\"},"
                + "{\"role\":\"user\",\"content\":\"halvorsen\"}]}");

    assertThat(mask(request)).isInstanceOf(ChatRequest.Masking.Masked.class);

    var messages = JsonParser.parseObject(request.toJson()).array("messages");
    assertThat(request.toJson()).doesNotContain("Maria", "Lopez", "4471", "halvorsen");
    assertThat(((JsonObject) messages.get(2)).string("content"))
        .isEqualTo("Thanks. What's your member ID?");
    assertThat(messages).hasSize(6);
  }

  @Test
  void a_schema_property_name_or_pattern_holding_a_value_is_refused_without_quoting_it() {
    var said = "{\"role\":\"user\",\"content\":\"this is Maria Lopez, call me at 415 555 2671\"}";
    var byName =
        ChatRequest.parse(
            "{\"model\":\"m\",\"messages\":["
                + said
                + "],\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                + "{\"type\":\"object\",\"properties\":{\"lopez\":{\"type\":\"string\"}}}}}]}");
    var byPattern =
        ChatRequest.parse(
            "{\"model\":\"m\",\"messages\":["
                + said
                + "],\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                + "\"schema\":{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"string\","
                + "\"pattern\":\"^4155552671$\"}},\"required\":[\"p\"]}}}}");

    assertThat(mask(byName))
        .isEqualTo(
            new ChatRequest.Masking.Refused(
                "tools[0].function.parameters.properties",
                "holds a value the policy masks; name it without one"));
    assertThat(mask(byPattern))
        .isInstanceOfSatisfying(
            ChatRequest.Masking.Refused.class,
            refused ->
                assertThat(refused.path())
                    .isEqualTo("response_format.json_schema.schema.properties.p.pattern"));
  }

  @Test
  void a_sampling_number_holding_a_revealed_value_is_refused_and_an_ordinary_seed_passes() {
    var said = "{\"role\":\"user\",\"content\":\"call me at 415 555 2671\"}";

    assertThat(
            mask(
                ChatRequest.parse(
                    "{\"model\":\"m\",\"messages\":[" + said + "],\"seed\":4155552671}")))
        .isEqualTo(
            new ChatRequest.Masking.Refused(
                "seed", "holds a value the policy masks; name it without one"));
    assertThat(
            mask(
                ChatRequest.parse(
                    "{\"model\":\"m\",\"messages\":[" + said + "],\"seed\":7340021}")))
        .isInstanceOf(ChatRequest.Masking.Masked.class);
  }

  @Test
  void ordinary_schema_names_pass_unchanged() {
    var json =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"tools\":[{\"type\":"
            + "\"function\",\"function\":{\"name\":\"book\",\"parameters\":{\"type\":\"object\","
            + "\"properties\":{\"first_name\":{\"type\":\"string\",\"pattern\":\"^[A-Z]\"},"
            + "\"phone\":{\"$ref\":\"#/$defs/phone\"}},\"required\":[\"first_name\"],"
            + "\"$defs\":{\"phone\":{\"type\":\"string\"}}}}}]}";
    var request = ChatRequest.parse(json);

    assertThat(mask(request)).isInstanceOf(ChatRequest.Masking.Masked.class);
    assertThat(request.toJson()).isEqualTo(ChatRequest.parse(json).toJson());
  }
}
