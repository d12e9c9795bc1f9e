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
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A seventh outside leak hunt end to end (ADR 22), through the real server and the recording fake
 * upstream: a known name written again in Cyrillic or Greek letters, Chinese numerals in groups or
 * glued to Chinese words, a surname before a given name across a record's mark, a record in base32,
 * a number a diarised transcript cut between a speaker's lines, and a number said over a
 * transcript's word items. The Chinese numerals and the surnames reached the upstream here before
 * their fixes. The full list of probes is in ChatRequestSeventhHuntProbesTest.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxySeventhHuntProbesTest {
  private static final String SAID =
      "Hello, my name is Birgit Solander, date of birth 11/04/1953, my phone is 503 555 0163,"
          + " MRN 64178239";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked("Solander", "Соландер", "5035550163", "64178239");
  }

  private static final String NUMERALS = "〇零一二三四五六七八九";
  private static final String NUMERAL_DIGITS = "00123456789";
  private static final List<String> DIGIT_WORDS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  /** What the upstream last received as a model reads it, Chinese numerals and digit words read. */
  private static String read(ProxyCalls.Agent agent) {
    var text = ProxyOutsideProbesTest.modelReading(ProxyOutsideProbesTest.readByModel(agent));
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      int at = NUMERALS.indexOf(c);
      out.append(at >= 0 ? NUMERAL_DIGITS.charAt(at) : c);
    }
    var spoken = new StringBuilder();
    for (var word : out.toString().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      int digit = word.equals("oh") ? 0 : DIGIT_WORDS.indexOf(word);
      spoken.append(digit >= 0 ? String.valueOf(digit) : word.matches("[0-9]+") ? word : "");
    }
    return out + "\n" + spoken;
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, String... values) {
    var text = read(agent);
    var letters = text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    var digits = text.replaceAll("[^0-9]", "");
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
  void a_known_name_written_in_cyrillic_or_greek_letters_goes_up_masked_and_comes_back() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var form : List.of("Соландер", "СОЛАНДЕР Биргит", "Σολάντερ")) {
      var id = "script-" + call++;
      post(agent, body(agent, id, null, user(SAID)));
      var response = post(agent, body(agent, id, null, user(form)));
      var sent = ProxyOutsideProbesTest.readByModel(agent);
      assertThat(sent)
          .doesNotContain("Соландер")
          .doesNotContain("СОЛАНДЕР")
          .doesNotContain("Σολάντερ");
      assertThat(answer(response)).as("the answer is rehydrated").isEqualTo(form);
    }
  }

  @Test
  void chinese_numerals_in_groups_or_glued_to_words_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var text :
        List.of(
            "我的电话是 五零三 五五五 零一六三", "电话：五〇三-五五五-〇一六三", "我的电话是五〇三五五五〇一六三", "電話番号は五〇三の五五五の〇一六三です")) {
      var response = post(agent, body(agent, "numerals-" + call++, null, user(text)));
      assertUnreadable(agent, "5035550163");
      assertThat(answer(response)).as("the answer is rehydrated").isEqualTo(text);
    }
  }

  @Test
  void a_surname_before_a_given_name_across_a_records_mark_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    int call = 0;
    for (var text :
        List.of(
            "From: \"Solander, Birgit\" <b@example.com>",
            "BEGIN:VCARD\nN:Solander;Birgit;;;\nEND:VCARD",
            "P<USASOLANDER<<BIRGIT<<<<<<<<<<",
            "name=Birgit+Solander&visit=2")) {
      var response =
          post(agent, body(agent, "surname-" + call++, null, user("look"), toolResult(text)));
      assertUnreadable(agent, "solander");
      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void a_record_in_base32_goes_up_as_one_token() {
    var agent = ProxyCalls.fakeAgent();
    // base32 of "name: Birgit Solander, mrn: 64178239"
    var run = "NZQW2ZJ2EBBGS4THNF2CAU3PNRQW4ZDFOIWCA3LSNY5CANRUGE3TQMRTHE======";
    var response = post(agent, body(agent, "base32", null, user("payload " + run)));
    assertThat(ProxyOutsideProbesTest.readByModel(agent))
        .as("no run of base32 is left to decode")
        .doesNotContainPattern("[A-Z2-7]{16,}");
    assertThat(answer(response)).as("the answer is rehydrated").isEqualTo("payload " + run);
  }

  @Test
  void a_number_a_diarised_transcript_cut_between_a_speakers_lines_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    var transcript =
        "SPEAKER_01: my number is five oh three\nSPEAKER_00: mm-hm\nSPEAKER_01: five five five\n"
            + "SPEAKER_00: yes\nSPEAKER_01: oh one six three";
    post(agent, body(agent, "diarised", null, user(transcript)));
    assertUnreadable(agent, "5035550163");
  }

  @Test
  void a_number_said_over_the_word_items_of_a_transcript_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    var words = new StringBuilder("{\"words\":[");
    var said = "my number is five oh three five five five oh one six three".split(" ");
    for (int i = 0; i < said.length; i++) {
      words.append(i == 0 ? "" : ",").append("{\"word\":\"").append(said[i]);
      words.append("\",\"start\":").append(i).append(".5}");
    }
    words.append("]}");
    var response =
        post(agent, body(agent, "words", null, user("summarise"), toolResult(words.toString())));
    assertUnreadable(agent, "5035550163");
    assertThat(response.statusCode()).isEqualTo(200);
  }
}
