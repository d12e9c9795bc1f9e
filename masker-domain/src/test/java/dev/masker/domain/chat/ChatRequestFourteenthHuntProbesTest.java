package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolAnswer;
import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolCallNamed;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.message;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.quoted;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolResult;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static dev.masker.domain.chat.ChatRequestTenthHuntProbesTest.parts;
import static dev.masker.domain.chat.HuntProbe.everywhere;
import static dev.masker.domain.chat.HuntProbe.fresh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a fourteenth outside leak hunt (ADR 36): values of the call said again in other shapes,
 * every field a Chat Completions request and a voice platform may carry, unusual characters the
 * earlier hunts had not tried, and content shapes. What would go upstream is read as the thirteenth
 * hunt read it (ADR 34), and also with Unicode small capitals and regional indicators read as the
 * Latin letters they show, and a letter O or l among digits read as 0 or 1.
 */
class ChatRequestFourteenthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hi, this is Brenzia Kolvathorne, date of birth 02/23/1951, my phone is 541 555 0186,"
          + " MRN 72049516, member id RVN483927, email brenzia.kolvathorne@example.com,"
          + " I live at 3914 Pellarwick Way, Bend, OR 97701";

  /** The forms of every planted value a reader must not find. */
  static final String[] ALL = {
    "kolvathorne", "brenzia", "5415550186", "72049516", "483927", "02231951", "97701", "pellarwick"
  };

  static final String NAME = "kolvathorne";
  static final String FIRST = "brenzia";
  static final String PHONE = "5415550186";
  static final String LOCAL = "5550186";
  static final String MRN = "72049516";
  static final String MEMBER = "483927";
  static final String DOB = "19510223";
  static final String US_DOB = "02231951";
  static final String ZIP = "97701";
  static final String STREET = "pellarwick";

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  /** What a reader finds of the forms in what is sent: the thirteenth hunt's readings and more. */
  static List<String> readable(String sent, List<String> forms) {
    var found = new LinkedHashSet<>(ChatRequestThirteenthHuntProbesTest.readable(sent, forms));
    var text = ChatRequestFourthHuntProbesTest.reading(sent);
    for (var reading : List.of(shownLetters(text), lettersAmongDigits(text))) {
      if (!reading.equals(text)) {
        found.addAll(
            ChatRequestThirteenthHuntProbesTest.readable(body(null, user(reading)), forms));
      }
    }
    return new ArrayList<>(found);
  }

  private static final String SMALL_CAPITALS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ";

  /** Small capitals and regional indicators read as the Latin letters they show. */
  static String shownLetters(String text) {
    var out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              int small = SMALL_CAPITALS.indexOf(c);
              if (small >= 0 && c != 'x') {
                out.append((char) ('a' + small));
              } else if (c == 0x3164 || c == 0xFFA0) {
                return;
              } else if (c >= 0x1F1E6 && c <= 0x1F1FF) {
                out.append((char) ('a' + c - 0x1F1E6));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** A letter O, o, l or I in a run of digits read as the digit it looks like. */
  static String lettersAmongDigits(String text) {
    var chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if ("OolI".indexOf(c) >= 0
          && ((i > 0 && Character.isDigit(chars[i - 1]))
              || (i + 1 < chars.length && Character.isDigit(chars[i + 1])))) {
        chars[i] = c == 'O' || c == 'o' ? '0' : '1';
      }
    }
    return new String(chars);
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt14-" + sessions++),
        ChatRequestFourteenthHuntProbesTest::readable);
  }

  private static HuntProbe after(String name, String request, String... forms) {
    return new HuntProbe(name, List.of(body(null, user(SAID))), request, List.of(forms));
  }

  private static Stream<HuntProbe> recurring(String form, String... read) {
    return HuntProbe.recurring(SAID, form, read);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: values said once with their cue, then again in another shape

  static Stream<HuntProbe> recurrences() {
    return Stream.of(
            recurring("KOLVATHORNE called again about the refill", NAME),
            recurring("is this about kolvathorne's refill", NAME),
            recurring("Ms. Kolvathorn called back", "kolvathorn"),
            recurring("the chart says kolva thorne", NAME),
            recurring("reversed it reads kolvathorne brenzia", NAME, FIRST),
            recurring("the kolvathornefamily account", NAME),
            recurring("write to bkolvathorne@clinic.example.org", NAME),
            recurring("https://portal.example.com/u/kolvathorne/records", NAME),
            recurring("five four one five five five zero one eight six", PHONE),
            recurring("54 15 55 01 86", PHONE),
            recurring("reach me at 555-0186", LOCAL),
            recurring("area code five four one, then 555 0186", PHONE),
            recurring("the record number is 7204 9516", MRN),
            recurring("are vee en four eight three nine two seven", MEMBER),
            recurring("RVN 483 nine two seven", MEMBER),
            recurring("born 2/23/51", "22351"),
            recurring("born 23.02.1951", "23021951"),
            recurring("my birthday is february twenty third", "februarytwentythird"),
            recurring("she lives on Pellarwick Way now", STREET),
            recurring("PELLARWICK", STREET),
            recurring("brenzia said she'd call", FIRST),
            recurring("Kolvathrone is on the line", "kolvathrone"),
            recurring("brenzya called", "brenzya"),
            recurring("KOLVATHORNE'S PHARMACY CALLED", NAME),
            recurring("R V N 4 8 3 9 2 7", MEMBER),
            recurring("seven two oh four nine five one six", MRN))
        .flatMap(s -> s);
  }

  /** Values the call said once in another place or role, then again bare. */
  static Stream<HuntProbe> placesOfTheFirstMention() {
    return Stream.of(
        after(
            "a phone said with its cue, then a digit a message with no cue",
            body(
                null,
                user("call me back on this one"),
                user("5"),
                user("4"),
                user("1"),
                user("5"),
                user("5"),
                user("5"),
                user("0"),
                user("1"),
                user("8"),
                user("6")),
            PHONE),
        after(
            "a surname said with its cue, then a letter a message with no cue",
            body(
                null,
                user("it's"),
                user("k"),
                user("o"),
                user("l"),
                user("v"),
                user("a"),
                user("t"),
                user("h"),
                user("o"),
                user("r"),
                user("n"),
                user("e")),
            NAME),
        new HuntProbe(
            "a name said first by the system prompt, then bare in a user turn",
            List.of(
                body(
                    null,
                    message("system", "Caller on file: Brenzia Kolvathorne, MRN 72049516."),
                    user("hello"))),
            body(null, user("yes kolvathorne and the number is 7204 9516")),
            List.of(NAME, MRN)),
        new HuntProbe(
            "a name said first in a tool result, then bare in the assistant's turn",
            List.of(
                body(
                    null,
                    user("look me up"),
                    toolResult("{\"last_name\":\"Kolvathorne\",\"first_name\":\"Brenzia\"}"))),
            body(null, user("hi"), assistant("Thanks kolvathorne, found you"), user("ok")),
            List.of(NAME)),
        new HuntProbe(
            "a name said first in a message's name, then in a user turn",
            List.of(
                "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":"
                    + "\"Brenzia_Kolvathorne\",\"content\":\"hello\"}]}"),
            body(null, user("kolvathorne here again")),
            List.of(NAME)),
        new HuntProbe(
            "a phone said first by the assistant, then its last seven by the user",
            List.of(
                body(
                    null,
                    user("what number do you have"),
                    assistant("I have 541-555-0186 on file"),
                    user("right"))),
            body(null, user("yes 555 0186")),
            List.of(LOCAL)));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: every field of the request

  private static String withName(String extra) {
    return body(extra, user("my name is Brenzia Kolvathorne, phone 541 555 0186"));
  }

  static Stream<HuntProbe> fields() {
    return Stream.of(
        fresh(
            "a developer message",
            body(null, message("developer", "Patient Brenzia Kolvathorne, DOB 02/23/1951")),
            NAME,
            FIRST,
            US_DOB),
        fresh(
            "a legacy function message",
            body(
                null,
                user("lookup"),
                "{\"role\":\"function\",\"name\":\"lookup\",\"content\":"
                    + quoted("{\"patient\":\"Brenzia Kolvathorne\",\"mrn\":\"72049516\"}")
                    + "}"),
            NAME,
            MRN),
        fresh(
            "a message's name",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":\"Brenzia_Kolvathorne\","
                + "\"content\":\"hello\"}]}",
            NAME,
            FIRST),
        fresh(
            "a message's name in lower case with a dash",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":\"brenzia-kolvathorne\","
                + "\"content\":\"hello\"}]}",
            NAME,
            FIRST),
        fresh(
            "an assistant's refusal part",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":"
                + "\"assistant\",\"content\":[{\"type\":\"refusal\",\"refusal\":\"I cannot"
                + " discuss Brenzia Kolvathorne at 541-555-0186\"}]}]}",
            NAME,
            PHONE),
        fresh(
            "a tool call's function name holding the name said in the turn",
            body(
                null,
                user("my name is Brenzia Kolvathorne"),
                toolCallNamed("c1", "lookup_brenzia_kolvathorne", "{}"),
                toolAnswer("c1", "ok")),
            NAME),
        fresh(
            "a tool call's id holding the phone",
            body(
                null,
                user("hi"),
                toolCallNamed("call_5415550186", "lookup", "{}"),
                toolAnswer("call_5415550186", "ok")),
            PHONE),
        fresh(
            "a legacy function_call's arguments",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":"
                + "\"assistant\",\"content\":null,\"function_call\":{\"name\":\"lookup\","
                + "\"arguments\":"
                + quoted("{\"name\":\"Brenzia Kolvathorne\",\"dob\":\"1951-02-23\"}")
                + "}}]}",
            NAME,
            DOB),
        fresh(
            "an assistant's audio reference",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"audio\":{\"id\":"
                + "\"audio_kolvathorne\"}},{\"role\":\"user\",\"content\":\"hi\"}]}",
            NAME),
        fresh(
            "a tool's description and a parameter's default, enum, examples and const",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"book\",\"description\":"
                    + "\"Books for Brenzia Kolvathorne\",\"parameters\":{\"type\":\"object\","
                    + "\"properties\":{\"phone\":{\"type\":\"string\",\"description\":\"defaults"
                    + " to 541-555-0186\",\"default\":\"5415550186\",\"enum\":[\"72049516\"],"
                    + "\"examples\":[\"RVN483927\"],\"const\":\"Pellarwick Way\"}}}}}]",
                user("hi")),
            NAME,
            PHONE,
            MRN,
            MEMBER,
            STREET),
        fresh(
            "a schema's const under a street property",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"book\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"street\":{\"type\":\"string\","
                    + "\"const\":\"3914 Pellarwick Way\"}}}}}]",
                user("hi")),
            STREET),
        fresh(
            "a tool parameter's property name holding the surname said in the turn",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"book\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"kolvathorne\":{\"type\":\"string\"}}"
                    + "}}}]",
                user("my name is Brenzia Kolvathorne")),
            NAME),
        fresh(
            "a schema's pattern holding the phone said in the turn",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"book\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"string\",\"pattern\":"
                    + "\"^5415550186$\"}}}}}]",
                user("my phone is 541 555 0186")),
            PHONE),
        fresh(
            "a response format's schema name, description and default",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":"
                    + "\"record\",\"description\":\"Record of Brenzia Kolvathorne\",\"schema\":"
                    + "{\"type\":\"object\",\"properties\":{\"mrn\":{\"type\":\"string\","
                    + "\"default\":\"72049516\"}}}}}",
                user("hi")),
            NAME,
            MRN),
        fresh(
            "a response format's schema name holding the surname said in the turn",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":"
                    + "\"kolvathorne_record\",\"schema\":{\"type\":\"object\"}}}",
                user("my name is Brenzia Kolvathorne")),
            NAME),
        fresh(
            "prediction content",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":\"Dear Brenzia Kolvathorne, we"
                    + " will call 541-555-0186\"}",
                user("hi")),
            NAME,
            PHONE),
        fresh(
            "stop sequences cutting the phone",
            body("\"stop\":[\"541-555\",\"-0186\",\"Kolvathorne\"]", user("hi")),
            PHONE,
            NAME),
        fresh(
            "a logit_bias key that is the phone's last seven, said in the turn",
            withName("\"logit_bias\":{\"5550186\":-100}"),
            LOCAL),
        fresh(
            "a logit_bias key that is the MRN's last seven, said in the turn",
            body("\"logit_bias\":{\"2049516\":5}", user("MRN 72049516")),
            "2049516"),
        fresh(
            "a logit_bias key that is the member id's digits, said in the turn",
            body("\"logit_bias\":{\"483927\":5}", user("member id RVN483927")),
            MEMBER),
        fresh("user", body("\"user\":\"Brenzia Kolvathorne 5415550186\"", user("hi")), PHONE),
        fresh(
            "metadata",
            body(
                "\"metadata\":{\"patient\":\"Brenzia Kolvathorne\",\"mrn\":\"72049516\"}",
                user("hi")),
            NAME,
            MRN),
        fresh(
            "store beside metadata",
            body("\"store\":true,\"metadata\":{\"caller\":\"5415550186\"}", user("hi")),
            PHONE),
        fresh(
            "web search options' user location",
            body(
                "\"web_search_options\":{\"user_location\":{\"type\":\"approximate\","
                    + "\"approximate\":{\"city\":\"Bend\",\"region\":\"3914 Pellarwick Way\","
                    + "\"country\":\"US\",\"timezone\":\"America/Los_Angeles\"}}}",
                user("hi")),
            STREET),
        fresh(
            "prompt cache key and safety identifier",
            body(
                "\"prompt_cache_key\":\"pt-72049516\",\"safety_identifier\":"
                    + "\"brenzia.kolvathorne@example.com\"",
                user("hi")),
            MRN,
            NAME),
        fresh(
            "an unknown top-level field",
            body("\"patient_name\":\"Brenzia Kolvathorne\"", user("hi")),
            NAME),
        fresh(
            "an unknown field nested in a message",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\",\"extra\":"
                + "{\"caller\":\"5415550186\"}}]}",
            PHONE),
        fresh(
            "an unknown key in a text part",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"hi\",\"caller\":\"Brenzia Kolvathorne\"}]}]}",
            NAME),
        fresh(
            "Vapi's call, customer, phoneNumber and assistant",
            body(
                "\"call\":{\"id\":\"c\",\"customer\":{\"number\":\"+15415550186\"}},\"customer\":"
                    + "{\"name\":\"Brenzia Kolvathorne\",\"number\":\"+15415550186\"},"
                    + "\"phoneNumber\":{\"number\":\"+15415550186\"},\"assistant\":"
                    + "{\"variableValues\":{\"mrn\":\"72049516\"}}",
                user("hi")),
            NAME,
            PHONE,
            MRN),
        fresh(
            "Retell's retell_llm_dynamic_variables",
            body(
                "\"retell_llm_dynamic_variables\":{\"patient\":\"Brenzia Kolvathorne\"}",
                user("hi")),
            NAME),
        fresh("a seed that is the phone", body("\"seed\":5415550186", user("hi")), PHONE),
        fresh(
            "a tool choice naming the surname said in the turn",
            body(
                "\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"kolvathorne\"}}",
                user("my name is Brenzia Kolvathorne")),
            NAME),
        fresh(
            "a service tier holding the surname said in the turn",
            body("\"service_tier\":\"kolvathorne\"", user("my name is Brenzia Kolvathorne")),
            NAME),
        fresh(
            "stream options holding a phone",
            body("\"stream_options\":{\"include_usage\":\"5415550186\"}", user("hi")),
            PHONE),
        fresh(
            "modalities holding the surname",
            body(
                "\"modalities\":[\"text\",\"kolvathorne\"]",
                user("my name is Brenzia Kolvathorne")),
            NAME),
        fresh(
            "a custom tool's input",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":"
                + "\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\",\"type\":"
                + "\"custom\",\"custom\":{\"name\":\"note\",\"input\":\"Brenzia Kolvathorne DOB"
                + " 02/23/1951\"}}]}]}",
            NAME,
            US_DOB),
        fresh(
            "a text part with a null text beside one holding the phone",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
                + "\"text\":null},{\"type\":\"text\",\"text\":\"call 541 555 0186\"}]}]}",
            PHONE),
        fresh(
            "an image part whose data URL holds text",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":"
                + "\"image_url\",\"image_url\":{\"url\":\"data:text/plain;base64,"
                + "QnJlbnppYSBLb2x2YXRob3JuZQ==\"}}]}]}",
            NAME),
        fresh(
            "an input_audio part of base64 text",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":"
                + "\"input_audio\",\"input_audio\":{\"data\":\"QnJlbnppYSBLb2x2YXRob3JuZQ==\","
                + "\"format\":\"wav\"}}]}]}",
            NAME),
        fresh(
            "a file part with file data",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"file\","
                + "\"file\":{\"filename\":\"kolvathorne.txt\",\"file_data\":"
                + "\"QnJlbnppYSBLb2x2YXRob3JuZQ==\"}}]}]}",
            NAME));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: unusual characters the earlier hunts had not tried

  static Stream<HuntProbe> characters() {
    return Stream.of(
            everywhere(
                "a name in Unicode small capitals after a cue",
                "my name is \u0299\u0280\u1D07\u0274\u1D22\u026A\u1D00 \u1D0B\u1D0F\u029F\u1D20"
                    + "\u1D00\u1D1B\u029C\u1D0F\u0280\u0274\u1D07",
                NAME,
                FIRST),
            everywhere(
                "a surname in regional indicators after a cue",
                "my last name is \uD83C\uDDF0\uD83C\uDDF4\uD83C\uDDF1\uD83C\uDDFB\uD83C\uDDE6"
                    + "\uD83C\uDDF9\uD83C\uDDED\uD83C\uDDF4\uD83C\uDDF7\uD83C\uDDF3\uD83C\uDDEA",
                NAME),
            everywhere(
                "a surname in superscript modifier letters after a cue",
                "my last name is \u1D4F\u1D52\u02E1\u1D5B\u1D43\u1D57\u02B0\u1D52\u02B3\u207F\u1D49",
                NAME),
            everywhere(
                "an emoji between the letters of a surname",
                "my name is Brenzia Kolva\uD83D\uDE42thorne",
                NAME),
            everywhere(
                "a zero-width joiner between a phone's groups",
                "call me at 541\u200D555\u200D0186",
                PHONE),
            everywhere(
                "a form feed and a vertical tab between the name's words",
                "my name is Brenzia\fKolvathorne\u000B, MRN 72049516",
                NAME,
                FIRST,
                MRN),
            everywhere(
                "a musical invisible format char inside the surname",
                "my name is Brenzia Kolva\uD834\uDD73thorne",
                NAME),
            everywhere(
                "a halfwidth Hangul filler inside the surname",
                "my name is Brenzia Kolva\uFFA0thorne",
                NAME),
            everywhere(
                "Khmer invisible vowels inside the surname",
                "my name is Brenzia Kolva\u17B4thor\u17B5ne",
                NAME),
            everywhere(
                "interlinear annotation marks around the surname",
                "my name is Brenzia \uFFF9Kolvathorne\uFFFAK\uFFFB",
                NAME),
            everywhere(
                "Gujarati digits in a phone",
                "my phone is \u0AEB\u0AEA\u0AE7 \u0AEB\u0AEB\u0AEB \u0AE6\u0AE7\u0AEE\u0AEC",
                PHONE),
            everywhere(
                "Tamil digits in an MRN",
                "MRN \u0BED\u0BE8\u0BE6\u0BEA\u0BEF\u0BEB\u0BE7\u0BEC",
                MRN),
            everywhere(
                "Adlam digits in a phone",
                "my phone is \uD83A\uDD55\uD83A\uDD54\uD83A\uDD51 \uD83A\uDD55\uD83A\uDD55"
                    + "\uD83A\uDD55 \uD83A\uDD50\uD83A\uDD51\uD83A\uDD58\uD83A\uDD56",
                PHONE),
            everywhere(
                "Malayalam digits in a date of birth",
                "date of birth \u0D66\u0D68/\u0D68\u0D69/\u0D67\u0D6F\u0D6B\u0D67",
                US_DOB),
            everywhere(
                "Arabic thousands separators between a phone's groups",
                "my phone is 541\u066C555\u066C0186",
                PHONE),
            everywhere(
                "minus signs and hyphens of other kinds between a phone's groups",
                "my phone is 541\u2212555\u20100186 or 541\uFE63555\u20120186",
                PHONE),
            everywhere(
                "bullets and middle dots between a phone's groups",
                "my phone is 541\u2022555\u20220186",
                PHONE),
            everywhere("tildes between a phone's groups", "my phone is 541~555~0186", PHONE),
            everywhere("a letter O for a zero in a phone", "my phone is 541-555-O186", PHONE),
            everywhere("letters O and l for digits in an MRN", "MRN 72O495l6", MRN),
            everywhere(
                "a surrogate pair of mathematical letters escaped in the JSON",
                "my name is Brenzia \uD835\uDC0Aolvathorne",
                NAME),
            everywhere(
                "a fraction slash and a division slash in a date of birth",
                "date of birth 02\u204423\u20441951, again 02\u221523\u22151951",
                US_DOB),
            everywhere(
                "an ideographic full stop between a date's parts",
                "date of birth 1951\u30020223 or 23\uFF0E02\uFF0E1951",
                DOB,
                "23021951"),
            everywhere(
                "a combining long stroke over every digit of an MRN",
                "MRN 7\u03362\u03360\u03364\u03369\u03365\u03361\u03366\u0336",
                MRN),
            everywhere(
                "variation selectors of the supplement inside a surname",
                "my name is Brenzia Kol\uDB40\uDD00vath\uDB40\uDD01orne",
                NAME))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: content shapes

  private static Stream<HuntProbe> digitByDigit(String cue, String value, String form) {
    var pieces = value.contains(" ") ? value.split(" ") : value.split("");
    var messages = new ArrayList<String>();
    messages.add(user(cue));
    for (var c : pieces) {
      messages.add(user(c));
    }
    var interleaved = new ArrayList<String>();
    interleaved.add(user(cue));
    for (var c : pieces) {
      interleaved.add(user(c));
      interleaved.add(assistant("mm-hm"));
    }
    interleaved.remove(interleaved.size() - 1);
    return Stream.of(
        fresh(
            "many short messages each with one digit: " + cue,
            body(null, messages.toArray(String[]::new)),
            form),
        fresh(
            "one digit a message, the agent saying mm-hm between: " + cue,
            body(null, interleaved.toArray(String[]::new)),
            form));
  }

  static Stream<HuntProbe> shapes() {
    return Stream.of(
            digitByDigit("my number is", PHONE, PHONE),
            digitByDigit("my MRN is", MRN, MRN),
            digitByDigit("my last name is spelled", "KOLVATHORNE", NAME),
            digitByDigit("my phone is", "five four one five five five oh one eight six", PHONE),
            everywhere(
                "a phone as an array of one-digit strings",
                "{\"callback_digits\":[\"5\",\"4\",\"1\",\"5\",\"5\",\"5\",\"0\",\"1\","
                    + "\"8\",\"6\"]}",
                PHONE),
            everywhere(
                "an MRN as an array of one-digit numbers", "{\"mrn\":[7,2,0,4,9,5,1,6]}", MRN),
            everywhere(
                "a phone one digit an object of an array",
                "{\"digits\":[{\"d\":\"5\"},{\"d\":\"4\"},{\"d\":\"1\"},{\"d\":\"5\"},"
                    + "{\"d\":\"5\"},{\"d\":\"5\"},{\"d\":\"0\"},{\"d\":\"1\"},{\"d\":\"8\"},"
                    + "{\"d\":\"6\"}]}",
                PHONE),
            everywhere("a phone one digit a CSV cell", "phone\n5,4,1,5,5,5,0,1,8,6", PHONE),
            everywhere(
                "a phone one digit a list item in HTML",
                "my number is <ul><li>5</li><li>4</li><li>1</li><li>5</li><li>5</li><li>5</li>"
                    + "<li>0</li><li>1</li><li>8</li><li>6</li></ul>",
                PHONE),
            everywhere(
                "a phone one digit a Markdown table cell",
                "| phone |\n|---|---|---|---|---|---|---|---|---|---|\n| 5 | 4 | 1 | 5 | 5 | 5 | 0 |"
                    + " 1 | 8 | 6 |",
                PHONE),
            everywhere(
                "a phone one digit a line", "my number is\n5\n4\n1\n5\n5\n5\n0\n1\n8\n6", PHONE),
            everywhere(
                "a surname one letter a line",
                "my last name is\nK\nO\nL\nV\nA\nT\nH\nO\nR\nN\nE",
                NAME),
            everywhere(
                "a phone one digit after each comma",
                "my number is 5, 4, 1, 5, 5, 5, 0, 1, 8, 6",
                PHONE),
            Stream.of(
                fresh(
                    "a phone one digit a text part",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + parts("my number is ", "5", "4", "1", "5", "5", "5", "0", "1", "8", "6")
                        + "}]}",
                    PHONE),
                fresh(
                    "a JSON document cut across two text parts",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + parts("{\"phone\":\"541", "5550186\",\"mrn\":\"7204", "9516\"}")
                        + "}]}",
                    PHONE,
                    MRN),
                fresh(
                    "a tool call id holding a fresh name",
                    body(
                        null,
                        user("hi"),
                        toolCallNamed("call_brenzia_kolvathorne", "lookup", "{}"),
                        toolAnswer("call_brenzia_kolvathorne", "ok")),
                    NAME)),
            everywhere(
                "a number as a JSON number with a fraction in a record",
                "{\"callback\":541555.0186,\"ok\":true,\"note\":null}",
                PHONE),
            everywhere(
                "a phone as a negative JSON number", "{\"patient_phone\":-5415550186}", PHONE),
            everywhere(
                "an MRN among booleans and nulls in an array",
                "[true,null,72049516,false,\"Kolvathorne\"]",
                MRN),
            everywhere(
                "a surname alone at the end of an array of values",
                "[true,null,\"02/23/1951\",false,\"Kolvathorne\"]",
                NAME),
            everywhere(
                "an array of patient objects with short keys",
                "[{\"ln\":\"Kolvathorne\",\"fn\":\"Brenzia\",\"d\":\"1951-02-23\",\"p\":"
                    + "\"5415550186\"}]",
                NAME,
                FIRST,
                DOB,
                PHONE),
            everywhere(
                "the same key twice in a JSON document in a string",
                "{\"phone\":\"n/a\",\"phone\":\"541 555 0186\",\"name\":\"x\",\"name\":"
                    + "\"Brenzia Kolvathorne\"}",
                PHONE,
                NAME),
            everywhere(
                "a phone split across a string's JSON escapes",
                "{\"phone\":\"541\\u0020555\\u00200186\"}",
                PHONE),
            everywhere(
                "a TSV row with a header of short codes",
                "LN\tFN\tDOB\tPH\nKolvathorne\tBrenzia\t02/23/1951\t5415550186",
                NAME,
                FIRST,
                US_DOB,
                PHONE),
            everywhere(
                "a name as a JSON key with a boolean",
                "{\"Brenzia Kolvathorne\":true,\"72049516\":null}",
                NAME,
                MRN),
            everywhere(
                "a name split into syllables by a transcriber",
                "my name is brenz ia kolva thorne",
                NAME,
                FIRST),
            everywhere(
                "a name in a sentence with no cue in lower case",
                "ok so brenzia kolvathorne needs her refill",
                NAME,
                FIRST),
            Stream.of(
                fresh(
                    "a value cut in the middle across two text parts",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + parts("my name is Brenzia Kolva", "thorne and MRN 7204", "9516")
                        + "}]}",
                    NAME,
                    MRN),
                fresh(
                    "an empty part and a text part after it",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + parts("", "my phone is 541 555", "", "0186")
                        + "}]}",
                    PHONE),
                fresh(
                    "a very long turn with the value at its end",
                    body(
                        null,
                        user(
                            "the weather is fine today. ".repeat(800)
                                + "kolvathorne 5415550186 is my number")),
                    PHONE),
                fresh(
                    "tool arguments as a JSON object rather than a string",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":"
                        + "\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\",\"type\":"
                        + "\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":"
                        + "{\"phone\":5415550186}}}]}]}",
                    PHONE),
                fresh(
                    "a tool result double-encoded with the phone as a number",
                    body(
                        null,
                        user("look me up"),
                        toolResult(
                            quoted("{\"patient\":{\"phone\":5415550186,\"dob\":\"1951-02-23\"}}"))),
                    PHONE,
                    DOB)))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> probes() {
    return Stream.of(recurrences(), placesOfTheFirstMention(), fields(), characters(), shapes())
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> all() {
    return probes().filter(probe -> !isOpen(probe));
  }

  static Stream<HuntProbe> stillOpen() {
    return probes().filter(ChatRequestFourteenthHuntProbesTest::isOpen);
  }

  private static boolean isOpen(HuntProbe probe) {
    return OPEN.contains(shape(probe)) || OPEN.contains(probe.name());
  }

  private static String shape(HuntProbe probe) {
    return probe
        .name()
        .replaceFirst(" \\((user turn|system prompt|tool result|tool arguments)\\)$", "");
  }

  private static final Set<String> OPEN =
      Set.of(
          // A street's name with no number and no cue, in a schema's const under a property that
          // names something else (a phone): a street needs its number, a street cue or a key that
          // names it (under "street" it is masked, probed above); the address recognizer's matter.
          "a tool's description and a parameter's default, enum, examples and const",
          // A fresh name after "Record of" at the start of a text, with no cue: read as a title
          // ("Record of Brenzia Kolvathorne" in a user turn too); the name recognizers' matter
          // (issue 11). Said before in the call, it is masked as a known value.
          "a response format's schema name, description and default",
          // A surname alone closing an array of values, no key and no given name beside it: the
          // names that open a row are names (ADR 31), one that closes it is no name to any
          // recognizer; the name recognizers' matter (issue 11). In a system prompt followed by a
          // short user turn it is masked, read with the turn.
          "a surname alone at the end of an array of values (user turn)",
          "a surname alone at the end of an array of values (tool result)",
          "a surname alone at the end of an array of values (tool arguments)",
          // A fresh name in a tool call's id with no cue ("call_brenzia_kolvathorne"): ids are the
          // model's own ("call_abc123"), so only a client bent on leaking writes a name there; the
          // id is masked as text, and said before in the call the name is masked in it. The name
          // recognizers' matter (issue 11).
          "a tool call id holding a fresh name");

  @TestFactory
  Stream<DynamicTest> what_is_left_open_still_reaches_the_upstream() {
    return stillOpen()
        .map(
            probe ->
                DynamicTest.dynamicTest(
                    probe.name(), () -> assertThat(leak(probe)).as(probe.name()).isNotNull()));
  }

  @TestFactory
  Stream<DynamicTest> no_planted_value_reaches_the_upstream() {
    return all()
        .map(
            probe ->
                DynamicTest.dynamicTest(
                    probe.name(), () -> assertThat(leak(probe)).as(probe.name()).isNull()));
  }

  @Test
  void the_call_itself_goes_up_masked() {
    assertThat(leak(fresh("the call", body(null, user(SAID)), ALL))).isNull();
  }

  /** Ordinary text in the shapes the fixes read (a body when it starts with a brace): no token. */
  static final List<String> ORDINARY =
      List.of(
          body("\"logit_bias\":{\"100257\":-100,\"50256\":5}", user("hi there")),
          body(
              null,
              user("can you help"),
              assistant("sure, what do you need?"),
              user("yes"),
              user("ok"),
              user("the refill"),
              assistant("mm-hm"),
              user("thanks")),
          body(null, user("pick a size"), user("small"), user("no"), user("large")),
          body(null, user("how many"), user("2"), user("or 3"), user("no, 4"), user("a b c")),
          body(null, user("[true,null,2024,false,\"ok\"]")),
          body(null, user("{\"2024\":3,\"page\":12}")),
          body(null, user("[{\"fn\":\"lookup\",\"args\":[]}]")),
          body(null, user("{\"scores\":[88,92,75,60],\"ids\":[1001,1002,1003]}")),
          body(null, user("{\"grid\":[\"a\",\"b\",\"c\"],\"years\":[2019,2020,2021,2022]}")),
          body(null, user("{\"point\":[47.6,-122.3,12]}")),
          body(null, user("{\"rows\":[{\"n\":1},{\"n\":2},{\"n\":3},{\"n\":4}]}")));

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain14-" + sessions++);
                      ChatRequest.parse(body(null, user(SAID))).mask(mask, RequestRules.DEFAULT);
                      var request =
                          ChatRequest.parse(text.startsWith("{") ? text : body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                      assertThat(request.toJson()).isEqualTo(ChatRequest.parse(text).toJson());
                    }));
  }

  @Test
  void a_refusal_quotes_a_key_only_when_it_has_the_shape_of_a_fields_name() {
    var mask = TextMask.of(MASKER, "agt_test/hunt14-refusal");
    for (var body :
        List.of(
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":"
                + "\"text\",\"text\":\"hi\",\"Kolvathorne_72049516\":\"x\"}]}]}",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\","
                + "\"BRENZIA KOLVATHORNE\":1}]}",
            body("\"5415550186\":true", user("hi")))) {
      assertThat(ChatRequest.parse(body).mask(mask, RequestRules.DEFAULT))
          .isInstanceOfSatisfying(
              ChatRequest.Masking.Refused.class,
              refused ->
                  assertThat((refused.path() + refused.reason()).toLowerCase(Locale.ROOT))
                      .doesNotContain(NAME, FIRST, PHONE, MRN));
    }
    var named =
        ChatRequest.parse(body("\"patient_phone\":\"x\"", user("hi")))
            .mask(mask, RequestRules.DEFAULT);
    assertThat(named)
        .isInstanceOfSatisfying(
            ChatRequest.Masking.Refused.class,
            refused -> assertThat(refused.path()).isEqualTo("patient_phone"));
  }

  @Test
  void a_value_known_in_one_session_is_masked_with_its_cue_in_another() {
    var first = TextMask.of(MASKER, "agt_test/hunt14-a");
    ChatRequest.parse(body(null, user(SAID))).mask(first, RequestRules.DEFAULT);
    var probe = fresh("another session", body(null, user("my name is kolvathorne")), NAME);
    assertThat(
            probe.leakIn(
                TextMask.of(MASKER, "agt_test/hunt14-b"),
                ChatRequestFourteenthHuntProbesTest::readable))
        .isNull();
  }
}
