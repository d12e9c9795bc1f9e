package dev.masker.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.masking.policy.RequestRules;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Probes of a third outside leak hunt (issue 11), each of which got a planted value to the upstream
 * before its fix: schema keywords no list named, names and words passed unchecked, a value split
 * across the parts of a message of many parts, letters no normalisation maps. A call says its
 * values once; the request that follows must carry them in no form a model reads, or be refused.
 */
class ChatRequestOutsideProbesTest {
  private static final String SAID =
      "Hi, my name is Anna Kowalski, my phone is 415 555 0134, MRN 40071882";

  private final TextMask mask = TextMask.of(ChatFixtures.masker(), ChatFixtures.SESSION);

  private static String user(String text) {
    return "{\"role\":\"user\",\"content\":" + quoted(text) + "}";
  }

  private static String quoted(String text) {
    var out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A body of {@code messages} (JSON) and {@code extra} top-level fields (JSON members). */
  private static String body(String extra, String... messages) {
    return "{\"model\":\"gpt-4o-mini\",\"messages\":["
        + String.join(",", messages)
        + "]"
        + (extra == null ? "" : "," + extra)
        + "}";
  }

  private ChatRequest.Masking masking(String json) {
    return ChatRequest.parse(json).mask(mask, RequestRules.DEFAULT);
  }

  /** The body as sent upstream after the call said {@link #SAID}. */
  private String sentAfterSaying(String json) {
    assertThat(masking(body(null, user(SAID)))).isInstanceOf(ChatRequest.Masking.Masked.class);
    var request = ChatRequest.parse(json);
    var masking = request.mask(mask, RequestRules.DEFAULT);
    assertThat(masking).as(json).isInstanceOf(ChatRequest.Masking.Masked.class);
    return request.toJson();
  }

  private String refusedAfterSaying(String json) {
    assertThat(masking(body(null, user(SAID)))).isInstanceOf(ChatRequest.Masking.Masked.class);
    var masking = masking(json);
    assertThat(masking).as(json).isInstanceOf(ChatRequest.Masking.Refused.class);
    return ((ChatRequest.Masking.Refused) masking).path();
  }

  /** Every string, key and number of a JSON body, and of JSON documents held in its strings. */
  private static void strings(Json node, List<String> out) {
    if (node instanceof JsonString s) {
      out.add(s.value());
      var inner = s.value().strip();
      if (inner.startsWith("{") || inner.startsWith("[")) {
        try {
          strings(JsonParser.parse(inner), out);
        } catch (RuntimeException notJson) {
          // the string itself is enough
        }
      }
    } else if (node instanceof JsonNumber number) {
      out.add(number.text());
    } else if (node instanceof JsonObject object) {
      for (var entry : object.entries()) {
        out.add(entry.getKey());
        strings(entry.getValue(), out);
      }
    } else if (node instanceof JsonArray array) {
      array.forEach(item -> strings(item, out));
    }
  }

  /**
   * The body as a model reads it, letters and digits only: NFKD, marks and invisible characters
   * dropped, enclosed letters no normalisation maps (negative circled and squared, regional
   * indicators) and letters with a stroke read as letters, tokens removed.
   */
  static String reading(String json) {
    var all = new ArrayList<String>();
    strings(JsonParser.parse(json), all);
    var text = ChatFixtures.TOKEN.matcher(String.join(" ", all)).replaceAll(" ");
    var out = new StringBuilder();
    Normalizer.normalize(text, Normalizer.Form.NFKD)
        .codePoints()
        .forEach(
            c -> {
              if (c >= 0x1F150 && c <= 0x1F169) {
                out.append((char) ('a' + c - 0x1F150));
              } else if (c >= 0x1F170 && c <= 0x1F189) {
                out.append((char) ('a' + c - 0x1F170));
              } else if (c >= 0x1F1E6 && c <= 0x1F1FF) {
                out.append((char) ('a' + c - 0x1F1E6));
              } else if (STROKED.indexOf(c) >= 0) {
                out.append(PLAIN.charAt(STROKED.indexOf(c)));
              } else if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
              }
            });
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Letters a reader takes for plain Latin ones (a stroke, no dot, Armenian), and those. */
  private static final String STROKED = "\u0142\u0141\u00f8\u00d8\u0111\u0110\u0131\u0585";

  private static final String PLAIN = "lLoOdDio";

  private static void assertUnreadable(String sent, String... values) {
    var read = reading(sent);
    var digits = read.replaceAll("[^0-9]", "");
    for (var value : values) {
      assertThat(value.matches("[0-9]+") ? digits : read)
          .as("%s reached the upstream in %s", value, sent)
          .doesNotContain(value);
    }
  }

  private static String tool(String parameters) {
    return "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
        + parameters
        + "}}]";
  }

  @Test
  void strings_under_schema_keywords_no_list_names_are_masked() {
    var value = "\"Anna Kowalski 415 555 0134\"";
    for (var keyword :
        List.of(
            "example",
            "x-note",
            "format",
            "contentEncoding",
            "errorMessage",
            "markdownDescription")) {
      var parameters =
          "{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"string\",\""
              + keyword
              + "\":"
              + value
              + "}}}";
      assertUnreadable(
          sentAfterSaying(body(tool(parameters), user("hello"))), "kowalski", "4155550134");
    }
    assertUnreadable(
        sentAfterSaying(
            body(
                tool("{\"type\":\"object\",\"note\":" + value + ",\"x-list\":[" + value + "]}"),
                user("hello"))),
        "kowalski",
        "4155550134");
    assertUnreadable(
        sentAfterSaying(
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"schema\":{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"string\","
                    + "\"example\":"
                    + value
                    + "}}}}}",
                user("hello"))),
        "kowalski",
        "4155550134");
  }

