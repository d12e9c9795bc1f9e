package dev.masker.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The payloads the proxy actually sees: OpenAI Chat Completions requests and stream chunks. */
class JsonChatCompletionTest {
  private static final String REQUEST =
      """
      {
        "model": "gpt-4o-mini",
        "messages": [
          {"role": "system", "content": "You are a scheduling assistant for Bay Clinic.\\nBe brief."},
          {"role": "user", "content": "Hi, this is Maria Lopez, call me at four one five, five five five, two six seven one"},
          {"role": "assistant", "content": null, "tool_calls": [
            {"id": "call_abc123", "type": "function", "function": {
              "name": "book_appointment",
              "arguments": "{\\"patient\\":\\"Maria Lopez\\",\\"dob\\":\\"1982-03-03\\",\\"slot\\":\\"2024-05-02T09:30\\"}"
            }}
          ]},
          {"role": "tool", "tool_call_id": "call_abc123", "content": "{\\"ok\\":true,\\"confirmation\\":\\"BC-48213\\"}"},
          {"role": "assistant", "content": "You're booked for Thursday at 9:30 \\u2014 see you then! \\ud83d\\ude0a"}
        ],
        "tools": [
          {"type": "function", "function": {
            "name": "book_appointment",
            "description": "Books a slot",
            "parameters": {
              "type": "object",
              "properties": {
                "patient": {"type": "string"},
                "dob": {"type": "string", "format": "date"},
                "slot": {"type": "string"}
              },
              "required": ["patient", "slot"],
              "additionalProperties": false
            },
            "strict": true
          }}
        ],
        "tool_choice": "auto",
        "temperature": 0.7,
        "top_p": 1.0,
        "max_tokens": 256,
        "stream": true,
        "stream_options": {"include_usage": true},
        "user": "call-7f3a"
      }
      """;

  @Test
  void a_chat_completion_request_with_tools_is_read() {
    var request = JsonParser.parseObject(REQUEST);

    assertThat(request.string("model")).isEqualTo("gpt-4o-mini");
    assertThat(request.get("temperature")).isEqualTo(new JsonNumber("0.7"));
    assertThat(request.get("top_p")).isEqualTo(new JsonNumber("1.0"));
    assertThat(request.get("stream")).isSameAs(JsonBoolean.TRUE);
    var messages = request.array("messages");
    assertThat(messages.size()).isEqualTo(5);
    var system = (JsonObject) messages.get(0);
    assertThat(system.string("content")).endsWith("Bay Clinic.\nBe brief.");
    var assistant = (JsonObject) messages.get(2);
    assertThat(assistant.get("content")).isSameAs(JsonNull.NULL);
    var call = (JsonObject) assistant.array("tool_calls").get(0);
    var arguments = JsonParser.parseObject(call.object("function").string("arguments"));
    assertThat(arguments.string("dob")).isEqualTo("1982-03-03");
    assertThat(((JsonObject) messages.get(4)).string("content"))
        .isEqualTo("You're booked for Thursday at 9:30 — see you then! 😊");
    var parameters =
        ((JsonObject) request.array("tools").get(0)).object("function").object("parameters");
    assertThat(parameters.object("properties").entries())
        .extracting(e -> e.getKey())
        .containsExactly("patient", "dob", "slot");
  }

  @Test
  void masking_one_message_changes_only_that_message_in_the_written_request() {
    var compact = JsonWriter.write(JsonParser.parse(REQUEST));
    var request = JsonParser.parseObject(compact);
    var user = (JsonObject) request.array("messages").get(1);

    user.put(
        "content", new JsonString("Hi, this is MSKV1.NAME.K.abc, call me at MSKV1.PHONE.K.def"));
    var masked = JsonWriter.write(request);

    assertThat(masked)
        .isEqualTo(
            compact.replace(
                "Maria Lopez, call me at four one five, five five five, two six seven one",
                "MSKV1.NAME.K.abc, call me at MSKV1.PHONE.K.def"))
        .startsWith("{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\"")
        .contains("\"temperature\":0.7,\"top_p\":1.0,\"max_tokens\":256,\"stream\":true")
        .contains("see you then! 😊");
  }

