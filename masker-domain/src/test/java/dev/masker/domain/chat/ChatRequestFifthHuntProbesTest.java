package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.message;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolResult;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a fifth outside leak hunt (ADR 18). A call says a name, a date of birth, a phone
 * number, an MRN, a member id, an e-mail address and a street; each probe then plays one request
 * (in a session of its own, after that call or fresh) and reads what would go upstream the way a
 * model does — the fourth hunt's reading (NFKD, invisible characters dropped, number words as
 * digits, spelled letters joined), and more: HTML and percent escapes and base64 runs decoded,
 * phonetic-alphabet words as letters, ordinal words as numbers, look-alike letters of other scripts
 * and digits written for letters ("Wh1tc0mbe") as Latin letters, and digits read backwards. A probe
 * passes when none of its forms can be read there, or when the request is refused.
 */
class ChatRequestFifthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hi, my name is Greta Whitcombe, date of birth 07/22/1958, my phone is 312 555 0187,"
          + " MRN 52930471, member id QRT583906, email greta.whitcombe@example.org,"
          + " I live at 41 Juniper Ridge Lane";

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  // ---------------------------------------------------------------------------------------------
  // Reading the body as a model does, beyond the fourth hunt's reading

  private static final Map<String, String> NATO =
      Map.ofEntries(
          Map.entry("alpha", "a"),
          Map.entry("alfa", "a"),
          Map.entry("bravo", "b"),
          Map.entry("charlie", "c"),
          Map.entry("delta", "d"),
          Map.entry("echo", "e"),
          Map.entry("foxtrot", "f"),
          Map.entry("golf", "g"),
          Map.entry("hotel", "h"),
          Map.entry("india", "i"),
          Map.entry("juliet", "j"),
          Map.entry("juliett", "j"),
          Map.entry("kilo", "k"),
          Map.entry("lima", "l"),
          Map.entry("mike", "m"),
          Map.entry("november", "n"),
          Map.entry("oscar", "o"),
          Map.entry("papa", "p"),
          Map.entry("quebec", "q"),
          Map.entry("romeo", "r"),
          Map.entry("sierra", "s"),
          Map.entry("tango", "t"),
          Map.entry("uniform", "u"),
          Map.entry("victor", "v"),
          Map.entry("whiskey", "w"),
          Map.entry("whisky", "w"),
          Map.entry("xray", "x"),
          Map.entry("yankee", "y"),
          Map.entry("zulu", "z"));

  private static final Map<String, String> ORDINALS =
      Map.ofEntries(
          Map.entry("first", "one"),
          Map.entry("second", "two"),
          Map.entry("third", "three"),
          Map.entry("fourth", "four"),
          Map.entry("fifth", "five"),
          Map.entry("sixth", "six"),
          Map.entry("seventh", "seven"),
          Map.entry("eighth", "eight"),
          Map.entry("ninth", "nine"),
          Map.entry("tenth", "ten"),
          Map.entry("eleventh", "eleven"),
          Map.entry("twelfth", "twelve"),
          Map.entry("thirteenth", "thirteen"),
          Map.entry("fourteenth", "fourteen"),
          Map.entry("fifteenth", "fifteen"),
          Map.entry("sixteenth", "sixteen"),
          Map.entry("seventeenth", "seventeen"),
          Map.entry("eighteenth", "eighteen"),
          Map.entry("nineteenth", "nineteen"),
          Map.entry("twentieth", "twenty"),
          Map.entry("thirtieth", "thirty"));

  /** Cyrillic and Greek letters a reader takes for Latin ones. */
  private static final String LOOKALIKE =
      "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u043a\u0410\u0412\u0415\u041a"
          + "\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u03bf\u03b1\u03bd\u03b9\u03ba\u03c1\u03c4";

  private static final String LATIN = "aeopcyxijskABEKMHOPCTXoavikpt";

  private static final Pattern HTML = Pattern.compile("&#(x?)([0-9a-fA-F]+);?");
  private static final Pattern PERCENT = Pattern.compile("(?:%[0-9a-fA-F]{2})+");
  private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2}){8,}");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{12,}={0,2}");

  /** The text with escapes decoded and base64 runs that decode to text added after them. */
  static String decoded(String text) {
    var html =
        HTML.matcher(text)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        Character.toString(
                            Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
    var percent =
        PERCENT
            .matcher(html)
            .replaceAll(
                m -> {
                  var hex = m.group().replace("%", "");
                  var bytes = new byte[hex.length() / 2];
                  for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
                  }
                  return Matcher.quoteReplacement(new String(bytes, StandardCharsets.UTF_8));
                });
    var out = new StringBuilder(percent);
    var chinese = new StringBuilder();
    percent
        .codePoints()
        .forEach(
            c -> {
              int digit = "\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d".indexOf(c);
              chinese.appendCodePoint(digit >= 0 ? '0' + digit : c);
            });
    out.append(" \n ").append(chinese);
    var hex = HEX.matcher(percent);
    while (hex.find()) {
      var bytes = new byte[hex.group().length() / 2];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) Integer.parseInt(hex.group().substring(2 * i, 2 * i + 2), 16);
      }
      out.append(" \n ").append(new String(bytes, StandardCharsets.UTF_8));
    }
    // MIME writes base64 in lines of 76: a model reads them as one run
    var joined = percent.replaceAll("(?<=[A-Za-z0-9+/=])\\r?\\n(?=[A-Za-z0-9+/])", "");
    var runs = BASE64.matcher(percent + " \n " + joined);
    while (runs.find()) {
      try {
        var bytes =
            Base64.getMimeDecoder()
                .decode(runs.group().replace('-', '+').replace('_', '/').replace("=", ""));
        var decodedRun = new String(bytes, StandardCharsets.UTF_8);
        if (decodedRun.codePoints().allMatch(c -> c >= 0x20 || c == '\n' || c == '\t')) {
          out.append(" \n ").append(decodedRun);
        }
      } catch (IllegalArgumentException notBase64) {
        // not base64
      }
    }
    return out.toString();
  }

  /** Phonetic-alphabet words as the letters they name, ordinal words as number words. */
  static String words(String text) {
    var out = new StringBuilder();
    for (var word : text.toLowerCase(Locale.ROOT).replace("x-ray", "xray").split("\\s+")) {
      var bare = word.replaceAll("[^a-z]", "");
      var said = NATO.getOrDefault(bare, ORDINALS.get(bare));
      out.append(said != null ? said : word).append(' ');
    }
    return out.toString();
  }

  /** Look-alike letters as Latin letters and digits written for letters as those letters. */
  static String letters(String text, boolean oneIsL) {
    var out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              int at = LOOKALIKE.indexOf(c);
              if (at >= 0) {
                out.append(LATIN.charAt(at));
              } else {
                out.appendCodePoint(
                    switch (c) {
                      case '0' -> 'o';
                      case '1' -> oneIsL ? 'l' : 'i';
                      case '3' -> 'e';
                      case '4', '@' -> 'a';
                      case '5', '$' -> 's';
                      case '7' -> 't';
                      default -> c;
                    });
              }
            });
    return out.toString();
  }

  static List<String> readable(String sent, List<String> forms) {
    var found = new LinkedHashSet<>(ChatRequestFourthHuntProbesTest.readable(sent, forms));
    var text = ChatRequestFourthHuntProbesTest.reading(sent);
    var plain = decoded(text);
    var spoken = words(plain);
    for (var reading : List.of(plain, spoken)) {
      found.addAll(ChatRequestFourthHuntProbesTest.readable(body(null, user(reading)), forms));
    }
    var model = ChatRequestOutsideProbesTest.reading(body(null, user(spoken))).toLowerCase();
    var digits = model.replaceAll("[^0-9]", "");
    var backwards = new StringBuilder(digits).reverse().toString();
    var leet =
        List.of(letters(spoken, false), letters(spoken, true)).stream()
            .map(s -> ChatRequestOutsideProbesTest.reading(body(null, user(s))))
            .map(s -> s.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT))
            .toList();
    for (var form : forms) {
      if (form.matches("[0-9]+")) {
        if (backwards.contains(form)) {
          found.add(form + " (backwards)");
        }
      } else if (leet.stream().anyMatch(s -> s.contains(form))) {
        found.add(form);
      }
    }
    return new ArrayList<>(found);
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt5-" + sessions++),
        ChatRequestFifthHuntProbesTest::readable);
  }

  // ---------------------------------------------------------------------------------------------
  // Building probes

  private static HuntProbe afterSaying(String name, String request, String... forms) {
    return HuntProbe.afterSaying(SAID, name, request, forms);
  }

  private static HuntProbe fresh(String name, String request, String... forms) {
    return HuntProbe.fresh(name, request, forms);
  }

  private static Stream<HuntProbe> everywhere(String name, String text, String... forms) {
    return HuntProbe.everywhere(name, text, forms);
  }

  private static Stream<HuntProbe> recurring(String form, String... read) {
    return HuntProbe.recurring(SAID, form, read);
  }

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: the classes earlier hunts left open

  static Stream<HuntProbe> leftOpen() {
    return Stream.of(
            everywhere(
                "SQL insert",
                "INSERT INTO patients (name, dob, mrn, phone) VALUES ('Greta Whitcombe',"
                    + " '1958-07-22', '52930471', '3125550187');",
                "whitcombe",
                "19580722",
                "52930471",
                "3125550187"),
            everywhere(
                "SQL insert lower case, unquoted numbers",
                "insert into members(first_name,last_name,member_id,mrn) values"
                    + "('greta','whitcombe','QRT583906',52930471)",
                "whitcombe",
                "583906",
                "52930471"),
            everywhere(
                "SQL insert of two rows",
                "INSERT INTO callers (surname, phone) VALUES ('Whitcombe', '312-555-0187'),"
                    + " ('Okafor', '312-555-0143');",
                "whitcombe",
                "3125550187",
                "okafor",
                "3125550143"),
            everywhere(
                "SQL select with a where clause",
                "SELECT * FROM patients WHERE mrn = '52930471' AND last_name = 'Whitcombe'",
                "52930471",
                "whitcombe"),
            everywhere(
                "one-line CSV, header run into its row",
                "name,dob,mrn Greta Whitcombe,07/22/1958,52930471",
                "whitcombe",
                "07221958",
                "52930471"),
            everywhere(
                "one-line CSV, lower case",
                "last_name,mrn,phone whitcombe,52930471,3125550187",
                "whitcombe",
                "52930471",
                "3125550187"),
            everywhere(
                "one-line semicolon CSV",
                "surname;member_id;mrn Whitcombe;QRT583906;52930471",
                "whitcombe",
                "583906",
                "52930471"),
            everywhere(
                "fixed-width table",
                "LAST NAME    FIRST   MRN        DOB\n"
                    + "WHITCOMBE    GRETA   52930471   07/22/1958\n"
                    + "OKAFOR       CHIDI   61184420   02/03/1971",
                "whitcombe",
                "52930471",
                "07221958",
                "61184420"),
            everywhere(
                "fixed-width table lower case with a phone",
                "surname      phone         member\n" + "whitcombe    3125550187    QRT583906",
                "whitcombe",
                "3125550187",
                "583906"),
            everywhere(
                "base64 of a JSON record",
                "{\"record\":\""
                    + base64(
                        "{\"name\":\"Greta Whitcombe\",\"mrn\":\"52930471\","
                            + "\"phone\":\"312-555-0187\"}")
                    + "\"}",
                "whitcombe",
                "52930471",
                "3125550187"),
            everywhere(
                "base64 of label lines",
                "payload: " + base64("name: Greta Whitcombe\nphone: 312 555 0187\nmrn: 52930471"),
                "whitcombe",
                "3125550187",
                "52930471"),
            everywhere(
                "base64 in a data URL in text",
                "see data:text/plain;base64," + base64("patient Greta Whitcombe, MRN 52930471"),
                "whitcombe",
                "52930471"),
            everywhere(
                "base64url without padding",
                "token "
                    + base64("{\"last_name\":\"Whitcombe\",\"dob\":\"1958-07-22\"}")
                        .replace('+', '-')
                        .replace('/', '_')
                        .replace("=", ""),
                "whitcombe",
                "19580722"),
            recurring(base64("Whitcombe"), "whitcombe"),
            recurring(
                "the file " + base64("Greta Whitcombe 3125550187"), "whitcombe", "3125550187"),
            recurring("mrn 52930472 on file", "5293047"),
            recurring("the record 52930472 was updated", "5293047"),
            recurring("the record 52930417 was updated", "529304"),
            recurring("member QRT583907", "58390"),
            recurring("phone 312 555 0188", "312555018"),
            recurring("try 3125550177", "312555"),
            Stream.of(
                fresh(
                    "semicolons between phone groups",
                    body(null, user("call me at 312;555;0187")),
                    "3125550187"),
                fresh(
                    "bars between phone groups",
                    body(null, user("call me at 312|555|0187")),
                    "3125550187"),
                fresh("semicolons without a cue", body(null, user("312;555;0187")), "3125550187"),
                fresh(
                    "bars without a cue", body(null, user("it's 312|555|0187 ok")), "3125550187")),
            recurring("312;555;0187", "3125550187"),
            recurring("312|555|0187", "3125550187"),
            recurring("Gretta called back", "gretta"),
            recurring("ms Greeta needs a refill", "greeta"),
            recurring("is this Gretha?", "gretha"),
            recurring("Whitcomb called", "whitcomb"),
            recurring("Witcombe called", "witcombe"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: fields and turns

  static Stream<HuntProbe> fields() {
    var said = user(SAID);
    return Stream.of(
            Stream.of(
                new HuntProbe(
                    "a number cut across two requests of a stream",
                    List.of(body(null, user("my number is 312 555"))),
                    body(null, user("my number is 312 555"), assistant("go on"), user("0187")),
                    List.of("3125550187")),
                new HuntProbe(
                    "a number finished after the assistant's question",
                    List.of(body(null, user("my number is 312"))),
                    body(
                        null,
                        user("my number is 312"),
                        assistant("and the next digits?"),
                        user("555"),
                        assistant("and the last four?"),
                        user("0187")),
                    List.of("3125550187")),
                new HuntProbe(
                    "a name cut across two requests",
                    List.of(body(null, user("my name is greta"))),
                    body(
                        null,
                        user("my name is greta"),
                        assistant("and your surname?"),
                        user("whitcombe")),
                    List.of("whitcombe")),
                fresh(
                    "first name in the name field, surname in the content",
                    body(
                        null,
                        "{\"role\":\"user\",\"name\":\"Greta\",\"content\":\"Whitcombe here, hi\"}"),
                    "whitcombe"),
                fresh(
                    "surname in the name field",
                    body(
                        null,
                        "{\"role\":\"user\",\"name\":\"Whitcombe\",\"content\":\"this is greta\"}"),
                    "whitcombe"),
                fresh(
                    "phone in the name field",
                    body(
                        null, "{\"role\":\"user\",\"name\":\"tel_3125550187\",\"content\":\"hi\"}"),
                    "3125550187"),
                afterSaying(
                    "name field after the call",
                    body(
                        null,
                        "{\"role\":\"user\",\"name\":\"greta_w\",\"content\":\"Whitcombe again\"}"),
                    "whitcombe"),
                fresh(
                    "response format enum",
                    body(
                        "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                            + "\"schema\":{\"type\":\"object\",\"properties\":{\"who\":{\"type\":\"string\","
                            + "\"enum\":[\"Greta Whitcombe\",\"3125550187\"]}}}}}",
                        said),
                    "whitcombe",
                    "3125550187"),
                fresh(
                    "response format default and const",
                    body(
                        "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                            + "\"schema\":{\"type\":\"object\",\"properties\":{\"mrn\":{\"type\":\"string\","
                            + "\"default\":\"52930471\",\"const\":\"52930471\"}}}}}",
                        said),
                    "52930471"),
                fresh(
                    "response format description",
                    body(
                        "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                            + "\"description\":\"summary for Greta Whitcombe, 312 555 0187\","
                            + "\"schema\":{\"type\":\"object\"}}}",
                        said),
                    "whitcombe",
                    "3125550187"),
                fresh(
                    "response format numeric enum",
                    body(
                        "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                            + "\"schema\":{\"type\":\"object\",\"properties\":{\"mrn\":{\"type\":\"integer\","
                            + "\"enum\":[52930471],\"minimum\":52930471}}}}}",
                        said),
                    "52930471"),
                fresh(
                    "logit bias key of the MRN",
                    body("\"logit_bias\":{\"52930471\":5}", said),
                    "52930471"),
                fresh(
                    "logit bias key of the phone",
                    body("\"logit_bias\":{\"3125550187\":-100}", said),
                    "3125550187"),
                afterSaying(
                    "logit bias key after the call",
                    body("\"logit_bias\":{\"52930471\":1}", user("hi")),
                    "52930471"),
                fresh(
                    "metadata",
                    body(
                        "\"metadata\":{\"caller\":\"Greta Whitcombe\",\"mrn\":\"52930471\"}", said),
                    "whitcombe",
                    "52930471"),
                fresh(
                    "user field email",
                    body("\"user\":\"greta.whitcombe@example.org\"", said),
                    "whitcombe"),
                fresh(
                    "user field dashed phone",
                    body("\"user\":\"312-555-0187\"", said),
                    "3125550187"),
                afterSaying(
                    "user field after the call",
                    body("\"user\":\"gwhitcombe\"", user("hi")),
                    "whitcombe"),
                fresh("stop string", body("\"stop\":\"Whitcombe\"", said), "whitcombe"),
                fresh(
                    "stop list with the MRN",
                    body("\"stop\":[\"52930471\",\"QRT583906\"]", said),
                    "52930471",
                    "583906"),
                fresh(
                    "function description",
                    body(
                        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"chart\","
                            + "\"description\":\"Look up Greta Whitcombe's chart, MRN 52930471\","
                            + "\"parameters\":{\"type\":\"object\"}}}]",
                        said),
                    "whitcombe",
                    "52930471"),
                fresh(
                    "function enum values",
                    body(
                        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"chart\","
                            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"who\":{\"type\":\"string\","
                            + "\"enum\":[\"whitcombe\",\"QRT583906\",\"312-555-0187\"]}}}}}]",
                        said),
                    "whitcombe",
                    "583906",
                    "3125550187"),
                afterSaying(
                    "function enum values after the call",
                    body(
                        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"chart\","
                            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"who\":{\"type\":\"string\","
                            + "\"enum\":[\"Whitcombe\"],\"examples\":[\"52930471\"]}}}}}]",
                        user("hi")),
                    "whitcombe",
                    "52930471"),
                fresh(
                    "n choices with a prompt",
                    body(
                        "\"n\":3",
                        user("write three greetings for Greta Whitcombe at 312 555 0187")),
                    "whitcombe",
                    "3125550187"),
                fresh("n holding the MRN", body("\"n\":52930471", said), "52930471"),
                fresh(
                    "text part and an image data URL holding text",
                    body(
                        null,
                        "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"see the card\"},"
                            + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:text/plain;base64,"
                            + base64("Greta Whitcombe MRN 52930471")
                            + "\"}}]}"),
                    "whitcombe",
                    "52930471"),
                fresh(
                    "input audio part with a transcript",
                    body(
                        null,
                        "{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"input_audio\":"
                            + "{\"data\":\"UklGRg==\",\"format\":\"wav\"},\"transcript\":\"my name is Greta Whitcombe\"}]}"),
                    "whitcombe"),
                fresh(
                    "three text parts cutting the phone",
                    body(
                        null,
                        "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"call me at 31\"},"
                            + "{\"type\":\"text\",\"text\":\"2 555 01\"},{\"type\":\"text\",\"text\":\"87\"}]}"),
                    "3125550187"),
                fresh(
                    "tool arguments split over two calls",
                    body(
                        null,
                        user("save it"),
                        "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"a\",\"type\":\"function\","
                            + "\"function\":{\"name\":\"save\",\"arguments\":\"{\\\"first\\\":\\\"Greta\\\"}\"}},"
                            + "{\"id\":\"b\",\"type\":\"function\",\"function\":{\"name\":\"save\","
                            + "\"arguments\":\"{\\\"last\\\":\\\"Whitcombe\\\"}\"}}]}",
                        "{\"role\":\"tool\",\"tool_call_id\":\"a\",\"content\":\"ok\"}",
                        "{\"role\":\"tool\",\"tool_call_id\":\"b\",\"content\":\"ok\"}"),
                    "whitcombe"),
                fresh(
                    "developer role",
                    body(
                        null,
                        message("developer", "Caller: Greta Whitcombe, MRN 52930471"),
                        user("hi")),
                    "whitcombe",
                    "52930471"),
                fresh(
                    "assistant refusal",
                    body(
                        null,
                        user("hi"),
                        "{\"role\":\"assistant\",\"content\":null,\"refusal\":\"I cannot share Greta Whitcombe's MRN 52930471\"}",
                        user("ok")),
                    "whitcombe",
                    "52930471"),
                fresh(
                    "assistant audio transcript",
                    body(
                        null,
                        user("hi"),
                        "{\"role\":\"assistant\",\"audio\":{\"id\":\"a1\"},\"content\":\"Thanks Greta Whitcombe\"}",
                        user("ok")),
                    "whitcombe")))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: characters and spellings

  static Stream<HuntProbe> spellings() {
    return Stream.of(
            everywhere(
                "markdown mailto link",
                "[Greta Whitcombe](mailto:greta.whitcombe@example.org)",
                "whitcombe"),
            everywhere("markdown tel link", "[call her](tel:+13125550187)", "3125550187"),
            everywhere(
                "markdown footnote",
                "See note.[^1]\n\n[^1]: MRN 52930471, Greta Whitcombe",
                "52930471",
                "whitcombe"),
            everywhere(
                "markdown reference link",
                "[chart][1]\n\n[1]: https://ehr.example.org/patients/whitcombe-greta",
                "whitcombe"),
            everywhere(
                "markdown image alt",
                "![Greta Whitcombe, 312 555 0187](card.png)",
                "whitcombe",
                "3125550187"),
            everywhere(
                "decimal HTML references for digits",
                "call me at &#51;&#49;&#50; &#53;&#53;&#53; &#48;&#49;&#56;&#55;",
                "3125550187"),
            everywhere(
                "hex HTML references",
                "my mrn is &#x35;&#x32;&#x39;&#x33;&#x30;&#x34;&#x37;&#x31;",
                "52930471"),
            everywhere(
                "percent-encoded digits",
                "my phone is %33%31%32%35%35%35%30%31%38%37",
                "3125550187"),
            everywhere(
                "percent-encoded name",
                "my name is Greta %57%68%69%74%63%6F%6D%62%65",
                "whitcombe"),
            everywhere(
                "full-width digits",
                "my phone is \uFF13\uFF11\uFF12 \uFF15\uFF15\uFF15 \uFF10\uFF11\uFF18\uFF17",
                "3125550187"),
            everywhere("leetspeak after a cue", "my name is Gr3ta Wh1tc0mb3", "whitcombe"),
            everywhere(
                "Cyrillic o and e in a name", "my name is Gr\u0435ta Whitc\u043embe", "whitcombe"),
            everywhere(
                "ordinal words for a date of birth",
                "I was born on the twenty second of july nineteen fifty eight",
                "twentysecond",
                "nineteenfiftyeight"),
            everywhere(
                "ordinal day first",
                "date of birth july twenty-second, nineteen fifty-eight",
                "fiftyeight"),
            everywhere(
                "fillers between digit words",
                "my number is three uh one two, um, five five five, uh, oh one eight seven",
                "3125550187"),
            everywhere(
                "fillers between single digits",
                "mrn five uh two nine um three oh four seven one",
                "52930471"),
            everywhere(
                "NATO spelling after a name cue",
                "my last name is whiskey hotel india tango charlie oscar mike bravo echo",
                "whitcombe"),
            everywhere(
                "NATO spelling with a member id",
                "member id quebec romeo tango five eight three nine zero six",
                "583906"),
            everywhere(
                "NATO spelling without a cue",
                "it's whiskey hotel india tango charlie oscar mike bravo echo",
                "whitcombe"),
            everywhere("digits said backwards", "my number backwards is 7810555213", "3125550187"),
            everywhere(
                "unicode minus between groups", "call me at 312\u2212555\u22120187", "3125550187"),
            everywhere(
                "fraction slash between groups", "call me at 312\u2044555\u20440187", "3125550187"),
            everywhere(
                "digit words with dot",
                "my number is three one two dot five five five dot zero one eight seven",
                "3125550187"),
            everywhere(
                "digit words joined by and",
                "call three one two and five five five and zero one eight seven",
                "3125550187"),
            everywhere("triple five", "my number is 312 triple 5 0187", "3125550187"),
            everywhere(
                "hundreds",
                "my number is three twelve, five fifty-five, oh one eighty-seven",
                "3125550187"),
            recurring("Wh1tc0mbe called", "whitcombe"),
            recurring("WH1TC0MB3 needs a refill", "whitcombe"),
            recurring("Whitc\u043embe called", "whitcombe"),
            recurring("whiskey hotel india tango charlie oscar mike bravo echo", "whitcombe"),
            recurring("7810 555 213", "3125550187"),
            recurring("17403925 is the record", "52930471"),
            recurring("the twenty second of july nineteen fifty eight", "nineteenfiftyeight"),
            recurring("three uh one two five five five oh one eight seven", "3125550187"),
            recurring("&#87;hitcombe called", "whitcombe"),
            recurring("%57hitcombe called", "whitcombe"),
            recurring(
                "call \uFF13\uFF11\uFF12\uFF15\uFF15\uFF15\uFF10\uFF11\uFF18\uFF17", "3125550187"),
            recurring("ms W h i t c o m b e", "whitcombe"),
            recurring("#JuniperRidge neighbours", "juniperridge"),
            recurring("juniper ridge ln", "juniperridge"),
            recurring("q r t five eight three nine oh six", "583906"),
            recurring("GRETA.WHITCOMBE at example dot org", "whitcombe"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: record shapes a model reads at once

  static Stream<HuntProbe> records() {
    return Stream.of(
            everywhere(
                "shell flags",
                "lookup --mrn 52930471 --last-name Whitcombe --phone 312-555-0187",
                "52930471",
                "whitcombe",
                "3125550187"),
            everywhere(
                "python keyword arguments",
                "lookup(last_name=\"Whitcombe\", mrn=52930471)",
                "whitcombe",
                "52930471"),
            everywhere(
                "query string outside a URL",
                "?mrn=52930471&last=whitcombe&dob=1958-07-22",
                "52930471",
                "whitcombe",
                "19580722"),
            everywhere(
                "TOML",
                "[patient]\nlast_name = \"Whitcombe\"\nmrn = 52930471",
                "whitcombe",
                "52930471"),
            everywhere(
                "protobuf text",
                "patient { surname: \"Whitcombe\" mrn: \"52930471\" }",
                "whitcombe",
                "52930471"),
            everywhere(
                "e-mail header",
                "From: Greta Whitcombe <greta.whitcombe@example.org>",
                "whitcombe"),
            everywhere(
                "vCard",
                "BEGIN:VCARD\nFN:Greta Whitcombe\nTEL:312-555-0187\nEND:VCARD",
                "whitcombe",
                "3125550187"),
            everywhere(
                "iCalendar attendee",
                "ATTENDEE;CN=Greta Whitcombe:mailto:greta.whitcombe@example.org",
                "whitcombe"),
            everywhere(
                "LaTeX table",
                "\\begin{tabular}{lll}\nName & MRN & Phone \\\\\nGreta Whitcombe & 52930471 & 3125550187 \\\\\n\\end{tabular}",
                "whitcombe",
                "52930471",
                "3125550187"),
            everywhere(
                "JSON lines",
                "{\"last\":\"Whitcombe\"}\n{\"mrn\":\"52930471\"}",
                "whitcombe",
                "52930471"),
            everywhere(
                "COPY from stdin",
                "COPY patients (last_name, mrn) FROM stdin;\nWhitcombe\t52930471\n\\.",
                "whitcombe",
                "52930471"),
            everywhere(
                "key-value with arrows",
                "surname => Whitcombe, mrn => 52930471",
                "whitcombe",
                "52930471"),
            everywhere(
                "label in parentheses",
                "Whitcombe (surname), 52930471 (MRN)",
                "whitcombe",
                "52930471"),
            everywhere(
                "HL7 FHIR-ish identifier",
                "identifier: [{system: mrn, value: 52930471}]",
                "52930471"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 5: values spread over fields, spellings and rows with no labels

  static Stream<HuntProbe> spread() {
    return Stream.of(
            everywhere(
                "phone spread over three JSON keys",
                "{\"area\":\"312\",\"prefix\":\"555\",\"line\":\"0187\"}",
                "3125550187"),
            everywhere(
                "birth date spread over three JSON keys",
                "{\"birth_year\":1958,\"birth_month\":7,\"birth_day\":22,\"last\":\"Whitcombe\"}",
                "1958722",
                "whitcombe"),
            everywhere("a phone as a JSON key", "{\"3125550187\":\"primary\"}", "3125550187"),
            everywhere(
                "a CSV row without a header",
                "Whitcombe,Greta,1958-07-22,52930471,3125550187",
                "19580722",
                "3125550187"),
            everywhere(
                "a bare JSON array of values",
                "[\"Greta\",\"Whitcombe\",\"1958-07-22\",\"52930471\"]",
                "whitcombe",
                "19580722"),
            everywhere(
                "spelled with hyphens after a cue", "my surname is W-H-I-T-C-O-M-B-E", "whitcombe"),
            everywhere(
                "spelled with dots after a cue", "my surname is W.H.I.T.C.O.M.B.E.", "whitcombe"),
            everywhere(
                "digit words with point",
                "my number is three one two point five five five point zero one eight seven",
                "3125550187"),
            everywhere(
                "area code said first",
                "area code three one two, then five five five, oh one eight seven",
                "3125550187"),
            everywhere(
                "keycap emoji digits",
                "call me at 3\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E3 5\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E3 0\uFE0F\u20E31\uFE0F\u20E38\uFE0F\u20E37\uFE0F\u20E3",
                "3125550187"),
            everywhere(
                "monospace mathematical digits",
                "my mrn is \uD835\uDFFB\uD835\uDFF8\uD835\uDFFF\uD835\uDFF9\uD835\uDFF6\uD835\uDFFA\uD835\uDFFD\uD835\uDFF7",
                "52930471"),
            everywhere(
                "a URL fragment with the name",
                "see https://ehr.example.org/chart#whitcombe-greta-52930471",
                "whitcombe",
                "52930471"),
            everywhere(
                "a fenced SQL block",
                "```sql\nINSERT INTO patients (last_name, mrn) VALUES ('Whitcombe', 52930471);\n```",
                "whitcombe",
                "52930471"),
            everywhere(
                "e-mail with words for signs in parentheses",
                "write to greta (dot) whitcombe (at) example (dot) org",
                "whitcombe"),
            everywhere(
                "two values interleaved",
                "my number is 312, my mrn is 5293, the rest of the number is 555 0187, the rest of the mrn is 0471",
                "3125550187",
                "52930471"),
            recurring("Whitcombe\u2019s chart", "whitcombe"),
            recurring("Whit\u00ADcombe called", "whitcombe"),
            recurring("W-H-I-T-C-O-M-B-E", "whitcombe"),
            recurring(
                "call 3\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E30\uFE0F\u20E31\uFE0F\u20E38\uFE0F\u20E37\uFE0F\u20E3",
                "3125550187"),
            Stream.of(
                fresh(
                    "two parallel tool calls cutting a number",
                    body(
                        null,
                        user("save my number"),
                        "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"a\",\"type\":\"function\","
                            + "\"function\":{\"name\":\"save\",\"arguments\":\"{\\\"phone_part\\\":\\\"312555\\\"}\"}},"
                            + "{\"id\":\"b\",\"type\":\"function\",\"function\":{\"name\":\"save\","
                            + "\"arguments\":\"{\\\"phone_part\\\":\\\"0187\\\"}\"}}]}",
                        "{\"role\":\"tool\",\"tool_call_id\":\"a\",\"content\":\"ok\"}",
                        "{\"role\":\"tool\",\"tool_call_id\":\"b\",\"content\":\"ok\"}"),
                    "3125550187"),
                fresh(
                    "tool result as text parts",
                    body(
                        null,
                        user("look me up"),
                        "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                            + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}]}",
                        "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":[{\"type\":\"text\","
                            + "\"text\":\"MRN\"},{\"type\":\"text\",\"text\":\"52930471\"}]}"),
                    "52930471"),
                fresh(
                    "legacy function role",
                    body(
                        null,
                        user("look me up"),
                        "{\"role\":\"assistant\",\"content\":null,\"function_call\":{\"name\":\"lookup\",\"arguments\":\"{}\"}}",
                        "{\"role\":\"function\",\"name\":\"lookup\",\"content\":\"Greta Whitcombe; MRN 52930471\"}"),
                    "whitcombe",
                    "52930471"),
                fresh(
                    "schema property title",
                    body(
                        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\","
                            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"string\","
                            + "\"title\":\"Greta Whitcombe 3125550187\"}}}}}]",
                        user("hi")),
                    "whitcombe",
                    "3125550187"),
                afterSaying(
                    "the phone's groups in three later messages",
                    body(
                        null,
                        user("the first part is 312"),
                        assistant("ok"),
                        user("then 555"),
                        assistant("ok"),
                        user("and 0187")),
                    "3125550187")))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 6: numbers a formatter or a transcriber wrote as amounts, other languages, more fields

  static Stream<HuntProbe> formatted() {
    var said = user(SAID);
    return Stream.of(
            everywhere(
                "a phone written with thousands commas",
                "my number is 3,125,550,187",
                "3125550187"),
            everywhere("an MRN written with thousands commas", "my mrn is 52,930,471", "52930471"),
            everywhere("a phone written as a float", "phone: 3125550187.0", "3125550187"),
            everywhere("an MRN written in exponent form", "{\"mrn\": 5.2930471e7}", "52930471"),
            everywhere(
                "a phone as a tel URI in text", "reach me at tel:+1-312-555-0187", "3125550187"),
            everywhere(
                "JSON-LD person",
                "<script type=\"application/ld+json\">{\"@type\":\"Person\",\"name\":\"Greta Whitcombe\",\"telephone\":\"312-555-0187\"}</script>",
                "whitcombe",
                "3125550187"),
            everywhere("a phone with an extension", "call 312-555-0187 ext. 42", "3125550187"),
            everywhere(
                "Spanish digit words",
                "mi número es tres uno dos cinco cinco cinco cero uno ocho siete",
                "3125550187"),
            everywhere(
                "German digit words",
                "meine Nummer ist drei eins zwei fünf fünf fünf null eins acht sieben",
                "3125550187"),
            everywhere(
                "French digit words",
                "mon numéro est trois un deux cinq cinq cinq zéro un huit sept",
                "3125550187"),
            recurring("3,125,550,187", "3125550187"),
            recurring("52,930,471", "52930471"),
            Stream.of(
                fresh(
                    "stop entries cutting a number",
                    body("\"stop\":[\"312 555\",\"0187\"]", said),
                    "3125550187"),
                fresh(
                    "prediction parts cutting a name",
                    body(
                        "\"prediction\":{\"type\":\"content\",\"content\":[{\"type\":\"text\",\"text\":\"Dear Ms Whit\"},"
                            + "{\"type\":\"text\",\"text\":\"combe\"}]}",
                        said),
                    "whitcombe"),
                fresh(
                    "a tool's enum holding the number's groups",
                    body(
                        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\","
                            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"string\","
                            + "\"enum\":[\"312\",\"555\",\"0187\"]}}}}}]",
                        said),
                    "3125550187"),
                afterSaying(
                    "a tool call id one digit off the MRN",
                    body(
                        null,
                        user("ok"),
                        "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_52930472\",\"type\":\"function\","
                            + "\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}",
                        "{\"role\":\"tool\",\"tool_call_id\":\"call_52930472\",\"content\":\"ok\"}"),
                    "5293047")))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 7: what voice platforms write around a value, and markup inside a word

  static Stream<HuntProbe> voiceMarkup() {
    return Stream.of(
            everywhere(
                "SSML say-as telephone",
                "<speak>Your number is <say-as interpret-as=\"telephone\">312-555-0187</say-as></speak>",
                "3125550187"),
            recurring("<say-as interpret-as=\"characters\">WHITCOMBE</say-as>", "whitcombe"),
            everywhere(
                "letter names spelled out",
                "my last name is double-u aitch eye tee see oh em bee ee",
                "whitcombe"),
            everywhere(
                "word confidences between digit words",
                "my number is three [0.91] one [0.88] two [0.95] five five five oh one eight seven",
                "3125550187"),
            everywhere("DTMF digits", "DTMF received: 3125550187#", "3125550187"),
            everywhere(
                "superscript letters after a cue",
                "my name is Greta \u1D42\u02B0\u2071\u1D57\u1D9C\u1D52\u1D50\u1D47\u1D49",
                "whitcombe"),
            everywhere(
                "an HTML tag inside the name after a cue",
                "my name is Greta Whit<b></b>combe",
                "whitcombe"),
            everywhere(
                "markdown emphasis inside the name after a cue",
                "my name is Greta Whit**combe**",
                "whitcombe"),
            recurring("\u1D42\u02B0\u2071\u1D57\u1D9C\u1D52\u1D50\u1D47\u1D49 called", "whitcombe"),
            recurring(
                "W\uD83D\uDE42h\uD83D\uDE42i\uD83D\uDE42t\uD83D\uDE42c\uD83D\uDE42o\uD83D\uDE42m\uD83D\uDE42b\uD83D\uDE42e called",
                "whitcombe"),
            recurring("Whit<span>combe</span> called", "whitcombe"),
            recurring("Whit**combe** called", "whitcombe"),
            recurring("double-u aitch eye tee see oh em bee ee", "whitcombe"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 8: values cut between the agent and the caller, letters for digits, Spanish

  static Stream<HuntProbe> cutAndTyped() {
    return Stream.of(
            everywhere(
                "a phone with the letter O for zero", "my number is 312 555 O187", "3125550187"),
            everywhere(
                "a phone with the letter l for one", "my number is 3l2 555 0l87", "3125550187"),
            everywhere("a phone in tab-separated groups", "phone\t312\t555\t0187", "3125550187"),
            everywhere(
                "an e-mail said in Spanish",
                "mi correo es greta punto whitcombe arroba example punto org",
                "whitcombe"),
            everywhere("a Spanish naming cue", "hola, me llamo Greta Whitcombe", "whitcombe"),
            everywhere(
                "a date of birth in month number words",
                "date of birth oh seven twenty two fifty eight",
                "7225"),
            Stream.of(
                fresh(
                    "the agent says the first groups, the caller the rest",
                    body(
                        null,
                        user("my number?"),
                        assistant("I have 312 555, what are the last four?"),
                        user("0187")),
                    "3125550187"),
                fresh(
                    "a name cut inside a word between the agent and the caller",
                    body(
                        null,
                        user("hi it's greta"),
                        assistant("Is that Greta Whit...?"),
                        user("combe, yes")),
                    "whitcombe"),
                fresh(
                    "part spelled, part said",
                    body(null, user("my last name is Whit, W H I T, combe")),
                    "whitcombe")))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 9: the record shapes again, as other tools write them

  static Stream<HuntProbe> toolShapes() {
    var longRecord =
        base64(
            "{\"name\":\"Greta Whitcombe\",\"note\":\"seen twice this year for the same thing\","
                + "\"mrn\":\"52930471\",\"phone\":\"312-555-0187\"}");
    var mime = new StringBuilder();
    for (int i = 0; i < longRecord.length(); i += 76) {
      mime.append(longRecord, i, Math.min(longRecord.length(), i + 76)).append("\r\n");
    }
    // 57 bytes a line: the MRN's digits cut between the first line and the second
    var cut = base64("{\"note\":\"a quiet visit, nothing new to add..\",\"mrn\":\"52930471\"}");
    var cutLines = cut.substring(0, 76) + "\n" + cut.substring(76);
    return Stream.of(
            everywhere("base64 in MIME lines cutting a number", cutLines, "52930471"),
            everywhere(
                "form-encoded arguments",
                "name=Greta%20Whitcombe&mrn=52930471",
                "whitcombe",
                "52930471"),
            everywhere(
                "CSV with a byte order mark",
                "\uFEFFname,mrn\nWhitcombe,52930471",
                "whitcombe",
                "52930471"),
            everywhere(
                "fixed-width table with CRLF",
                "LAST NAME    MRN\r\nWHITCOMBE    52930471\r\n",
                "whitcombe",
                "52930471"),
            everywhere(
                "tab-aligned table",
                "Surname\tMRN\tPhone\nWhitcombe\t52930471\t3125550187",
                "whitcombe",
                "52930471",
                "3125550187"),
            everywhere(
                "SQL with quoted identifiers and a schema",
                "INSERT INTO public.\"Patients\" (\"LastName\", \"MRN\") VALUES ('Whitcombe', '52930471');",
                "whitcombe",
                "52930471"),
            everywhere(
                "SQL with unicode string literals",
                "INSERT INTO patients (last_name, mrn) VALUES (N'Whitcombe', N'52930471');",
                "whitcombe",
                "52930471"),
            everywhere(
                "SQL values over lines",
                "INSERT INTO patients (last_name, mrn)\nVALUES\n  ('Whitcombe', 52930471),\n  ('Okafor', 61184420);",
                "whitcombe",
                "52930471",
                "okafor",
                "61184420"),
            everywhere(
                "MongoDB shell insert",
                "db.patients.insertOne({name: \"Greta Whitcombe\", mrn: \"52930471\"})",
                "whitcombe",
                "52930471"),
            everywhere(
                "Cypher create",
                "CREATE (p:Patient {name: 'Greta Whitcombe', mrn: '52930471'})",
                "whitcombe",
                "52930471"),
            everywhere(
                "a log line with an underscored name",
                "patient=Greta_Whitcombe mrn=52930471",
                "whitcombe",
                "52930471"),
            everywhere(
                "an HTTP header",
                "X-Patient-Name: Greta Whitcombe\nX-Patient-MRN: 52930471",
                "whitcombe",
                "52930471"),
            everywhere(
                "base64 in MIME lines", mime.toString(), "whitcombe", "52930471", "3125550187"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 10: a phone said in other orders and scripts

  static Stream<HuntProbe> otherOrders() {
    return Stream.of(
            everywhere("the area code said last", "it's 555 0187, area code 312", "5550187"),
            everywhere(
                "plus one said",
                "my number is plus one three one two five five five oh one eight seven",
                "3125550187"),
            everywhere(
                "a remark inside the number",
                "call me at 312 (that's Chicago) 555 0187",
                "3125550187"),
            everywhere(
                "Chinese numerals after an English cue",
                "my number is \u4e09\u4e00\u4e8c\u4e94\u4e94\u4e94\u96f6\u4e00\u516b\u4e03",
                "3125550187"),
            everywhere(
                "the street in words", "I live at forty one juniper ridge lane", "juniperridge"),
            everywhere("a member id in dashed groups", "member id Q-R-T 583-906", "583906"),
            recurring("the Whitcombes' house", "whitcombe"))
        .flatMap(s -> s);
  }

  /**
   * Probes of the classes ADR 18 leaves open, each for a reason it gives: they still leak, and this
   * says so, so that the ADR stays true (a fix moves them to the probes above).
   */
  static Stream<HuntProbe> stillOpen() {
    return Stream.of(
            // No transcript or record writes a date in Roman numerals; only a client bent on
            // leaking, which can encode past any reader.
            everywhere(
                "Roman numerals for a date of birth",
                "date of birth VII/XXII/MCMLVIII",
                "mcmlviii"),
            // A word no dictionary has, in capitals, spelled out by SSML, with no cue: the name
            // recognizers' (masked once the call said the name: see the recurring probe).
            everywhere(
                "SSML say-as characters",
                "<say-as interpret-as=\"characters\">WHITCOMBE</say-as>",
                "whitcombe"))
        .flatMap(s -> s);
  }

  /**
   * Probes ADR 18 left open that a later round closed: a code standing alone is masked whatever its
   * cue (ADR 21), so the record number of a bare JSON array and a hex run of a record no longer
   * reach the upstream; Chinese numerals glued to Chinese words and a surname before its first name
   * in a tool result no longer either (ADR 22); nor the names of a record row with no header (ADR
   * 31).
   */
  static Stream<HuntProbe> closedLater() {
    return Stream.of(
            everywhere(
                "a bare JSON array of values",
                "[\"Greta\",\"Whitcombe\",\"1958-07-22\",\"52930471\"]",
                "52930471"),
            everywhere("hex of a record", "payload 4d524e203532393330343731", "mrn52930471"),
            // ADR 22: a number said in Chinese numerals glued to Chinese words is read with a
            // space between, to learn from; a surname before a given name and a comma, where the
            // given name ends a record's cell, is the name's.
            everywhere("Chinese numerals", "我的电话是三一二五五五零一八七", "3125550187"),
            // ADR 31: the names that open a row of values with no header are names, and an
            // eight-digit number standing alone is a code (ADR 21).
            everywhere(
                "a CSV row without a header",
                "Whitcombe,Greta,1958-07-22,52930471,3125550187",
                "whitcombe",
                "52930471"),
            Stream.of(
                fresh(
                    "a surname before its first name, with no cue",
                    body(null, user("look me up"), toolResult("Whitcombe, Greta; MRN 52930471")),
                    "whitcombe")))
        .flatMap(s -> s);
  }

  @TestFactory
  Stream<DynamicTest> what_is_left_open_still_reaches_the_upstream() {
    return stillOpen()
        .map(
            probe ->
                DynamicTest.dynamicTest(
                    probe.name(), () -> assertThat(leak(probe)).as(probe.name()).isNotNull()));
  }

  /** Ordinary text in the shapes the probes use: no token. */
  static final List<String> ORDINARY =
      List.of(
          "INSERT INTO orders (sku, qty) VALUES ('A12', 3);",
          "SELECT * FROM doses WHERE mg = 20",
          "drug,dose,times aspirin,81 mg,2",
          "DRUG         DOSE     TIMES\nASPIRIN      81 MG    2\nIBUPROFEN    200 MG   3",
          "payload: " + base64("{\"dose\":\"20 mg\",\"times\":2}"),
          "the token is dGhlIHF1aWNrIGJyb3du and it is fine",
          "internationalization matters",
          "take 2;3 tablets",
          "the ratio is 1|2",
          "it's the fourth time i ask",
          "wait four uh five minutes",
          "we stayed at the hotel near the golf course",
          "chapter IV of the leaflet",
          "ask the nurse about it",
          "dose;times 20;2",
          "the readings were 120;80;72 and 118|76|70",
          "one two three dot com",
          "the great news is here",
          "[see the leaflet](https://example.org/leaflet)",
          "it costs &#36;20",
          "the hotel was near delta park",
          "the clinic served 1,250,000 patients last year",
          "it cost 2.499.000 pesos");

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain5-" + sessions++);
                      var request = ChatRequest.parse(body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                    }));
  }

  @Test
  void the_call_itself_goes_up_masked() {
    var probe =
        fresh(
            "the call",
            body(null, user(SAID)),
            "whitcombe",
            "greta",
            "3125550187",
            "52930471",
            "583906",
            "07221958",
            "juniperridge");
    assertThat(leak(probe)).isNull();
  }

  static Stream<HuntProbe> all() {
    return Stream.of(
            leftOpen(),
            fields(),
            spellings(),
            records(),
            spread(),
            formatted(),
            voiceMarkup(),
            cutAndTyped(),
            toolShapes(),
            otherOrders(),
            closedLater())
        .flatMap(s -> s);
  }

  @Test
  void there_are_at_least_two_hundred_probes() {
    assertThat(all().count()).isGreaterThanOrEqualTo(200);
  }

  @TestFactory
  Stream<DynamicTest> no_planted_value_reaches_the_upstream() {
    return all()
        .map(
            probe ->
                DynamicTest.dynamicTest(
                    probe.name(), () -> assertThat(leak(probe)).as(probe.name()).isNull()));
  }
}