  @Test
  void a_schema_keeps_its_structure_words() {
    var sent =
        sentAfterSaying(
            body(
                tool(
                    "{\"type\":\"object\",\"properties\":{\"when\":{\"type\":\"string\","
                        + "\"format\":\"date-time\",\"x-unit\":\"minutes\"}}}"),
                user("hello")));

    assertThat(sent).contains("\"format\":\"date-time\"", "\"x-unit\":\"minutes\"");
  }

  @Test
  void a_custom_tool_grammar_holding_a_value_is_refused() {
    var path =
        refusedAfterSaying(
            body(
                "\"tools\":[{\"type\":\"custom\",\"custom\":{\"name\":\"g\",\"format\":"
                    + "{\"type\":\"grammar\",\"grammar\":{\"syntax\":\"lark\",\"definition\":"
                    + "\"start: \\\"Anna Kowalski 415 555 0134\\\"\"}}}}]",
                user("hello")));

    assertThat(path).isEqualTo("tools[0].custom.format.grammar.definition");
    assertThat(
            sentAfterSaying(
                body(
                    "\"tools\":[{\"type\":\"custom\",\"custom\":{\"name\":\"g\",\"format\":"
                        + "{\"type\":\"grammar\",\"grammar\":{\"syntax\":\"regex\",\"definition\":"
                        + "\"[0-9]{4}\"}}}}]",
                    user("hello"))))
        .contains("[0-9]{4}");
  }

  @Test
  void words_and_tool_choices_holding_a_value_are_refused() {
    assertThat(refusedAfterSaying(body("\"service_tier\":\"kowalski\"", user("hi"))))
        .isEqualTo("service_tier");
    assertThat(refusedAfterSaying(body("\"reasoning_effort\":\"Kowalski\"", user("hi"))))
        .isEqualTo("reasoning_effort");
    assertThat(refusedAfterSaying(body("\"verbosity\":\"kowalski\"", user("hi"))))
        .isEqualTo("verbosity");
    assertThat(
            refusedAfterSaying(
                body("\"function_call\":{\"name\":\"kowalski_4155550134\"}", user("hi"))))
        .isEqualTo("function_call.name");
    assertThat(
            refusedAfterSaying(
                body(
                    "\"tool_choice\":{\"type\":\"allowed_tools\",\"allowed_tools\":{\"mode\":"
                        + "\"auto\",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":"
                        + "\"lookup_kowalski\"}}]}}",
                    user("hi"))))
        .isEqualTo("tool_choice.allowed_tools.tools[0].function.name");
    assertThat(
            sentAfterSaying(
                body(
                    "\"service_tier\":\"auto\",\"tool_choice\":{\"type\":\"function\","
                        + "\"function\":{\"name\":\"book\"}}",
                    user("hi"))))
        .contains("\"service_tier\":\"auto\"", "\"name\":\"book\"");
  }