  @Test
  void a_pretty_printed_request_and_its_compact_form_are_the_same_tree() {
    var tree = JsonParser.parse(REQUEST);
    var compact = JsonWriter.write(tree);

    assertThat(compact).doesNotContain("\n  ");
    assertThat(JsonParser.parse(compact)).isEqualTo(tree);
    assertThat(JsonWriter.write(JsonParser.parse(compact))).isEqualTo(compact);
  }

  @Test
  void streamed_chunks_are_read_and_written_back_identically() {
    var chunks =
        new String[] {
          "{\"id\":\"chatcmpl-9x\",\"object\":\"chat.completion.chunk\",\"created\":1714060800,"
              + "\"model\":\"gpt-4o-mini-2024-07-18\",\"system_fingerprint\":\"fp_0ba0d124f1\","
              + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\","
              + "\"refusal\":null},\"logprobs\":null,\"finish_reason\":null}]}",
          "{\"id\":\"chatcmpl-9x\",\"object\":\"chat.completion.chunk\",\"created\":1714060800,"
              + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":"
              + "{\"content\":\" MSKV1.NAME.K.abc\"},\"logprobs\":null,\"finish_reason\":null}]}",
          "{\"id\":\"chatcmpl-9x\",\"object\":\"chat.completion.chunk\",\"created\":1714060800,"
              + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":"
              + "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"pat\"}}]},"
              + "\"logprobs\":null,\"finish_reason\":null}]}",
          "{\"id\":\"chatcmpl-9x\",\"object\":\"chat.completion.chunk\",\"created\":1714060800,"
              + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[],\"usage\":"
              + "{\"prompt_tokens\":311,\"completion_tokens\":42,\"total_tokens\":353}}"
        };

    for (var chunk : chunks) {
      assertThat(JsonWriter.write(JsonParser.parseObject(chunk))).isEqualTo(chunk);
    }
    var delta =
        ((JsonObject) JsonParser.parseObject(chunks[1]).array("choices").get(0)).object("delta");
    assertThat(delta.string("content")).isEqualTo(" MSKV1.NAME.K.abc");
    var call =
        (JsonObject)
            ((JsonObject) JsonParser.parseObject(chunks[2]).array("choices").get(0))
                .object("delta")
                .array("tool_calls")
                .get(0);
    assertThat(call.object("function").string("arguments")).isEqualTo("{\"pat");
  }

  @Test
  void a_twenty_turn_conversation_is_written_back_identically() {
    var messages = new ArrayList<String>();
    messages.add("{\"role\":\"system\",\"content\":\"You are a friendly clinic receptionist.\"}");
    for (int turn = 0; turn < 20; turn++) {
      messages.add(
          "{\"role\":\"user\",\"content\":\"Turn "
              + turn
              + ": my member number is M-"
              + (100000 + turn)
              + " and I'd like to move my appointment, r\\u00e9sum\\u00e9 attached \\ud83d\\udcc4\"}");
      messages.add(
          "{\"role\":\"assistant\",\"content\":\"Certainly \\u2014 which day works for you?\\n"
              + "We have Monday, Wednesday and Friday mornings.\"}");
    }
    var body =
        "{\"model\":\"gpt-4o\",\"messages\":["
            + String.join(",", messages)
            + "],\"temperature\":0.2,\"stream\":true}";
    var tree = JsonParser.parseObject(body);

    assertThat(tree.array("messages").size()).isEqualTo(41);
    var rewritten = JsonWriter.write(tree);
    assertThat(JsonParser.parse(rewritten)).isEqualTo(tree);
    assertThat(rewritten).contains("résumé attached 📄").contains("Certainly — which day");
  }
}
