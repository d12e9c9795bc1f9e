package dev.masker.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a fourth outside leak hunt (ADR 16). Each probe plays one or two requests of a call
 * (each in a session of its own) and reads what would go upstream the way a model and a listener
 * do: NFKD, marks and invisible characters dropped, only letters and digits kept, number words read
 * as digits, letters spelled one by one joined. A probe passes when none of its planted forms can
 * be read there, or when the request is refused (422 {@code unsupported_content}).
 *
 * <p>The probes come in four groups: a value said once and coming back in another form, field or
 * turn; every field of a request a client may send; characters that hide a value; and the shapes
 * content takes.
 */
class ChatRequestFourthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hi, my name is Dagny Halvorsen, date of birth 03/14/1961, my phone is 415 555 0134,"
          + " MRN 40071882, member id XJH447122, email dagny.halvorsen@example.com,"
          + " I live at 88 Birch Hollow Road";

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  /** One probe: the requests of a call before it, the request, and the forms it must not carry. */
  record Probe(String name, List<String> before, String request, List<String> forms) {}

  static String user(String text) {
    return message("user", text);
  }

  static String assistant(String text) {
    return message("assistant", text);
  }

  static String message(String role, String text) {
    return "{\"role\":\"" + role + "\",\"content\":" + quoted(text) + "}";
  }

  static String quoted(String text) {
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

  static String body(String extra, String... messages) {
    return "{\"model\":\"gpt-4o-mini\",\"messages\":["
        + String.join(",", messages)
        + "]"
        + (extra == null ? "" : "," + extra)
        + "}";
  }

  static String toolResult(String content) {
    return "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
        + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
        + quoted(content)
        + "}";
  }

  static String toolCall(String arguments) {
    return "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\","
        + "\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":"
        + quoted(arguments)
        + "}}]},{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"ok\"}";
  }

  // ---------------------------------------------------------------------------------------------
  // Reading the body as a model and a listener do

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
        if (!entry.getKey().equals("model")) {
          out.add(entry.getKey());
          strings(entry.getValue(), out);
        }
      }
    } else if (node instanceof JsonArray array) {
      array.forEach(item -> strings(item, out));
    }
  }

  private static final Map<String, String> DIGIT_WORDS =
      Map.ofEntries(
          Map.entry("zero", "0"),
          Map.entry("oh", "0"),
          Map.entry("one", "1"),
          Map.entry("two", "2"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"),
          Map.entry("ten", "10"),
          Map.entry("eleven", "11"),
          Map.entry("twelve", "12"),
          Map.entry("thirteen", "13"),
          Map.entry("fourteen", "14"),
          Map.entry("fifteen", "15"),
          Map.entry("sixteen", "16"),
          Map.entry("seventeen", "17"),
          Map.entry("eighteen", "18"),
          Map.entry("nineteen", "19"));

  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 2, "thirty", 3, "forty", 4, "fifty", 5, "sixty", 6, "seventy", 7, "eighty", 8,
          "ninety", 9);

  private static final Map<String, String> HOMOPHONES =
      Map.of("won", "one", "to", "two", "too", "two", "for", "four", "ate", "eight");

  private static boolean isDigitWord(String word) {
    return word.matches("[0-9]+") || DIGIT_WORDS.containsKey(word);
  }

  /** The digits a listener hears: digits, digit words, "double"/"triple", tens and teens. */
  static String spokenDigits(String text) {
    var words = text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    for (int i = 1; i + 1 < words.length; i++) {
      // "four won five": a digit word misheard, between two number words
      var heard = HOMOPHONES.get(words[i]);
      if (heard != null && isDigitWord(words[i - 1]) && isDigitWord(words[i + 1])) {
        words[i] = heard;
      }
    }
    var out = new StringBuilder();
    int repeat = 1;
    for (int i = 0; i < words.length; i++) {
      var w = words[i];
      if (w.matches("[0-9]+")) {
        out.append(w.repeat(repeat));
        repeat = 1;
      } else if (w.equals("double")) {
        repeat = 2;
      } else if (w.equals("triple")) {
        repeat = 3;
      } else if (DIGIT_WORDS.containsKey(w)) {
        out.append(DIGIT_WORDS.get(w).repeat(repeat));
        repeat = 1;
      } else if (TENS.containsKey(w)) {
        var next = i + 1 < words.length ? DIGIT_WORDS.get(words[i + 1]) : null;
        if (next != null && next.length() == 1 && !next.equals("0")) {
          out.append(TENS.get(w)).append(next);
          i++;
        } else {
          out.append(TENS.get(w)).append('0');
        }
      }
    }
    return out.toString();
  }

  /** Letters said or written one by one ("h a l", "h-a-l", "h.a.l"), joined. */
  static String spelled(String text) {
    var out = new StringBuilder();
    for (var w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      out.append(w.length() == 1 ? w : "|");
    }
    return out.toString();
  }

  static String reading(String json) {
    var all = new ArrayList<String>();
    strings(JsonParser.parse(json), all);
    return ChatFixtures.TOKEN.matcher(String.join(" \n ", all)).replaceAll(" ");
  }

  /** Each form a probe planted that the body sent upstream still lets a reader read. */
  static List<String> readable(String sent, List<String> forms) {
    var text = reading(sent);
    var model = ChatRequestOutsideProbesTest.reading(body(null, user(text)));
    var letters = model.replaceAll("[^\\p{L}\\p{N}]", "");
    var digits = model.replaceAll("[^0-9]", "");
    var spoken = spokenDigits(text);
    var spelled = spelled(text);
    var found = new ArrayList<String>();
    for (var form : forms) {
      boolean read =
          form.matches("[0-9]+")
              ? digits.contains(form) || spoken.contains(form)
              : letters.contains(form) || spelled.contains(form);
      if (read) {
        found.add(form);
      }
    }
    return found;
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(Probe probe) {
    var mask = TextMask.of(MASKER, "agt_test/hunt4-" + sessions++);
    for (var earlier : probe.before()) {
      var masking = ChatRequest.parse(earlier).mask(mask, RequestRules.DEFAULT);
      assertThat(masking).as(earlier).isInstanceOf(ChatRequest.Masking.Masked.class);
    }
    var request = ChatRequest.parse(probe.request());
    var masking = request.mask(mask, RequestRules.DEFAULT);
    if (masking instanceof ChatRequest.Masking.Refused) {
      return null;
    }
    var sent = request.toJson();
    var found = readable(sent, probe.forms());
    return found.isEmpty() ? null : found + " reached the upstream in " + sent;
  }

  // ---------------------------------------------------------------------------------------------
  // The probes

  private static Probe afterSaying(String name, String request, String... forms) {
    return new Probe(name, List.of(body(null, user(SAID))), request, List.of(forms));
  }

  private static Probe fresh(String name, String request, String... forms) {
    return new Probe(name, List.of(), request, List.of(forms));
  }

  /** A form of a value said earlier, in every place a later request may hold it. */
  private static Stream<Probe> recurring(String form, String... read) {
    return Stream.of(
        afterSaying("recurring in a user turn: " + form, body(null, user(form)), read),
        afterSaying(
            "recurring in an assistant turn: " + form,
            body(null, user("hi"), assistant(form), user("yes")),
            read),
        afterSaying(
            "recurring in a tool result: " + form,
            body(null, user("look me up"), toolResult("{\"note\":" + quoted(form) + "}")),
            read),
        afterSaying(
            "recurring in tool arguments: " + form,
            body(null, user("ok"), toolCall("{\"query\":" + quoted(form) + "}")),
            read));
  }

  static Stream<Probe> recurrences() {
    return Stream.of(
            // names
            recurring("halvorsen dagny called", "halvorsen", "dagny"),
            recurring("HALVORSEN, DAGNY", "halvorsen", "dagny"),
            recurring("ms halvorson called back", "halvorson"),
            recurring("it is for dagny halverson", "halverson"),
            recurring("mrs halvorsan needs a refill", "halvorsan"),
            recurring("hallvorsen is here", "hallvorsen"),
            recurring("halvorsson is here", "halvorsson"),
            recurring("ms hal vorsen called", "halvorsen"),
            recurring("ms halvor sen called", "halvorsen"),
            recurring("ms Halvor-\nsen called", "halvorsen"),
            recurring("dagnyhalvorsen is my handle", "halvorsen"),
            recurring("reach @dhalvorsen on chat", "halvorsen"),
            recurring("the halvorsen-smith family", "halvorsen"),
            recurring("HalvorsenD is the login", "halvorsen"),
            recurring("login halvorsen_d please", "halvorsen"),
            recurring("halvorsen1961 is the login", "halvorsen"),
            recurring("dagny.halvorsen wrote", "halvorsen"),
            recurring("ms dagnyh called", "dagnyh"),
            recurring("Halvo\u0308rsen called", "halvorsen"),
            recurring("\u2066Halvorsen\u2069 called", "halvorsen"),
            recurring(
                "H\u200Ba\u200Bl\u200Bv\u200Bo\u200Br\u200Bs\u200Be\u200Bn called", "halvorsen"),
            recurring("\uFF28\uFF41\uFF4C\uFF56\uFF4F\uFF52\uFF53\uFF45\uFF4E called", "halvorsen"),
            recurring("D. Halvorsen called", "halvorsen"),
            recurring("dagny called again", "dagny"),
            recurring("h a l v o r s e n", "halvorsen"),
            recurring("Halvorsen\u00A0Dagny", "halvorsen", "dagny"),
            // phone
            recurring("four one five five five five zero one three four", "4155550134"),
            recurring("it ends in 0134", "0134"),
            recurring("4 1 5 5 5 5 0 1 3 4", "4155550134"),
            recurring("try 415 5550 134", "4155550134"),
            recurring("try 41-555-50134", "4155550134"),
            recurring("try +14155550134", "4155550134"),
            recurring("five five five oh one three four", "5550134"),
            recurring("try 555 0134", "5550134"),
            recurring("\u0664\u0661\u0665\u0665\u0665\u0665\u0660\u0661\u0663\u0664", "4155550134"),
            recurring(
                "\u096A\u0967\u096B \u096B\u096B\u096B \u0966\u0967\u0969\u096A", "4155550134"),
            recurring("415\u2009555\u20090134", "4155550134"),
            recurring("four fifteen, five fifty five, oh one three four", "4155550134"),
            recurring("four one five\nfive five five\noh one three four", "4155550134"),
            recurring("- 415\n- 555\n- 0134", "4155550134"),
            recurring("four-one-five-five-five-five-oh-one-three-four", "4155550134"),
            recurring("fouronefive fivefivefive ohonethreefour", "fouronefive"),
            recurring("415 555 01 34", "4155550134"),
            // MRN, member id, date of birth, e-mail, street
            recurring("four zero zero seven one eight eight two", "40071882"),
            recurring("4007-1882", "40071882"),
            recurring("four double oh seven one double eight two", "40071882"),
            recurring("x j h four four seven one two two", "447122"),
            recurring("XJH 447 122", "447122"),
            recurring("14/03/1961", "14031961"),
            recurring("1961-03-14", "19610314"),
            recurring("March 14, 1961", "march141961"),
            recurring("14 Mar 1961", "14mar1961"),
            recurring("march fourteenth nineteen sixty one", "marchfourteenth"),
            recurring("3.14.61", "31461"),
            recurring("dagny dot halvorsen at example dot com", "halvorsen"),
            recurring("DAGNY.HALVORSEN@EXAMPLE.COM", "halvorsen"),
            recurring("88 birch hollow rd", "birchhollow"),
            recurring("eighty eight birch hollow road", "birchhollow"))
        .flatMap(s -> s);
  }

  static Stream<Probe> fields() {
    var said = user(SAID);
    return Stream.of(
        fresh("user field", body("\"user\":\"Dagny Halvorsen\"", said), "halvorsen"),
        fresh("user field phone", body("\"user\":\"+14155550134\"", said), "4155550134"),
        fresh(
            "user field json",
            body("\"user\":\"{\\\"phone\\\":\\\"4155550134\\\"}\"", said),
            "4155550134"),
        fresh(
            "safety_identifier",
            body("\"safety_identifier\":\"halvorsen-dagny\"", said),
            "halvorsen"),
        fresh(
            "prompt_cache_key", body("\"prompt_cache_key\":\"pt-4155550134\"", said), "4155550134"),
        fresh(
            "stop",
            body("\"stop\":[\"Halvorsen\",\"4155550134\"]", said),
            "halvorsen",
            "4155550134"),
        fresh(
            "prediction",
            body("\"prediction\":{\"type\":\"content\",\"content\":\"Dear Ms Halvorsen\"}", said),
            "halvorsen"),
        fresh(
            "prediction parts",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":"
                    + "[{\"type\":\"text\",\"text\":\"Dear Ms Halvorsen\"}]}",
                said),
            "halvorsen"),
        fresh(
            "message name",
            body(null, said, "{\"role\":\"user\",\"name\":\"Dagny_Halvorsen\",\"content\":\"hi\"}"),
            "halvorsen"),
        fresh(
            "message name glued",
            body(null, said, "{\"role\":\"user\",\"name\":\"dhalvorsen\",\"content\":\"hi\"}"),
            "halvorsen"),
        fresh(
            "message name camel",
            body(null, said, "{\"role\":\"user\",\"name\":\"DagnyHalvorsen\",\"content\":\"hi\"}"),
            "halvorsen"),
        fresh(
            "message name digits",
            body(
                null,
                said,
                "{\"role\":\"user\",\"name\":\"caller_4155550134\",\"content\":\"hi\"}"),
            "4155550134"),
        fresh(
            "tool call id",
            body(
                null,
                said,
                "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_halvorsen_4155550134\","
                    + "\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}",
                "{\"role\":\"tool\",\"tool_call_id\":\"call_halvorsen_4155550134\","
                    + "\"content\":\"ok\"}"),
            "halvorsen",
            "4155550134"),
        fresh(
            "tool arguments nested json",
            body(
                null,
                said,
                toolCall(
                    "{\"payload\":\"{\\\"last\\\":\\\"Halvorsen\\\","
                        + "\\\"tel\\\":\\\"4155550134\\\"}\"}")),
            "halvorsen",
            "4155550134"),
        fresh(
            "tool arguments text",
            body(null, said, toolCall("Halvorsen, 4155550134")),
            "halvorsen",
            "4155550134"),
        fresh(
            "tool arguments fresh nested",
            body(
                null,
                user("hi"),
                toolCall(
                    "{\"payload\":\"{\\\"last_name\\\":\\\"Halvorsen\\\","
                        + "\\\"phone\\\":\\\"4155550134\\\"}\"}")),
            "halvorsen",
            "4155550134"),
        fresh(
            "function_call message",
            body(
                null,
                said,
                "{\"role\":\"assistant\",\"content\":null,\"function_call\":{\"name\":\"f\","
                    + "\"arguments\":\"{\\\"who\\\":\\\"Halvorsen\\\"}\"}}",
                "{\"role\":\"function\",\"name\":\"f\",\"content\":\"Halvorsen 4155550134\"}"),
            "halvorsen",
            "4155550134"),
        fresh(
            "tool description",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"description\":"
                    + "\"look up Dagny Halvorsen at 4155550134\"}}]",
                said),
            "halvorsen",
            "4155550134"),
        fresh(
            "tool enum",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"string\",\"enum\":"
                    + "[\"Halvorsen\",\"4155550134\"]}}}}}]",
                said),
            "halvorsen",
            "4155550134"),
        fresh(
            "tool default number",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"integer\",\"default\":"
                    + "4155550134}}}}}]",
                said),
            "4155550134"),
        fresh(
            "legacy functions",
            body("\"functions\":[{\"name\":\"f\",\"description\":\"for Halvorsen\"}]", said),
            "halvorsen"),
        fresh(
            "response format schema",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"description\":\"Halvorsen\",\"schema\":{\"type\":\"object\","
                    + "\"description\":\"for 4155550134\"}}}",
                said),
            "halvorsen",
            "4155550134"),
        fresh("metadata", body("\"metadata\":{\"patient\":\"Halvorsen\"}", said), "halvorsen"),
        fresh(
            "vapi call",
            body("\"call\":{\"id\":\"c-1\",\"customer\":{\"number\":\"+14155550134\"}}", said),
            "4155550134"),
        fresh(
            "vapi customer",
            body("\"customer\":{\"name\":\"Dagny Halvorsen\"}", said),
            "halvorsen"),
        fresh(
            "retell dynamic variables",
            body("\"retell_llm_dynamic_variables\":{\"name\":\"Halvorsen\"}", said),
            "halvorsen"),
        fresh(
            "elevenlabs extra body",
            body("\"elevenlabs_extra_body\":{\"caller\":\"Halvorsen\"}", said),
            "halvorsen"),
        fresh(
            "bolna context", body("\"context_data\":{\"name\":\"Halvorsen\"}", said), "halvorsen"),
        fresh("extra_body", body("\"extra_body\":{\"name\":\"Halvorsen\"}", said), "halvorsen"),
        fresh("legacy prompt", body("\"prompt\":\"Halvorsen\"", said), "halvorsen"),
        fresh("seed", body("\"seed\":4155550134", said), "4155550134"),
        fresh("max_tokens mrn", body("\"max_tokens\":40071882", said), "40071882"),
        fresh("logit_bias", body("\"logit_bias\":{\"4155550134\":1}", said), "4155550134"),
        fresh("n as mrn", body("\"n\":40071882", said), "40071882"),
        fresh(
            "tool_choice",
            body(
                "\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"halvorsen\"}}",
                said),
            "halvorsen"),
        fresh(
            "image part",
            body(
                null,
                said,
                "{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":"
                    + "\"https://x.example/halvorsen.png\"}}]}"),
            "halvorsen"),
        fresh(
            "input_text part",
            body(
                null,
                said,
                "{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Halvorsen\"}]}"),
            "halvorsen"),
        fresh(
            "audio reference",
            body(null, said, "{\"role\":\"assistant\",\"audio\":{\"id\":\"halvorsen\"}}"),
            "halvorsen"),
        fresh(
            "refusal",
            body(
                null,
                said,
                "{\"role\":\"assistant\",\"content\":null,\"refusal\":\"not for Halvorsen\"}",
                user("ok")),
            "halvorsen"),
        fresh(
            "developer role",
            body(
                null,
                message("developer", "The caller is Dagny Halvorsen, 415 555 0134"),
                user("hi")),
            "halvorsen",
            "4155550134"),
        fresh(
            "system role record",
            body(
                null,
                message("system", "Caller profile -- last: Halvorsen; phone 4155550134"),
                user("hi")),
            "halvorsen",
            "4155550134"),
        fresh(
            "web search location",
            body(
                "\"web_search_options\":{\"user_location\":{\"type\":\"approximate\",\"approximate\":"
                    + "{\"city\":\"Halvorsen\"}}}",
                said),
            "halvorsen"),
        fresh(
            "tool message parts",
            body(
                null,
                said,
                "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                    + "\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}",
                "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":[{\"type\":\"text\","
                    + "\"text\":\"Halvorsen 4155550134\"}]}"),
            "halvorsen",
            "4155550134"),
        fresh(
            "custom tool input",
            body(
                null,
                said,
                "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"custom\","
                    + "\"custom\":{\"name\":\"g\",\"input\":\"Halvorsen 4155550134\"}}]}",
                "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"ok\"}"),
            "halvorsen",
            "4155550134"));
  }

  static Stream<Probe> characters() {
    return Stream.of(
        fresh(
            "zero-width inside a name",
            body(null, user("my name is Dagny Hal\u200Bvorsen")),
            "halvorsen"),
        fresh(
            "bidi isolate inside a name",
            body(null, user("my name is Dagny Hal\u2067vor\u2069sen")),
            "halvorsen"),
        fresh(
            "RLM inside a phone",
            body(null, user("call me at 415\u200F555\u200F0134")),
            "4155550134"),
        fresh(
            "LRI around a phone",
            body(null, user("call me at \u2066415 555 0134\u2069")),
            "4155550134"),
        fresh(
            "soft hyphens in a phone",
            body(null, user("call me at 415\u00AD555\u00AD0134")),
            "4155550134"),
        fresh(
            "nbsp in a phone", body(null, user("call me at 415\u00A0555\u00A00134")), "4155550134"),
        fresh(
            "thin space in a phone",
            body(null, user("call me at 415\u2009555\u20090134")),
            "4155550134"),
        fresh(
            "narrow nbsp in a phone",
            body(null, user("call me at 415\u202F555\u202F0134")),
            "4155550134"),
        fresh(
            "fullwidth phone",
            body(
                null,
                user("call me at \uFF14\uFF11\uFF15-\uFF15\uFF15\uFF15-\uFF10\uFF11\uFF13\uFF14")),
            "4155550134"),
        fresh(
            "arabic-indic phone",
            body(
                null,
                user("call me at \u0664\u0661\u0665 \u0665\u0665\u0665 \u0660\u0661\u0663\u0664")),
            "4155550134"),
        fresh(
            "devanagari phone",
            body(
                null,
                user("call me at \u096A\u0967\u096B \u096B\u096B\u096B \u0966\u0967\u0969\u096A")),
            "4155550134"),
        fresh(
            "superscript phone",
            body(
                null,
                user("call me at \u2074\u00B9\u2075 \u2075\u2075\u2075 \u2070\u00B9\u00B3\u2074")),
            "4155550134"),
        fresh(
            "mixed-script digits mrn", body(null, user("MRN 4\u0660\u06F07\u0967882")), "40071882"),
        fresh(
            "devanagari mrn",
            body(null, user("MRN \u096A\u0966\u0966\u096D\u0967\u096E\u096E\u0968")),
            "40071882"),
        fresh("zero-width in an mrn", body(null, user("MRN 4007\u200B1882")), "40071882"),
        fresh(
            "fullwidth name",
            body(
                null,
                user(
                    "my name is \uFF24\uFF41\uFF47\uFF4E\uFF59 \uFF28\uFF41\uFF4C\uFF56\uFF4F\uFF52"
                        + "\uFF53\uFF45\uFF4E")),
            "halvorsen"),
        fresh(
            "combining acute in a name",
            body(null, user("my name is Dagny Halvo\u0301rsen")),
            "halvorsen"),
        fresh(
            "cyrillic a in a name",
            body(null, user("my name is D\u0430gny H\u0430lvorsen")),
            "halvorsen"),
        fresh(
            "bold math name",
            body(
                null,
                user(
                    "my last name is "
                        + "\uD835\uDC07\uD835\uDC1A\uD835\uDC25\uD835\uDC2F\uD835\uDC28\uD835\uDC2B"
                        + "\uD835\uDC2C\uD835\uDC1E\uD835\uDC27")),
            "halvorsen"),
        fresh(
            "fullwidth slash dob",
            body(null, user("date of birth 03\uFF0F14\uFF0F1961")),
            "03141961"),
        fresh(
            "fullwidth digits dob",
            body(null, user("date of birth \uFF10\uFF13/\uFF11\uFF14/\uFF11\uFF19\uFF16\uFF11")),
            "03141961"),
        fresh(
            "zero-width in a dob", body(null, user("date of birth 03/14/19\u200B61")), "03141961"),
        fresh(
            "fullwidth at in email",
            body(null, user("email dagny.halvorsen\uFF20example.com")),
            "halvorsen"),
        fresh(
            "zero-width in email",
            body(null, user("email dagny.halvor\u200Bsen@example.com")),
            "halvorsen"),
        fresh(
            "en dashes in a phone",
            body(null, user("call me at 415\u2013555\u20130134")),
            "4155550134"),
        fresh(
            "hyphenation point phone",
            body(null, user("call me at 415\u2027555\u20270134")),
            "4155550134"),
        fresh("spaced dots phone", body(null, user("call me at 415 . 555 . 0134")), "4155550134"),
        fresh(
            "ideographic comma phone",
            body(null, user("call me at 415\u3001555\u30010134")),
            "4155550134"),
        fresh(
            "arabic comma phone",
            body(null, user("call me at 415\u060C555\u060C0134")),
            "4155550134"),
        fresh(
            "fullwidth comma phone",
            body(null, user("call me at 415\uFF0C555\uFF0C0134")),
            "4155550134"),
        fresh(
            "digits with combining marks",
            body(null, user("call me at 4\u03055\u0305 415 555 0134")),
            "4155550134"),
        fresh(
            "math digits",
            body(
                null,
                user(
                    "call me at "
                        + "\uD835\uDFD2\uD835\uDFCF\uD835\uDFD3 \uD835\uDFD3\uD835\uDFD3\uD835\uDFD3 "
                        + "\uD835\uDFCE\uD835\uDFCF\uD835\uDFD1\uD835\uDFD2")),
            "4155550134"),
        fresh(
            "roman-numeral-free letter O digits",
            body(null, user("call me at 415 555 O134")),
            "5550134"),
        fresh("greek name", body(null, user("my name is Dagny \u0397alvorsen")), "halvorsen"),
        fresh(
            "word joiner in a phone",
            body(null, user("call me at 415\u2060555\u20600134")),
            "4155550134"),
        fresh(
            "tag characters name",
            body(null, user("my name is Dagny " + tags("Halvorsen"))),
            "halvorsen"),
        fresh(
            "vertical tab in a name",
            body(null, user("my name is Dagny\u000BHalvorsen")),
            "halvorsen"),
        fresh(
            "thai digits phone",
            body(
                null,
                user("call me at \u0E54\u0E51\u0E55 \u0E55\u0E55\u0E55 \u0E50\u0E51\u0E53\u0E54")),
            "4155550134"),
        fresh(
            "bengali digits mrn",
            body(null, user("MRN \u09EA\u09E6\u09E6\u09ED\u09E7\u09EE\u09EE\u09E8")),
            "40071882"),
        fresh(
            "subscript phone",
            body(
                null,
                user("call me at \u2084\u2081\u2085 \u2085\u2085\u2085 \u2080\u2081\u2083\u2084")),
            "4155550134"));
  }

  /**
   * The ASCII marks ADR 14 made group separators, each in a session of its own: the third hunt's
   * probe played them in one session, so all but the first were masked as the value it had learned.
   */
  static Stream<Probe> asciiGroupMarks() {
    return Stream.of("*", "_", "~", "^", "\\")
        .map(
            mark ->
                fresh(
                    "ascii mark " + mark + " in a phone",
                    body(null, user("call me at 415" + mark + "555" + mark + "0134")),
                    "4155550134"));
  }

  private static String tags(String text) {
    var out = new StringBuilder();
    text.chars().forEach(c -> out.appendCodePoint(0xE0000 + c));
    return out.toString();
  }

  static Stream<Probe> shapes() {
    return Stream.of(
        fresh(
            "phone over list items",
            body(null, user("my number is:\n- 415\n- 555\n- 0134")),
            "4155550134"),
        fresh(
            "phone over numbered items",
            body(null, user("my phone number is\n1) 415\n2) 555\n3) 0134")),
            "4155550134"),
        fresh(
            "phone over table cells",
            body(
                null,
                user("phone:\n| area | prefix | line |\n|---|---|---|\n| 415 | 555 | 0134 |")),
            "4155550134"),
        fresh(
            "code block record",
            body(null, user("```\nphone: 415-555-0134\nname: Dagny Halvorsen\n```")),
            "4155550134",
            "halvorsen"),
        fresh("inline code phone", body(null, user("call me at `415-555-0134`")), "4155550134"),
        fresh(
            "name split by a line break",
            body(null, user("my name is Dagny\nHalvorsen")),
            "halvorsen"),
        fresh(
            "name hyphenated over a line",
            body(null, user("my name is Dagny Halvor-\nsen")),
            "halvorsen"),
        fresh(
            "url query",
            body(null, user("https://clinic.example.com/patients?last=Halvorsen&phone=4155550134")),
            "halvorsen",
            "4155550134"),
        fresh(
            "url without scheme",
            body(null, user("see clinic.example.com/p?last=halvorsen&mrn=40071882")),
            "halvorsen",
            "40071882"),
        fresh(
            "markdown link",
            body(null, user("[profile](https://x.example/patients/halvorsen-dagny)")),
            "halvorsen"),
        fresh(
            "json in string in json in string",
            body(
                null,
                user("look me up"),
                toolResult(
                    "{\"payload\":\"{\\\"patient\\\":\\\"{\\\\\\\"last\\\\\\\":\\\\\\\"Halvorsen"
                        + "\\\\\\\"}\\\"}\"}")),
            "halvorsen"),
        fresh(
            "csv",
            body(null, user("last,first,phone\nHalvorsen,Dagny,415-555-0134")),
            "halvorsen",
            "4155550134"),
        fresh(
            "caller transcript",
            body(null, user("Caller: my name is dagny halvorsen\nAgent: thanks dagny")),
            "halvorsen"),
        fresh(
            "transcript name answer",
            body(null, user("Agent: can I have your last name?\nCaller: halvorsen")),
            "halvorsen"),
        fresh(
            "transcript phone answer",
            body(
                null,
                user(
                    "Agent: what's the best number to reach you?\nCaller: four one five five five"
                        + " five oh one three four")),
            "4155550134"),
        fresh(
            "transcript dob answer",
            body(
                null,
                user(
                    "Agent: and your date of birth?\nCaller: march fourteenth nineteen sixty one")),
            "marchfourteenth"),
        fresh(
            "transcript member id answer",
            body(
                null,
                user("Agent: what's your member id?\nCaller: x j h four four seven one two two")),
            "447122"),
        fresh(
            "transcript mrn answer",
            body(null, user("Agent: what's your MRN?\nCaller: 40071882")),
            "40071882"),
        fresh(
            "transcript surname answer after AI",
            body(null, user("AI: what is your name?\nUser: dagny halvorsen")),
            "halvorsen"),
        fresh(
            "transcript with timestamps",
            body(null, user("[00:01] Caller: my name is dagny halvorsen\n[00:04] Agent: thanks")),
            "halvorsen"),
        fresh(
            "transcript speaker numbers",
            body(null, user("Speaker 1: what's your number?\nSpeaker 2: 415 555 0134")),
            "4155550134"),
        fresh(
            "transcript spelled answer",
            body(null, user("Agent: how do you spell that?\nCaller: h a l v o r s e n")),
            "halvorsen"),
        fresh(
            "voicemail",
            body(
                null,
                user(
                    "You have a new voicemail from (415) 555-0134."
                        + " Transcript: hi it's dagny halvorsen calling back")),
            "4155550134",
            "halvorsen"),
        fresh(
            "voicemail callback words",
            body(
                null,
                user(
                    "Voicemail transcript: hi this is "
                        + "dagny, my callback number is four one five five five five oh one three four")),
            "4155550134"),
        fresh(
            "xml caller element",
            body(null, user("<caller>my name is dagny halvorsen</caller>")),
            "halvorsen"),
        fresh(
            "semicolon pairs",
            body(null, user("patient=Halvorsen;dob=1961-03-14")),
            "halvorsen",
            "19610314"),
        fresh(
            "tsv label lines",
            body(null, user("surname\tHalvorsen\nmrn\t40071882")),
            "halvorsen",
            "40071882"),
        fresh(
            "yaml",
            body(null, user("patient:\n  last: Halvorsen\n  mrn: 40071882")),
            "halvorsen",
            "40071882"),
        fresh(
            "last name on file",
            body(null, user("the last name on file is halvorsen")),
            "halvorsen"),
        fresh(
            "spelled with dashes",
            body(null, user("my last name is h-a-l-v-o-r-s-e-n")),
            "halvorsen"),
        fresh(
            "phone over three lines",
            body(null, user("my number is four one five\nfive five five\noh one three four")),
            "4155550134"),
        fresh(
            "html comment",
            body(null, user("hello <!-- patient Halvorsen, mrn 40071882 -->")),
            "halvorsen",
            "40071882"),
        fresh(
            "name in quotes after cue",
            body(null, user("my name is \"Dagny Halvorsen\"")),
            "halvorsen"),
        fresh(
            "name in brackets", body(null, user("patient name: [Halvorsen, Dagny]")), "halvorsen"),
        fresh(
            "phone in a sentence with words between groups",
            body(null, user("my number is 415, then 555, then 0134")),
            "4155550134"),
        fresh(
            "split over two requests' tool and user",
            body(null, assistant("What is your phone number?"), user("415 555"), user("0134")),
            "4155550134"),
        fresh(
            "assistant question then answer",
            body(null, assistant("Can I get your last name please?"), user("halvorsen")),
            "halvorsen"),
        fresh(
            "assistant question then mrn",
            body(
                null,
                assistant("What's your medical record number?"),
                user("four zero zero seven one " + "eight eight two")),
            "40071882"),
        fresh(
            "multiple choices style n",
            body("\"n\":3", user("my name is Dagny Halvorsen")),
            "halvorsen"),
        fresh(
            "email in angle brackets",
            body(null, user("From: Dagny <dagny.halvorsen@example.com>")),
            "halvorsen"));
  }

  static Stream<Probe> harder() {
    return Stream.of(
            Stream.of(
                afterSaying(
                    "capitalised typo without a cue",
                    body(null, user("Please send it to Halverson today.")),
                    "halverson"),
                afterSaying(
                    "capitalised typo at a sentence start",
                    body(null, user("Halvorson needs a refill.")),
                    "halvorson"),
                afterSaying(
                    "tool arguments array",
                    body(null, user("ok"), toolCall("[\"Halvorsen\",\"4155550134\"]")),
                    "halvorsen",
                    "4155550134"),
                afterSaying(
                    "checkbox list", body(null, user("- [x] Halvorsen\n- [ ] other")), "halvorsen"),
                afterSaying(
                    "spelled with hyphens after the first name",
                    body(null, user("Dagny H-a-l-v-o-r-s-e-n")),
                    "halvorsen")),
            Stream.of(
                fresh(
                    "inline surname label",
                    body(
                        null,
                        message("system", "Caller profile -- surname: Halvorsen; phone 4155550134"),
                        user("hi")),
                    "halvorsen",
                    "4155550134"),
                fresh(
                    "inline last label",
                    body(
                        null,
                        message("system", "Caller profile -- last: Halvorsen; first: Dagny"),
                        user("hi")),
                    "halvorsen"),
                fresh(
                    "inline pt label",
                    body(null, user("pt: Halvorsen, Dagny (DOB 03/14/1961)")),
                    "halvorsen",
                    "03141961"),
                fresh(
                    "spoken dashes",
                    body(
                        null,
                        user(
                            "call me at four one five dash five five"
                                + " five dash oh one three four")),
                    "4155550134"),
                fresh(
                    "written dash words",
                    body(null, user("call me at 415 dash 555 dash 0134")),
                    "4155550134"),
                fresh(
                    "written fillers",
                    body(null, user("call me at 415 um 555 uh 0134")),
                    "4155550134"),
                fresh(
                    "plus signs between groups",
                    body(null, user("call me at 415+555+0134")),
                    "4155550134"),
                fresh(
                    "apostrophes between groups",
                    body(null, user("call me at 415'555'0134")),
                    "4155550134"),
                fresh(
                    "phone over table rows",
                    body(null, user("my phone number\n| 415 |\n| 555 |\n| 0134 |")),
                    "4155550134"),
                fresh(
                    "phone over quote lines",
                    body(null, user("my number is\n> 415\n> 555\n> 0134")),
                    "4155550134"),
                fresh(
                    "courtesy question in a transcript",
                    body(null, user("Agent: Can I get your last name please?\nCaller: halvorsen")),
                    "halvorsen"),
                fresh(
                    "transcript in a tool result",
                    body(
                        null,
                        user("look me up"),
                        toolResult("Agent: what's your MRN?\nCaller: 40071882")),
                    "40071882"),
                fresh(
                    "voicemail header",
                    body(
                        null,
                        user(
                            "From: +1 (415) 555-0134\n"
                                + "Duration: 0:42\nTranscript: hi it's me, call me back")),
                    "4155550134"),
                fresh(
                    "name spelled with hyphens after a cue",
                    body(null, user("my name is Dagny H-a-l-v-o-r-s-e-n")),
                    "halvorsen"),
                fresh("ph# label", body(null, user("ph# 4155550134")), "4155550134"),
                fresh("tel# label", body(null, user("tel#4155550134")), "4155550134"),
                fresh("c: label", body(null, user("Dagny\nc: 4155550134")), "4155550134"),
                fresh("m: label", body(null, user("m: 4155550134")), "4155550134"),
                fresh("cell# label", body(null, user("cell# 4155550134")), "4155550134"),
                fresh("callback label", body(null, user("callback 4155550134")), "4155550134"),
                fresh("cb# label", body(null, user("cb# 4155550134")), "4155550134"),
                fresh("MRN#", body(null, user("MRN#40071882")), "40071882"),
                fresh("MR#", body(null, user("MR# 40071882")), "40071882"),
                fresh("med rec no.", body(null, user("med rec no. 40071882")), "40071882"),
                fresh("medical record #", body(null, user("medical record #40071882")), "40071882"),
                fresh("chart no", body(null, user("chart no 40071882")), "40071882"),
                fresh("DOB run together", body(null, user("DOB:03141961")), "03141961"),
                fresh("D.O.B.", body(null, user("D.O.B. 3/14/61")), "31461"),
                fresh("born on short", body(null, user("born on 3/14/61")), "31461"),
                fresh("mbr id", body(null, user("mbr id: xjh447122")), "447122"),
                fresh("member #", body(null, user("member #: XJH447122")), "447122"),
                fresh(
                    "number spoken in parentheses",
                    body(
                        null,
                        user(
                            "my number is (four one "
                                + "five) five five five - zero one three four")),
                    "4155550134"),
                fresh(
                    "ssn-like phone after 'reach me'",
                    body(null, user("reach me on 4155550134")),
                    "4155550134"),
                fresh("text me at", body(null, user("text me at 4155550134")), "4155550134")))
        .flatMap(s -> s);
  }

  static Stream<Probe> secondRound() {
    return Stream.of(
            recurring("#TeamHalvorsen rocks", "halvorsen"),
            recurring("the HalvorsenFamily account", "halvorsen"),
            recurring("see dagnyhalvorsen.example.com", "halvorsen"),
            recurring("&#72alvorsen called", "halvorsen"),
            recurring("\\u{48}alvorsen called", "halvorsen"),
            recurring("\\U00000048alvorsen called", "halvorsen"),
            Stream.of(
                fresh(
                    "template variable with spaces",
                    body(
                        null,
                        message(
                            "system", "caller_last_name = halvorsen\ncaller_phone = 4155550134"),
                        user("hi")),
                    "halvorsen",
                    "4155550134"),
                fresh(
                    "label with a space before the colon",
                    body(null, user("last name : halvorsen\nphone : 4155550134")),
                    "halvorsen",
                    "4155550134"),
                fresh(
                    "html entity without semicolon",
                    body(null, user("my name is Dagny &#72alvorsen")),
                    "halvorsen"),
                fresh(
                    "js code point escape",
                    body(null, user("my name is Dagny \\u{48}alvorsen")),
                    "halvorsen"),
                fresh(
                    "python long escape",
                    body(null, user("my name is Dagny \\U00000048alvorsen")),
                    "halvorsen"),
                fresh(
                    "css escape", body(null, user("my name is Dagny \\48 alvorsen")), "halvorsen"),
                fresh(
                    "phone in a domain",
                    body(null, user("call me, see 415-555-0134.example.com")),
                    "4155550134"),
                fresh(
                    "homophones in a spoken phone",
                    body(null, user("call me at for one five five five five oh one three for")),
                    "4155550134"),
                fresh(
                    "homophones won and to",
                    body(null, user("my number is four won five five five five oh won three four")),
                    "4155550134"),
                fresh(
                    "email without dots said",
                    body(null, user("my email is dagny halvorsen at example com")),
                    "halvorsen"),
                fresh(
                    "names joined by a slash",
                    body(null, user("patient: Dagny/Halvorsen")),
                    "halvorsen"),
                fresh(
                    "phone with invisible separator",
                    body(null, user("call me at 415\u2063555\u20630134")),
                    "4155550134"),
                fresh(
                    "dob with ordinal words",
                    body(null, user("date of birth the 14th of March '61")),
                    "14march61"),
                fresh(
                    "markdown table with a name column",
                    body(
                        null,
                        user("| name | phone |\n|---|---|\n| halvorsen dagny | 4155550134 |")),
                    "halvorsen",
                    "4155550134")))
        .flatMap(s -> s);
  }

  static Stream<Probe> thirdRound() {
    return Stream.of(
        fresh(
            "a name cut inside a word over two messages",
            body(null, user("my name is dagny hal"), user("vorsen")),
            "halvorsen"),
        fresh(
            "a transcript as JSON turns in a tool result",
            body(
                null,
                user("look me up"),
                toolResult(
                    "{\"transcript\":[{\"role\":\"user\",\"text\":\"my number is 415\"},"
                        + "{\"role\":\"user\",\"text\":\"555 0134\"}]}")),
            "4155550134"),
        fresh(
            "a transcript string in a JSON value",
            body(
                null,
                user("look me up"),
                toolResult("{\"transcript\":\"AI: what's your number?\\nUser: 415 555 0134\"}")),
            "4155550134"),
        fresh(
            "words of a transcript one per JSON item",
            body(
                null,
                user("look me up"),
                toolResult(
                    "{\"words\":[{\"word\":\"my\"},{\"word\":\"number\"},{\"word\":\"is\"},"
                        + "{\"word\":\"415\"},{\"word\":\"555\"},{\"word\":\"0134\"}]}")),
            "4155550134"),
        fresh(
            "words of a name one per JSON item",
            body(
                null,
                user("look me up"),
                toolResult(
                    "[{\"w\":\"my\",\"t\":0.1},{\"w\":\"name\",\"t\":0.2},"
                        + "{\"w\":\"is\",\"t\":0.3},{\"w\":\"dagny\",\"t\":0.4},"
                        + "{\"w\":\"halvorsen\",\"t\":0.5}]")),
            "halvorsen"));
  }

  /** Ordinary text in the shapes the probes use: no token. */
  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return Stream.of(
            "- 2 tablets\n- 3 times a day",
            "| dose | time |\n|---|---|\n| 20 mg | 8 am |",
            "Agent: how are you today?\nCaller: fine thanks",
            "Agent: what time works for you?\nCaller: 10 30 tomorrow morning",
            "Agent: anything else I can help with?\nCaller: no that's all",
            "1. take aspirin\n2. rest\n3. drink water",
            "[00:01] Agent: hello\n[00:02] Caller: hi there",
            "the readings:\n| 120 | 80 |\n| 118 | 76 |",
            "count 1 then 2 then 3",
            "take 2 then 1 then half a tablet",
            "> quoted advice\n> drink water",
            "Q: how many tablets?\nA: two a day",
            "Agent: Which pharmacy please?\nCaller: the one on main street",
            "steps:\n- 10\n- 20\n- 30",
            "take two to three tablets twice a day",
            "call me between nine to five",
            "i went for one walk and ate two apples",
            "the price went from 1200 to 1350 and then to 1400",
            "[{\"drug\":\"aspirin\",\"dose\":\"81 mg\"},{\"drug\":\"ibuprofen\","
                + "\"dose\":\"200 mg\"}]",
            "{\"steps\":[\"take 2 tablets\",\"wait 4 hours\",\"take 2 more\"]}",
            "{\"words\":[{\"word\":\"see\"},{\"word\":\"you\"},{\"word\":\"at\"},"
                + "{\"word\":\"five\"}]}")
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain-" + sessions++);
                      var request = ChatRequest.parse(body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> no_planted_value_reaches_the_upstream() {
    return Stream.of(
            recurrences(),
            fields(),
            characters(),
            asciiGroupMarks(),
            shapes(),
            harder(),
            secondRound(),
            thirdRound())
        .flatMap(s -> s)
        .map(
            probe ->
                DynamicTest.dynamicTest(
                    probe.name(), () -> assertThat(leak(probe)).as(probe.name()).isNull()));
  }
}