  @Test
  void a_value_split_across_the_parts_of_a_message_of_many_parts_is_masked() {
    var parts = new ArrayList<String>();
    for (int i = 0; i < 40; i++) {
      parts.add("{\"type\":\"text\",\"text\":\"ok \"}");
    }
    parts.add("{\"type\":\"text\",\"text\":\"my name is Dagny Halvor\"}");
    parts.add("{\"type\":\"text\",\"text\":\"sen and 415 555\"}");
    parts.add("{\"type\":\"text\",\"text\":\" 0134 please\"}");
    var message = "{\"role\":\"user\",\"content\":[" + String.join(",", parts) + "]}";
    var request = ChatRequest.parse(body(null, message));

    assertThat(request.mask(mask, RequestRules.DEFAULT))
        .isInstanceOf(ChatRequest.Masking.Masked.class);

    var sent = request.toJson();
    assertUnreadable(sent, "halvorsen", "4155550134");
    var content = JsonParser.parseObject(sent).array("messages");
    var texts = ((JsonObject) content.get(0)).array("content");
    assertThat(texts.size()).isEqualTo(43);
    assertThat(((JsonObject) texts.get(39)).string("text")).isEqualTo("ok ");
    // the name's token is in the part where it starts, so is the rest up to the phone's token and
    // after it; the parts they swallowed are left empty
    assertThat(((JsonObject) texts.get(40)).string("text"))
        .startsWith("my name is MSKV1.NAME.")
        .endsWith(" please");
    assertThat(((JsonObject) texts.get(41)).string("text")).isEmpty();
    assertThat(((JsonObject) texts.get(42)).string("text")).isEmpty();
  }

  @Test
  void enclosed_letters_no_normalisation_maps_are_read_as_letters() {
    // negative squared (U+1F170...), negative circled (U+1F150...), regional indicators
    var forms =
        List.of(
            "\ud83c\udd7a\ud83c\udd7e\ud83c\udd86\ud83c\udd70\ud83c\udd7b\ud83c\udd82"
                + "\ud83c\udd7a\ud83c\udd78 needs a refill",
            "\ud83c\udd5a\ud83c\udd5e\ud83c\udd66\ud83c\udd50\ud83c\udd5b\ud83c\udd62"
                + "\ud83c\udd5a\ud83c\udd58 needs a refill",
            "\ud83c\uddf0\u200b\ud83c\uddf4\u200b\ud83c\uddfc\u200b\ud83c\udde6\u200b"
                + "\ud83c\uddf1\u200b\ud83c\uddf8\u200b\ud83c\uddf0\u200b\ud83c\uddee");
    for (var form : forms) {
      assertUnreadable(sentAfterSaying(body(null, user(form))), "kowalski");
    }
    var fresh = new StringBuilder("my name is ");
    "DAGNY HALVORSEN"
        .chars()
        .forEach(c -> fresh.appendCodePoint(c == ' ' ? ' ' : 0x1F170 + (c - 'A')));
    assertUnreadable(sentAfterSaying(body(null, user(fresh.toString()))), "halvorsen");
  }

  /** The body as sent upstream, the call having said nothing before. */
  private String sent(String json) {
    var request = ChatRequest.parse(json);
    var masking = request.mask(mask, RequestRules.DEFAULT);
    assertThat(masking).as(json).isInstanceOf(ChatRequest.Masking.Masked.class);
    return request.toJson();
  }

  private static String toolResult(String content) {
    return "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
        + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
        + quoted(content)
        + "}";
  }

  @Test
  void json_values_named_by_a_sibling_member_or_a_header_row_are_masked() {
    var records =
        List.of(
            "{\"resourceType\":\"Patient\",\"telecom\":[{\"system\":\"phone\","
                + "\"value\":\"4155550134\"}]}",
            "{\"fields\":[{\"label\":\"last name\",\"value\":\"Halvorsen\"},"
                + "{\"label\":\"phone\",\"value\":\"4155550134\"}]}",
            "{\"identifier\":[{\"type\":{\"text\":\"MRN\"},\"value\":\"40071882\"}],"
                + "\"extension\":[{\"name\":\"surname\",\"value\":\"Halvorsen\"}]}",
            "[[\"first\",\"last\",\"phone\"],[\"Dagny\",\"Halvorsen\",\"415 555 0134\"]]",
            "{\"columns\":[\"first\",\"last\",\"mrn\"],\"rows\":[[\"Dagny\",\"Halvorsen\","
                + "40071882]]}",
            "{\"data\":\"none\",\"fields\":[\"first\",\"last\",\"mrn\"],\"values\":"
                + "[[\"Dagny\",\"Halvorsen\",40071882]],\"records\":7}");
    for (var record : records) {
      assertUnreadable(
          sent(body(null, user("look me up"), toolResult(record))),
          "halvorsen",
          "4155550134",
          "40071882");
    }
  }

