package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyOutsideProbesTest.body;
import static dev.masker.server.proxy.ProxyOutsideProbesTest.post;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.quoted;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.user;
import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A fourth outside leak hunt end to end (ADR 16): each probe got a planted value to the recording
 * fake upstream before its fix — a known name glued into a handle or misheard by a letter or its
 * vowels, a number spread over list items, over a transcript's words one per JSON item, or
 * answering a transcript's question a line before, digit groups split by ASCII marks or another
 * script's commas, a label inside a one-line record. The full list of probes is in
 * ChatRequestFourthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyFourthHuntProbesTest {
  private static final String SAID = "Hi, my name is Dagny Halvorsen, call me at 415 555 0134";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(
        "Halvorsen", "Halverson", "Halvorson", "4155550134", "40071882");
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, String... values) {
    var text = ProxyOutsideProbesTest.readByModel(agent);
    var letters = text.replaceAll("[^\\p{L}\\p{N}]", "");
    var digits = text.replaceAll("[^0-9]", "");
    var spoken = ProxyVoiceCallProbesTest.spokenDigits(text);
    for (var value : values) {
      if (value.matches("[0-9]+")) {
        assertThat(digits).as("%s reached the upstream", value).doesNotContain(value);
        assertThat(spoken).as("%s reached the upstream as words", value).doesNotContain(value);
      } else {
        assertThat(letters).as("%s reached the upstream", value).doesNotContain(value);
      }
    }
  }

  private static String answer(java.net.http.HttpResponse<String> response) {
    return ProxyCalls.parse(response.body()).at("/choices/0/message/content").asText();
  }

  @Test
  void a_known_name_glued_into_a_handle_or_misheard_is_masked_in_a_later_request() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var form :
        List.of(
            "reach @dhalvorsen on chat",
            "HalvorsenD is the login",
            "Please send it to Halverson today.",
            "Halvorson needs a refill.")) {
      var id = "misheard-" + call++;
      post(agent, body(agent, id, null, user(SAID)));
      var response = post(agent, body(agent, id, null, user(form)));

      assertUnreadable(agent, "halvorsen", "halverson", "halvorson");
      assertThat(answer(response)).as("the answer is rehydrated").doesNotContain("MSKV1");
    }
  }

  @Test
  void a_number_over_list_items_or_answering_a_transcript_question_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var text :
        List.of(
            "my number is:\n- 415\n- 555\n- 0134",
            "phone:\n| area | prefix | line |\n|---|---|---|\n| 415 | 555 | 0134 |",
            "Agent: what's your MRN?\nCaller: 40071882",
            "my number is 415, then 555, then 0134")) {
      var response = post(agent, body(agent, "lines-" + call++, null, user(text)));

      assertUnreadable(agent, "4155550134", "40071882");
      // The values come back as they were learned: a number read over list items comes back
      // as one group of digits ("415 555 0134") where the fake upstream echoes it.
      assertThat(answer(response).replaceAll("[^0-9]", ""))
          .as("the answer is rehydrated")
          .isEqualTo(text.replaceAll("[^0-9]", ""));
    }
    var toolResult =
        "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
            + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}]},"
            + "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
            + quoted("Agent: and your medical record number?\nCaller: 40071882")
            + "}";
    post(agent, body(agent, "lines-tool", null, user("look me up"), toolResult));
    assertUnreadable(agent, "40071882");

    var words =
        "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c2\",\"type\":\"function\","
            + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}]},"
            + "{\"role\":\"tool\",\"tool_call_id\":\"c2\",\"content\":"
            + quoted(
                "{\"words\":[{\"word\":\"my\"},{\"word\":\"number\"},{\"word\":\"is\"},"
                    + "{\"word\":\"415\"},{\"word\":\"555\"},{\"word\":\"0134\"}]}")
            + "}";
    post(agent, body(agent, "lines-words", null, user("look me up"), words));
    assertUnreadable(agent, "4155550134");
  }

  @Test
  void ascii_marks_and_commas_of_other_scripts_between_digit_groups_hide_no_phone() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var separator : List.of("*", "_", "~", "^", "+", "'", "\u3001", "\u060c")) {
      var text = "call me at 415" + separator + "555" + separator + "0134";
      var response = post(agent, body(agent, "marks-" + call++, null, user(text)));

      assertUnreadable(agent, "4155550134");
      assertThat(answer(response)).as("the answer is rehydrated").isEqualTo(text);
    }
  }

  @Test
  void a_label_inside_a_one_line_record_is_read_and_a_speakers_utterance_is_no_name() {
    var agent = ProxyCalls.fakeAgent();
    var system =
        "{\"role\":\"system\",\"content\":"
            + quoted("Caller profile -- last: Halvorsen; phone 4155550134")
            + "}";
    post(agent, body(agent, "record-1", null, system, user("hi")));
    assertUnreadable(agent, "halvorsen", "4155550134");

    var transcript = "Agent: how are you today?\nCaller: fine thanks";
    var response = post(agent, body(agent, "record-2", null, user(transcript)));
    var received = fake().received(agent.model());
    assertThat(received.get(received.size() - 1).json().toString())
        .as("ordinary speech after a speaker label goes up as it is")
        .doesNotContain("MSKV1")
        .contains("fine thanks");
    assertThat(answer(response)).isEqualTo(transcript);
  }
}
