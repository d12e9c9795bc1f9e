package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyOutsideProbesTest.body;
import static dev.masker.server.proxy.ProxyOutsideProbesTest.post;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.quoted;
import static dev.masker.server.proxy.ProxyVoiceCallProbesTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A sixth outside leak hunt end to end (ADR 20): each probe got a planted value to the recording
 * fake upstream before its fix — text written upside down, a number glued to a word, a value cut
 * across the parts of a prediction or the entries of `stop`, records whose labels sat behind CDATA,
 * leaders, quotes, attributes or DICOM tags, and a known birth date or name said again in a form
 * e-mail or a record writes. The full list of probes is in ChatRequestSixthHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxySixthHuntProbesTest {
  private static final String SAID =
      "Hello, my name is Maren Lindqvist, date of birth 03/09/1947, my phone is 617 555 0142,"
          + " MRN 73820516";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked("Lindqvist", "ʇsᴉʌbpuᴉ˥", "6175550142", "73820516");
  }

  private static final String TURNED = "ɐɔǝɟƃɥᴉɾʞꞁ˥ɯɹʇʌʍʎ";
  private static final String UPRIGHT = "acefghijklLmrtvwy";

  /** Text written upside down read back: each letter turned, the order reversed. */
  private static String upright(String text) {
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      int at = TURNED.indexOf(c);
      int plain = "unpdbqWM".indexOf(c);
      out.append(at >= 0 ? UPRIGHT.charAt(at) : plain >= 0 ? "nudpqbMW".charAt(plain) : c);
    }
    return out.reverse().toString();
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, String... values) {
    var text = ProxyOutsideProbesTest.readByModel(agent);
    var read = text + "\n" + ProxyOutsideProbesTest.modelReading(upright(text));
    var letters = read.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase();
    var digits = read.replaceAll("[^0-9]", "");
    for (var value : values) {
      assertThat(value.matches("[0-9]+") ? digits : letters)
          .as("%s reached the upstream", value)
          .doesNotContain(value);
    }
  }

  private static String answer(java.net.http.HttpResponse<String> response) {
    return ProxyCalls.parse(response.body()).at("/choices/0/message/content").asText();
  }

  private static String toolResult(String content) {
    return "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
        + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
        + quoted(content)
        + "}";
  }

  @Test
  void text_written_upside_down_goes_up_as_one_token_and_comes_back_as_written() {
    var agent = ProxyCalls.fakeAgent();
    var fresh = "ʇsᴉʌbpuᴉ˥ uǝɹɐW called";
    var response = post(agent, body(agent, "turned-1", null, user(fresh)));
    assertUnreadable(agent, "lindqvist");
    assertThat(answer(response)).as("the answer is rehydrated").isEqualTo(fresh);

    post(agent, body(agent, "turned-2", null, user(SAID)));
    response = post(agent, body(agent, "turned-2", null, user("ʇsᴉʌbpuᴉ˥")));
    assertUnreadable(agent, "lindqvist");
    assertThat(answer(response)).isEqualTo("ʇsᴉʌbpuᴉ˥");
  }

  @Test
  void numbers_glued_to_words_are_masked_where_they_stand() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var text : List.of("ref caller-6175550142", "ref p6175550142", "ref caller.6175550142")) {
      var response = post(agent, body(agent, "glued-" + call++, null, user(text)));
      assertUnreadable(agent, "6175550142");
      assertThat(answer(response)).as("the answer is rehydrated").isEqualTo(text);
    }
    post(agent, body(agent, "glued-key", "\"prompt_cache_key\":\"caller-6175550142\"", user("hi")));
    assertUnreadable(agent, "6175550142");
  }

  @Test
  void a_value_cut_across_prediction_parts_or_stop_entries_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    post(
        agent,
        body(
            agent,
            "cut-1",
            "\"prediction\":{\"type\":\"content\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"call back 617 555\"},{\"type\":\"text\",\"text\":\"0142\"}]}",
            user("hi")));
    assertUnreadable(agent, "6175550142");
    post(agent, body(agent, "cut-2", "\"stop\":[\"617 555\",\"0142\"]", user("hi")));
    assertUnreadable(agent, "6175550142");
  }

  @Test
  void records_behind_cdata_leaders_quotes_attributes_and_dicom_tags_are_read_by_their_labels() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var text :
        List.of(
            "<name>Maren Lindqvist</name><mrn><![CDATA[73820516]]></mrn>",
            "Name.........Maren Lindqvist\nDOB..........03/09/1947\nMRN..........73820516",
            "\"Last Name\",\"DOB\",\"MRN\"\n\"Lindqvist\",\"03/09/1947\",\"73820516\"",
            "<patient><birthTime value=\"19470309\"/></patient>",
            "(0010,0020) LO [73820516]\n(0010,0030) DA [19470309]",
            "call 617<br>555<br>0142")) {
      var response =
          post(agent, body(agent, "records-" + call++, null, user("look"), toolResult(text)));
      assertUnreadable(agent, "lindqvist", "73820516", "03091947", "19470309", "6175550142");
      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void a_known_name_in_quoted_printable_and_a_birth_date_with_a_two_digit_year_recur() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var form : List.of("Lindqv=C3=ADst called", "born 030947", "DOB 9-Mar-47")) {
      var id = "recur-" + call++;
      post(agent, body(agent, id, null, user(SAID)));
      var response = post(agent, body(agent, id, null, user(form)));
      assertUnreadable(agent, "lindqv", "030947", "9mar47");
      assertThat(answer(response)).as("the answer is rehydrated").doesNotContain("MSKV1");
    }
  }
}