  @Test
  void xml_attributes_and_quoted_pairs_are_read_by_their_names() {
    for (var record :
        List.of(
            "<patient family=\"Halvorsen\" given=\"Dagny\" phone=\"415 555 0134\"/>",
            "<patient family='Halvorsen' phone='415-555-0134'></patient>",
            "surname=\"Halvorsen\" phone=\"(415) 555 0134\"")) {
      assertUnreadable(sent(body(null, user(record))), "halvorsen", "4155550134");
    }
  }

  @Test
  void an_utterance_cut_into_three_short_messages_is_read_whole() {
    assertUnreadable(
        sent(body(null, user("my number is 415"), user("555"), user("0134"))), "4155550134");
    assertUnreadable(
        sent(body(null, user("my name is"), user("Dagny"), user("Halvorsen"))), "halvorsen");
  }

  @Test
  void a_known_name_with_a_plural_or_possessive_s_glued_on_is_masked() {
    for (var form : List.of("kowalskis file", "the Kowalskis are here", "KOWALSKIS")) {
      assertUnreadable(sentAfterSaying(body(null, user(form))), "kowalski");
    }
  }

  @Test
  void punctuation_between_digit_groups_does_not_hide_a_phone_number() {
    for (var separator :
        List.of(
            "\u00b7", "\u2022", "\u2027", "\u30fb", "\u2219", "\u22c5", "*", "_", "|", "~", ";")) {
      var text = "call me at 415" + separator + "555" + separator + "0134";
      assertUnreadable(sent(body(null, user(text))), "4155550134");
    }
  }

  @Test
  void records_in_json_like_text_a_strict_parser_refuses_are_read_by_their_keys() {
    var records =
        List.of(
            "{'family': 'Halvorsen', 'phone': '4155550134', 'mrn': '40071882'}",
            "```json\n{\"family\":\"Halvorsen\",\"mrn\":\"40071882\"}\n```",
            "{\"family\":\"Halvorsen\"}\n{\"mrn\":\"40071882\"}",
            "Result: {\"family\":\"Halvorsen\",\"mrn\":\"40071882\"}",
            "{\"family\":\"Halvorsen\",\"mrn\":\"40071882\",}",
            "{family: \"Halvorsen\", mrn: 40071882}");
    for (var record : records) {
      assertUnreadable(
          sent(body(null, user("look me up"), toolResult(record))), "halvorsen", "40071882");
      assertUnreadable(sent(body(null, user(record))), "halvorsen", "40071882");
    }
  }

  @Test
  void labels_in_markdown_emphasis_and_records_inside_a_json_value_are_read() {
    for (var text :
        List.of(
            "**Last name:** Halvorsen\n**MRN:** 40071882",
            "__Surname__: Halvorsen\n*MRN*: 40071882",
            "### Family: Halvorsen\n> MRN: 40071882")) {
      assertUnreadable(sent(body(null, user(text))), "halvorsen", "40071882");
    }
    for (var record :
        List.of(
            "{\"csv\":\"first,last,mrn\\nDagny,Halvorsen,40071882\"}",
            "{\"xml\":\"<family>Halvorsen</family><mrn>40071882</mrn>\"}")) {
      assertUnreadable(
          sent(body(null, user("look me up"), toolResult(record))), "halvorsen", "40071882");
    }
  }

  @Test
  void latin_letters_with_a_stroke_dotless_i_and_armenian_look_alikes_do_not_hide_a_name() {
    for (var form :
        List.of("Kowa\u0142ski called", "Kowalsk\u0131 called", "K\u0585walski called")) {
      assertUnreadable(sentAfterSaying(body(null, user(form))), "kowalski");
    }
  }

  @Test
  void html_labels_its_values_by_columns_terms_attributes_and_bold_labels() {
    for (var html :
        List.of(
            "<table><tr><th>first</th><th>last</th><th>mrn</th></tr>"
                + "<tr><td>Dagny</td><td>Halvorsen</td><td>40071882</td></tr></table>",
            "<dl><dt>Surname</dt><dd>Halvorsen</dd><dt>MRN</dt><dd>40071882</dd></dl>",
            "<b>Last name:</b> Halvorsen<br><b>MRN:</b> 40071882",
            "<span class=\"surname\">Halvorsen</span> <span class=\"mrn\">40071882</span>",
            "<input name=\"surname\" value=\"Halvorsen\"><input name=\"mrn\" value=\"40071882\">",
            "query { patient(lastName: \"Halvorsen\", mrn: \"40071882\") { id } }")) {
      assertUnreadable(sent(body(null, user(html))), "halvorsen", "40071882");
    }
  }

