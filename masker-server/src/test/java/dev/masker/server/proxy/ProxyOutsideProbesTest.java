package dev.masker.server.proxy;

import static dev.masker.server.proxy.ProxyUpstreamFailureTest.assertError;
import static dev.masker.server.proxy.WireUpstreamResource.fake;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Probes written from outside the project (issue 11, "find and close leaks as an attacker would"):
 * each leaked a planted value to the upstream before its fix. A value said once with a cue comes
 * back in another field, spelling, escape or shape; the recording fake upstream must receive it in
 * no form a model could read, and the answer must still come back with the value put back.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyOutsideProbesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NAME_SAID = "Hi, my name is Maria Lopez";
  private static final String PHONE_SAID = "call me at 415 555 2671";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked("Lopez", "Halvorsen", "4155552671", "XJH447122");
  }

  private static String user(String text) {
    return "{\"role\":\"user\",\"content\":" + quoted(text) + "}";
  }

  private static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A chat request of the agent's model with a call id, extra members and messages. */
  static String body(ProxyCalls.Agent agent, String call, String extra, String... messages) {
    return "{\"model\":\""
        + agent.model()
        + "\",\"call\":{\"id\":\""
        + call
        + "\"},\"messages\":["
        + String.join(",", messages)
        + "]"
        + (extra == null ? "" : "," + extra)
        + "}";
  }

  /** Posts the body to the agent's proxy endpoint and expects 200. */
  static HttpResponse<String> post(ProxyCalls.Agent agent, String body) {
    var response = ProxyCalls.post(agent.id(), body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  /** What the upstream last received, as a model reads it: every string, escapes decoded. */
  static String readByModel(ProxyCalls.Agent agent) {
    var received = fake().received(agent.model());
    var body = received.get(received.size() - 1).json().deepCopy();
    // The model name is the agent's random id, set by Masker: its digits say nothing of a leak.
    ((ObjectNode) body).remove("model");
    var strings = new ArrayList<String>();
    collect(body, strings);
    // Tokens (read lower case) hold digits of their own ("MSKV1", base32 bodies) that could spell a
    // value by chance.
    return TOKEN.matcher(String.join("\n", strings)).replaceAll(" ");
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(modelReading(node.asText()));
      var inner = node.asText().strip();
      if (inner.startsWith("{") || inner.startsWith("[")) {
        try {
          collect(JSON.readTree(inner), out);
        } catch (java.io.IOException notJson) {
          // the string itself is enough
        }
      }
    } else if (node.isNumber()) {
      out.add(node.asText());
    } else {
      node.fields().forEachRemaining(e -> out.add(modelReading(e.getKey())));
      node.fields().forEachRemaining(e -> collect(e.getValue(), out));
      if (node.isArray()) {
        node.forEach(item -> collect(item, out));
      }
    }
  }

  /** Latin small capitals, each followed by its letter. */
  private static final String SMALL_CAPITALS =
      "\u1D00a\u0299b\u1D04c\u1D05d\u1D07e\uA730f\u0262g\u029Ch\u026Ai\u1D0Aj\u1D0Bk"
          + "\u029Fl\u1D0Dm\u0274n\u1D0Fo\u1D18p\u0280r\uA731s\u1D1Bt\u1D1Cu\u1D20v"
          + "\u1D21w\u028Fy\u1D22z";

  private static final Pattern TOKEN = Pattern.compile("mskv1\\.[a-z_]+\\.[a-z0-9_]+\\.[a-z2-7]+");

  private static final Pattern ESCAPE =
      Pattern.compile("&#(x?)([0-9a-fA-F]+);|%([0-9a-fA-F]{2})|\\\\u([0-9a-fA-F]{4})");

  /**
   * The text as a model could read it: escapes decoded, tag characters as the ASCII they tag,
   * dingbat digits as digits, NFKC, no marks or invisible characters, lower case.
   */
  static String modelReading(String text) {
    var decoded = new StringBuilder();
    Matcher m = ESCAPE.matcher(text);
    int last = 0;
    while (m.find()) {
      decoded.append(text, last, m.start());
      int c =
          m.group(2) != null
              ? Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16)
              : Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4), 16);
      decoded.appendCodePoint(c);
      last = m.end();
    }
    decoded.append(text.substring(last));
    var out = new StringBuilder();
    Normalizer.normalize(decoded, Normalizer.Form.NFKD)
        .codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              if (c >= 0xE0020 && c <= 0xE007E) {
                out.append((char) (c - 0xE0000));
              } else if (c > 127 && SMALL_CAPITALS.indexOf(c) >= 0) {
                out.append(SMALL_CAPITALS.charAt(SMALL_CAPITALS.indexOf(c) + 1));
              } else if (type == Character.DECIMAL_DIGIT_NUMBER
                  || (type == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0)) {
                out.append(Character.getNumericValue(c));
              } else if (type != Character.NON_SPACING_MARK
                  && type != Character.FORMAT
                  && !(c >= 0xFDD0 && c <= 0xFDEF)) {
                out.appendCodePoint(c);
              }
            });
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, String... values) {
    var text = readByModel(agent);
    var digits = text.replaceAll("[^0-9]", "");
    for (var value : values) {
      if (value.matches("[0-9]+")) {
        assertThat(digits).as("%s reached the upstream", value).doesNotContain(value);
      } else {
        assertThat(text.replaceAll("[^\\p{L}\\p{N}]", ""))
            .as("%s reached the upstream", value)
            .doesNotContain(value.toLowerCase(Locale.ROOT));
      }
    }
  }

  @Test
  void a_value_recurring_as_escapes_circled_digits_emoji_or_tag_characters_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    var tags = new StringBuilder("ask for ");
    "Lopez".chars().forEach(c -> tags.appendCodePoint(0xE0000 + c));
    var forms =
        List.of(
            "Lo&#112;ez needs a refill",
            "Lo&#x70;ez needs a refill",
            "Lo%70ez needs a refill",
            "Lo\\u0070ez needs a refill",
            "\u24c1\u24de\u24df\u24d4\u24e9 needs a refill",
            "\u029f\u1d0f\u1d18\u1d07\u1d22 needs a refill",
            tags.toString());
    int call = 0;
    for (var form : forms) {
      var id = "escape-" + call++;
      post(agent, body(agent, id, null, user(NAME_SAID)));
      var response = post(agent, body(agent, id, null, user(form)));
      assertUnreadable(agent, "lopez");
      assertThat(ProxyCalls.parse(response.body()).at("/choices/0/message/content").asText())
          .as("the answer is rehydrated")
          .isEqualTo(form);
    }
    var phones =
        List.of(
            "\u2779\u2776\u277a \u277a\u277a\u277a \u2777\u277b\u277c\u2776",
            "\u278d\u278a\u278e-\u278e\u278e\u278e-\u278b\u278f\u2790\u278a",
            "call me at 415\ud83d\ude42555\ud83d\ude422671",
            "call me at &#52;&#49;&#53; 555 2671",
            "call me at 415%20555%202671",
            "call me at 415&nbsp;555&nbsp;2671");
    for (var form : phones) {
      var id = "digits-" + call++;
      post(agent, body(agent, id, null, user(PHONE_SAID)));
      post(agent, body(agent, id, null, user(form)));
      assertUnreadable(agent, "4155552671");
      post(
          agent,
          body(
              agent,
              "fresh-" + call,
              null,
              user(form.startsWith("call") ? form : "call me at " + form)));
      assertUnreadable(agent, "4155552671");
    }
  }

  @Test
  void an_email_written_with_bracketed_signs_is_masked_whole() {
    var agent = ProxyCalls.fakeAgent();
    for (var form :
        List.of(
            "email maria.lopez [at] example [dot] com",
            "email maria.lopez(at)example.com",
            "email maria.lopez&#64;example.com")) {
      post(agent, body(agent, "mail-" + form.length(), null, user(form)));
      assertUnreadable(agent, "lopez");
    }
  }

  @Test
  void a_value_split_across_text_parts_is_masked_and_the_answer_has_it_back() {
    var agent = ProxyCalls.fakeAgent();
    var parts =
        "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"my name is Maria\"},"
            + "{\"type\":\"text\",\"text\":\" Lopez\"},{\"type\":\"text\",\"text\":\"call me at 415"
            + " 555\"},{\"type\":\"text\",\"text\":\" 2671 please\"}]}";

    var response = post(agent, body(agent, "parts-1", null, parts));

    assertUnreadable(agent, "lopez", "4155552671");
    var answer = ProxyCalls.parse(response.body()).at("/choices/0/message/content").asText();
    assertThat(answer).contains("Maria Lopez", "415 555 2671 please").doesNotContain("\ufdd0");
  }

  @Test
  void short_messages_split_from_an_utterance_or_answering_a_question_are_masked() {
    var agent = ProxyCalls.fakeAgent();

    post(
        agent,
        body(
            agent,
            "answers-1",
            null,
            user("hi this is maria"),
            user("lopez, calling about my refill"),
            "{\"role\":\"assistant\",\"content\":\"What's your member ID?\"}",
            user("XJH 4471 22"),
            "{\"role\":\"assistant\",\"content\":\"And what is your last name?\"}",
            user("halvorsen")));

    assertUnreadable(agent, "lopez", "447122", "halvorsen");
  }

  @Test
  void records_pasted_as_json_xml_tables_or_key_value_pairs_are_masked_by_their_labels() {
    var agent = ProxyCalls.fakeAgent();
    var records =
        List.of(
            "{\"given\":\"Dagny\",\"family\":\"Halvorsen\",\"member_id\":\"XJH447122\"}",
            "<patient><given>Dagny</given><family>Halvorsen</family></patient>",
            "| first | last | phone |\n|---|---|---|\n| dagny | halvorsen | 415 555 2671 |",
            "first,last,dob\nDagny,Halvorsen,03/14/1961",
            "patient:\n  family: Halvorsen\n  member_id: XJH447122",
            "family=Halvorsen&member_id=XJH447122");
    int call = 0;
    for (var record : records) {
      post(agent, body(agent, "record-" + call++, null, user(record)));
      assertUnreadable(agent, "halvorsen", "447122", "4155552671");
    }
    var doubleEncoded = "{\"payload\":" + quoted("{\"family\":\"Halvorsen\"}") + "}";
    post(
        agent,
        body(
            agent,
            "record-tool",
            null,
            user("look me up"),
            "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}]}",
            "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
                + quoted(doubleEncoded)
                + "}"));
    assertUnreadable(agent, "halvorsen");
  }

  @Test
  void a_recurring_birth_date_or_street_is_masked_in_its_other_forms() {
    var agent = ProxyCalls.fakeAgent();

    post(agent, body(agent, "recur-dob", null, user("my date of birth is 03/14/1961")));
    post(agent, body(agent, "recur-dob", null, user("so 19610314 then")));
    assertUnreadable(agent, "19610314");

    post(
        agent,
        body(agent, "recur-street", null, user("I live at 88 Birch Hollow Road in Fresno, 93711")));
    post(agent, body(agent, "recur-street", null, user("is that near birch hollow?")));
    assertUnreadable(agent, "birchhollow");
  }

  @Test
  void schema_names_and_seeds_holding_a_value_are_refused_with_a_path_that_does_not_quote_it() {
    var agent = ProxyCalls.fakeAgent();
    int before = fake().received(agent.model()).size();
    var tools =
        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
            + "{\"type\":\"object\",\"properties\":{\"lopez\":{\"type\":\"string\","
            + "\"pattern\":\"^4155552671$\"}}}}}]";

    var response =
        ProxyCalls.post(
            agent.id(), body(agent, "schema-1", tools, user(NAME_SAID + ", " + PHONE_SAID)));

    var error = assertError(response, 422, "unsupported_content");
    assertThat(error.path("param").asText()).isEqualTo("tools[0].function.parameters.properties");
    assertThat(response.body()).doesNotContain("lopez", "4155552671");

    var seeded =
        ProxyCalls.post(
            agent.id(), body(agent, "schema-2", "\"seed\":4155552671", user(PHONE_SAID)));

    assertThat(assertError(seeded, 422, "unsupported_content").path("param").asText())
        .isEqualTo("seed");
    assertThat(fake().received(agent.model())).hasSize(before);
  }
}