  @Test
  void an_x12_eligibility_message_is_read_by_the_places_of_its_elements() {
    for (var message :
        List.of(
            "ST*270*0001*005010X279A1~NM1*PR*2*ACME HEALTH*****PI*12345~"
                + "NM1*IL*1*HALVORSEN*DAGNY*M***MI*XJH447122901~REF*SY*123456789~"
                + "N3*88 BIRCH HOLLOW RD~N4*FRESNO*CA*93711~DMG*D8*19610314*F~"
                + "PER*IC*DAGNY HALVORSEN*TE*4155550134~SE*9*0001~",
            "NM1*IL*1*HALVORSEN*DAGNY****MI*XJH447122901\nDMG*D8*19610314*F\nREF*SY*123456789",
            "nm1*il*1*halvorsen*dagny****mi*xjh447122901~dmg*d8*19610314*f~ref*sy*123456789~")) {
      assertUnreadable(
          sent(body(null, user("check eligibility"), toolResult(message))),
          "halvorsen",
          "dagny",
          "xjh447122901",
          "123456789",
          "19610314",
          "birchhollow",
          "93711",
          "4155550134");
    }
  }

  @Test
  void an_hl7_patient_segment_is_read_by_the_places_of_its_fields() {
    for (var message :
        List.of(
            "MSH|^~\\&|EPIC|HOSP|||20261205||ADT^A01|1|P|2.5\rPID|1||40071882^^^MRN||"
                + "HALVORSEN^DAGNY||19610314|F|||88 BIRCH HOLLOW RD^^FRESNO^CA^93711||"
                + "(415)555-0134",
            "PID|1||40071882^^^MRN||HALVORSEN^DAGNY||19610314|F|||88 BIRCH HOLLOW RD^^FRESNO"
                + "^CA^93711||^PRN^PH^^1^415^5550134\nNK1|1|HALVORSEN^ERIK|SPO")) {
      assertUnreadable(
          sent(body(null, user("look me up"), toolResult(message))),
          "halvorsen",
          "40071882",
          "19610314",
          "birchhollow",
          "4155550134");
    }
  }

  @Test
  void ordinary_text_in_those_shapes_is_left_as_it_is() {
    for (var text :
        List.of(
            "take 2*2 tablets twice a day",
            "version 1_000_000 of the app",
            "the score was 3|4 today",
            "ratio 1;2;3 please",
            "the appointment is at 10:30",
            "x^2 + 3^4 = 90",
            "3\u00d74 = 12 and 7\u00b78 = 56",
            "{'status': 'ok', 'count': 3, 'drug': 'aspirin'}",
            "**Note:** take with food",
            "<table><tr><th>drug</th><th>dose</th></tr><tr><td>aspirin</td><td>81 mg</td></tr>"
                + "</table>",
            "<span class=\"dose\">81 mg</span> <b>Dose:</b> two tablets<br>",
            "{\"type\":\"text\",\"value\":\"hello there\"}",
            "lookup(status: \"open\", limit: 20)",
            "the Smiths are here")) {
      var sent = sent(body(null, user(text)));
      assertThat(ChatFixtures.tokens(sent)).as(text).isEmpty();
    }
  }

  @Test
  void tables_of_labels_and_values_are_read_row_by_row() {
    for (var table :
        List.of(
            "| field | value |\n|---|---|\n| last name | Halvorsen |\n| mrn | 40071882 |",
            "| last name | Halvorsen |\n| mrn | 40071882 |",
            "<table><tr><td>Last name</td><td>Halvorsen</td></tr><tr><td>MRN</td>"
                + "<td>40071882</td></tr></table>",
            "<table><tr><th>Last name</th><td>Halvorsen</td></tr><tr><th>MRN</th>"
                + "<td>40071882</td></tr></table>",
            "[[\"last name\",\"Halvorsen\"],[\"mrn\",\"40071882\"]]")) {
      assertUnreadable(sent(body(null, user(table))), "halvorsen", "40071882");
      assertUnreadable(
          sent(body(null, user("look me up"), toolResult(table))), "halvorsen", "40071882");
    }
  }
}
