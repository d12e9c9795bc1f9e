package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolAnswer;
import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolCallNamed;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.quoted;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolCall;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolResult;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static dev.masker.domain.chat.HuntProbe.everywhere;
import static dev.masker.domain.chat.HuntProbe.fresh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a fifteenth outside leak hunt (ADR 38): values of the call said again the way a tired
 * transcriber hears them, values cut over turns and roles, values inside the markup a model reads,
 * fields of the voice platforms, characters and content shapes the earlier hunts had not tried.
 * What would go upstream is read as the fourteenth hunt read it (ADR 36), and also with a digit's
 * homophone ("for", "to", "won", "ate") and an ordinal ("fifth") read as the digit beside other
 * digits' words.
 */
class ChatRequestFifteenthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hi, this is Caspiane Drelmorrow, date of birth 08/17/1949, my phone is 458 555 0129,"
          + " MRN 83615029, member id KTZ592618, email caspiane.drelmorrow@example.com,"
          + " I live at 6142 Quillstone Terrace, Ashland, OR 97520";

  static final String NAME = "drelmorrow";
  static final String FIRST = "caspiane";
  static final String PHONE = "4585550129";
  static final String LOCAL = "5550129";
  static final String MRN = "83615029";
  static final String MEMBER = "592618";
  static final String DOB = "19490817";
  static final String US_DOB = "08171949";
  static final String ZIP = "97520";
  static final String STREET = "quillstone";

  /** The forms of every planted value a reader must not find. */
  static final String[] ALL = {NAME, FIRST, PHONE, MRN, MEMBER, US_DOB, ZIP, STREET};

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  /** What a reader finds of the forms in what is sent: the fourteenth hunt's readings and more. */
  static List<String> readable(String sent, List<String> forms) {
    var found = new LinkedHashSet<>(ChatRequestFourteenthHuntProbesTest.readable(sent, forms));
    var text = ChatRequestFourthHuntProbesTest.reading(sent);
    var heard = heardDigits(text);
    if (heard != null) {
      found.addAll(ChatRequestFourteenthHuntProbesTest.readable(body(null, user(heard)), forms));
    }
    return new ArrayList<>(found);
  }

  private static final Map<String, String> HEARD =
      Map.ofEntries(
          Map.entry("for", "four"),
          Map.entry("fore", "four"),
          Map.entry("to", "two"),
          Map.entry("too", "two"),
          Map.entry("won", "one"),
          Map.entry("ate", "eight"),
          Map.entry("first", "one"),
          Map.entry("second", "two"),
          Map.entry("third", "three"),
          Map.entry("fourth", "four"),
          Map.entry("fifth", "five"),
          Map.entry("sixth", "six"),
          Map.entry("seventh", "seven"),
          Map.entry("eighth", "eight"),
          Map.entry("ninth", "nine"),
          Map.entry("zeroth", "zero"));

  private static final Set<String> DIGITISH =
      Set.of(
          "zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven", "eight",
          "nine");

  /**
   * A digit's homophone or ordinal read as the digit when a word beside it is a digit's; null when
   * the text has none.
   */
  static String heardDigits(String text) {
    var words = text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    var out = new ArrayList<String>();
    boolean heard = false;
    for (int i = 0; i < words.length; i++) {
      var w = words[i];
      var digit = HEARD.get(w);
      if (digit != null && (digitish(words, i - 1) || digitish(words, i + 1))) {
        out.add(digit);
        heard = true;
      } else {
        out.add(w);
      }
    }
    return heard ? String.join(" ", out) : null;
  }

  private static boolean digitish(String[] words, int i) {
    return i >= 0
        && i < words.length
        && (DIGITISH.contains(words[i])
            || HEARD.containsKey(words[i])
            || words[i].matches("[0-9]{1,4}"));
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt15-" + sessions++),
        ChatRequestFifteenthHuntProbesTest::readable);
  }

  private static HuntProbe after(String name, String request, String... forms) {
    return new HuntProbe(name, List.of(body(null, user(SAID))), request, List.of(forms));
  }

  private static Stream<HuntProbe> recurring(String form, String... read) {
    return HuntProbe.recurring(SAID, form, read);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: values said once with their cue, then again as a tired transcriber hears them

  static Stream<HuntProbe> recurrences() {
    return Stream.of(
            recurring("for five ate five five five oh one to nine", PHONE),
            recurring("forty five eight, fifty five five, oh one twenty nine", PHONE),
            recurring("four five eight triple five oh one two nine", PHONE),
            recurring("fourth fifth eighth fifth fifth fifth zero first second ninth", PHONE),
            recurring("call 45855501299 back", PHONE),
            recurring("call 4 5 8 5 5 5 0 1 2 9", PHONE),
            recurring("ate three six won five oh to nine", MRN),
            recurring("eighty three sixty one fifty twenty nine", MRN),
            recurring("M R N eight three six one five zero two nine", MRN),
            recurring("kay tee zee five nine two six one eight", MEMBER),
            recurring("K T Z five ninety two six eighteen", MEMBER),
            recurring("KTZ 59 26 18", MEMBER),
            recurring("born 8/17/49", "81749"),
            recurring("born 17.08.1949", "17081949"),
            recurring("born aug 17 49", "aug1749"),
            recurring("the seventeenth of august forty nine", "seventeenthofaugust"),
            recurring("born 1949-08-17", DOB),
            recurring("dee are ee el em oh are are oh double you", NAME),
            recurring("caspianedrelmorrow is my username", NAME),
            recurring("Drellmorrow is the last name", "drellmorrow"),
            recurring("the DrelMorrow account", NAME),
            recurring("it's the drelmorrows' house", NAME),
            recurring("c drelmorrow on the chart", NAME),
            recurring("follow @drelmorrow49", NAME),
            recurring("file drelmorrow-caspiane.pdf", NAME, FIRST),
            recurring("cass drelmorrow", NAME),
            recurring("caspiane dot drelmorrow at example dot com", NAME, FIRST),
            recurring("quill stone terrace", STREET),
            recurring("up on quillstone", STREET),
            recurring("Quillstone Ter.", STREET),
            recurring("sixty one forty two quillstone", STREET),
            recurring("nine seven five two oh", ZIP),
            recurring("zip 975 20", ZIP))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1b: values cut over turns, roles and fields in shapes the thirteenth hunt did not try

  static Stream<HuntProbe> cuts() {
    return Stream.of(
        fresh(
            "a phone in homophones cut over three user turns",
            body(
                null,
                user("my number is for five ate"),
                user("five five five"),
                user("oh one to nine")),
            PHONE),
        fresh(
            "a surname cut in the middle over two user turns after the agent asks",
            body(
                null,
                user("my first name is Caspiane"),
                assistant("And your last name?"),
                user("drel"),
                user("morrow")),
            NAME),
        fresh(
            "a surname cut in the middle over two user turns with a cue",
            body(null, user("my last name is Drel"), user("morrow, two r's")),
            NAME),
        fresh(
            "a date of birth said a piece a turn after the agent asks",
            body(
                null,
                assistant("What's your date of birth?"),
                user("august"),
                user("seventeenth"),
                user("nineteen forty nine")),
            "august",
            "seventeenth"),
        fresh(
            "a member id, its letters in one turn and its digits in the next",
            body(null, user("member id kay tee zee"), user("five nine two six one eight")),
            MEMBER),
        fresh(
            "an e-mail cut over two turns in the middle of the surname",
            body(null, user("my email is caspiane dot drel"), user("morrow at example dot com")),
            NAME),
        fresh(
            "a phone the agent reads back in words, the caller correcting one digit",
            body(
                null,
                user("my phone is 458 555 0128"),
                assistant("So that's four five eight, five five five, oh one two eight?"),
                user("no, the last one is nine, oh one two nine")),
            PHONE),
        fresh(
            "an MRN in a tool call's arguments, said again by the assistant with a cut",
            body(
                null,
                user("look me up"),
                toolCall("{\"mrn\":\"83615029\"}"),
                assistant("I found record eight three six one"),
                user("and then five oh two nine")),
            MRN),
        fresh(
            "a name in a tool result, the surname said again in a user turn glued to a word",
            body(
                null,
                user("look me up"),
                toolResult("{\"patient\":{\"family\":\"Drelmorrow\",\"given\":\"Caspiane\"}}"),
                user("yes thats me, drelmorrowfamily on the portal")),
            NAME),
        fresh(
            "a phone in a message's name and its content",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":\"caller_458555\","
                + "\"content\":\"the rest is 0129\"}]}",
            PHONE));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: markup the model reads, and the fields of the voice platforms

  static Stream<HuntProbe> markup() {
    return Stream.of(
            everywhere(
                "a Markdown table of a patient",
                "| Patient | DOB | Phone |\n|---|---|---|\n| Caspiane Drelmorrow | 08/17/1949 |"
                    + " 458-555-0129 |",
                NAME,
                FIRST,
                US_DOB,
                PHONE),
            everywhere(
                "a Markdown link whose text is the name",
                "see [Caspiane Drelmorrow](https://portal.example.com/patients/83615029)",
                NAME,
                FIRST,
                MRN),
            everywhere(
                "a Markdown image's alt text",
                "![Caspiane Drelmorrow, DOB 08/17/1949](scan.png)",
                NAME,
                US_DOB),
            everywhere(
                "HTML with the name's words in two tags",
                "<p>Patient: <b>Caspiane</b> <i>Drelmorrow</i>, tel <span>458</span>-<span>555"
                    + "</span>-<span>0129</span></p>",
                NAME,
                FIRST,
                PHONE),
            everywhere(
                "an HTML input's value attribute",
                "<form><input name=\"phone\" value=\"458-555-0129\"><input name=\"last\""
                    + " value=\"Drelmorrow\"></form>",
                PHONE,
                NAME),
            everywhere(
                "an HTML comment",
                "<p>ok</p><!-- patient Caspiane Drelmorrow MRN 83615029 -->",
                NAME,
                MRN),
            everywhere(
                "an XML patient",
                "<patient><given>Caspiane</given><family>Drelmorrow</family><birthDate>1949-08-17"
                    + "</birthDate><telecom>458-555-0129</telecom></patient>",
                NAME,
                FIRST,
                DOB,
                PHONE),
            everywhere(
                "XML CDATA",
                "<note><![CDATA[call Caspiane Drelmorrow at 458 555 0129]]></note>",
                NAME,
                PHONE),
            everywhere(
                "YAML",
                "patient:\n  given: Caspiane\n  family: Drelmorrow\n  mrn: '83615029'\n"
                    + "  address:\n    line: 6142 Quillstone Terrace\n    zip: 97520\n",
                NAME,
                FIRST,
                MRN,
                STREET,
                ZIP),
            everywhere(
                "SSML telephone",
                "<speak>Your callback is <say-as interpret-as=\"telephone\">4585550129</say-as>"
                    + "</speak>",
                PHONE),
            everywhere(
                "SSML characters after a cue",
                "<speak>Spelling your last name: <say-as interpret-as=\"characters\">DRELMORROW"
                    + "</say-as></speak>",
                NAME),
            everywhere(
                "SSML date in mdy",
                "<speak>Born <say-as interpret-as=\"date\" format=\"mdy\">08171949</say-as>"
                    + "</speak>",
                US_DOB),
            everywhere(
                "SSML breaks between a phone's groups",
                "<speak>call 458<break time=\"200ms\"/>555<break time=\"200ms\"/>0129</speak>",
                PHONE),
            everywhere(
                "SSML sub alias holding the name",
                "<speak>Hello <sub alias=\"Caspiane Drelmorrow\">the patient</sub></speak>",
                NAME,
                FIRST),
            everywhere(
                "SSML phoneme around the surname",
                "<speak>Hello <phoneme alphabet=\"ipa\" ph=\"drɛlmɒroʊ\">Drelmorrow</phoneme>,"
                    + " your MRN is 83615029</speak>",
                NAME,
                MRN),
            everywhere(
                "JSON in a Markdown code fence",
                "here it is:\n```json\n{\"patient\":\"Caspiane Drelmorrow\",\"dob\":\"1949-08-17\","
                    + "\"phone\":\"4585550129\"}\n```",
                NAME,
                FIRST,
                DOB,
                PHONE),
            everywhere(
                "a query string",
                "https://portal.example.com/lookup?first=Caspiane&last=Drelmorrow&dob=1949-08-17"
                    + "&mrn=83615029",
                NAME,
                FIRST,
                DOB,
                MRN),
            everywhere(
                "a form-encoded body",
                "first=Caspiane&last=Drelmorrow&phone=458-555-0129&zip=97520",
                NAME,
                FIRST,
                PHONE,
                ZIP),
            everywhere("a tel link in Markdown", "[call the patient](tel:+14585550129)", PHONE),
            everywhere(
                "an iCalendar attendee",
                "BEGIN:VEVENT\nATTENDEE;CN=Caspiane Drelmorrow:mailto:caspiane.drelmorrow@"
                    + "example.com\nDTSTART:20261207T090000\nEND:VEVENT",
                NAME,
                FIRST),
            everywhere(
                "a Mustache template filled with the name",
                "Hello {{Caspiane Drelmorrow}}, your record {{83615029}}",
                NAME,
                FIRST,
                MRN))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> fields() {
    return Stream.of(
        fresh("Retell's from_number", body("\"from_number\":\"+14585550129\"", user("hi")), PHONE),
        fresh(
            "Vapi's assistantOverrides variable values",
            body(
                "\"assistantOverrides\":{\"variableValues\":{\"name\":\"Caspiane Drelmorrow\"}}",
                user("hi")),
            NAME),
        fresh(
            "Bolna's context_data",
            body("\"context_data\":{\"patient\":\"Caspiane Drelmorrow\"}", user("hi")),
            NAME),
        fresh(
            "a message's metadata",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\",\"metadata\":"
                + "{\"caller\":\"+14585550129\"}}]}",
            PHONE),
        fresh(
            "a message's timestamp field holding a name",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\",\"time\":"
                + "\"Drelmorrow\"}]}",
            NAME),
        fresh(
            "a schema's title and $comment",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"book\",\"parameters\":"
                    + "{\"type\":\"object\",\"title\":\"For Caspiane Drelmorrow\",\"$comment\":"
                    + "\"MRN 83615029\",\"properties\":{}}}}]",
                user("hi")),
            NAME,
            MRN),
        fresh(
            "a user field as a phone in words",
            body("\"user\":\"four five eight five five five oh one two nine\"", user("hi")),
            PHONE),
        fresh(
            "a stop sequence holding the surname",
            body("\"stop\":\"Drelmorrow\"", user("my last name is Drelmorrow")),
            NAME),
        fresh(
            "a prediction's text parts cutting a name",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":[{\"type\":\"text\",\"text\":"
                    + "\"Dear Caspiane Drel\"},{\"type\":\"text\",\"text\":\"morrow\"}]}",
                user("hi")),
            NAME),
        fresh(
            "a tool call's arguments holding SSML",
            body(
                null,
                user("ok"),
                toolCall(
                    "{\"ssml\":\"<speak><say-as interpret-as=\\\"telephone\\\">4585550129"
                        + "</say-as></speak>\"}")),
            PHONE),
        fresh(
            "a tool call id holding the MRN said in the turn",
            body(
                null,
                user("MRN 83615029"),
                toolCallNamed("call_83615029", "lookup", "{}"),
                toolAnswer("call_83615029", "ok")),
            MRN));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: characters

  static Stream<HuntProbe> characters() {
    return Stream.of(
            everywhere(
                "Mongolian digits in a phone",
                "my phone is \u1814\u1815\u1818 \u1815\u1815\u1815 \u1810\u1811\u1812\u1819",
                PHONE),
            everywhere(
                "Tibetan digits in an MRN",
                "MRN \u0F28\u0F23\u0F26\u0F21\u0F25\u0F20\u0F22\u0F29",
                MRN),
            everywhere(
                "Myanmar digits in a phone",
                "my phone is \u1044\u1045\u1048 \u1045\u1045\u1045 \u1040\u1041\u1042\u1049",
                PHONE),
            everywhere(
                "Ol Chiki digits in a date of birth",
                "date of birth \u1C50\u1C58/\u1C51\u1C57/\u1C51\u1C59\u1C54\u1C59",
                US_DOB),
            everywhere(
                "N'Ko digits in an MRN",
                "MRN \u07C8\u07C3\u07C6\u07C1\u07C5\u07C0\u07C2\u07C9",
                MRN),
            everywhere(
                "a combining grapheme joiner inside the surname",
                "my name is Caspiane Drel\u034Fmorrow",
                NAME),
            everywhere(
                "a Mongolian vowel separator inside a phone",
                "my phone is 458\u180E555\u180E0129",
                PHONE),
            everywhere(
                "hyphenation points between a phone's groups",
                "my phone is 458\u2027555\u20270129",
                PHONE),
            everywhere(
                "keycap digits in a phone",
                "my phone is 4\uFE0F\u20E35\uFE0F\u20E38\uFE0F\u20E3 5\uFE0F\u20E35\uFE0F\u20E3"
                    + "5\uFE0F\u20E3 0\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E39\uFE0F\u20E3",
                PHONE),
            everywhere(
                "Cherokee look-alikes in a surname",
                "my name is Caspiane \u13A0relmorrow",
                "relmorrow"),
            everywhere(
                "a number with underscores between its groups",
                "{\"phone\":\"4_585_550_129\"}",
                PHONE),
            everywhere(
                "a number with apostrophes between its groups", "my phone is 458'555'0129", PHONE),
            everywhere(
                "a word joiner and a soft hyphen in a date",
                "date of birth 08\u2060/\u00AD17/19\u206049",
                US_DOB),
            everywhere(
                "an ideographic space between the name's words",
                "my name is Caspiane\u3000Drelmorrow",
                NAME,
                FIRST))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: content shapes

  static Stream<HuntProbe> shapes() {
    return Stream.of(
            everywhere(
                "a phone as a JSON number with an exponent", "{\"phone\":4.585550129E9}", PHONE),
            everywhere("an MRN as a JSON number with an exponent", "{\"mrn\":8.3615029e7}", MRN),
            everywhere(
                "a triple-encoded JSON string",
                quoted(quoted("{\"patient\":\"Caspiane Drelmorrow\",\"phone\":\"4585550129\"}")),
                NAME,
                PHONE),
            everywhere(
                "a CSV with a quoted cell holding a comma",
                "name,dob,phone\n\"Drelmorrow, Caspiane\",1949-08-17,4585550129",
                NAME,
                FIRST,
                DOB,
                PHONE),
            everywhere(
                "a JSON array of two patient records",
                "[{\"name\":\"Ann Lee\",\"mrn\":\"10000001\"},{\"name\":\"Caspiane Drelmorrow\","
                    + "\"mrn\":\"83615029\"}]",
                NAME,
                FIRST,
                MRN),
            everywhere(
                "key and value pairs in an array",
                "{\"fields\":[{\"k\":\"phone\",\"v\":\"4585550129\"},{\"k\":\"last\",\"v\":"
                    + "\"Drelmorrow\"}]}",
                PHONE,
                NAME),
            everywhere(
                "a name's parts as an array",
                "{\"name\":[\"Caspiane\",\"Drelmorrow\"],\"dob\":[1949,8,17]}",
                NAME,
                FIRST),
            everywhere(
                "a phone's groups as an array of numbers",
                "{\"phone\":[458,555,129]}",
                "458555129"),
            everywhere(
                "a phone's groups as an object",
                "{\"phone\":{\"area\":\"458\",\"exchange\":\"555\",\"line\":\"0129\"}}",
                PHONE),
            everywhere(
                "a date of birth as an object",
                "{\"dob\":{\"year\":1949,\"month\":8,\"day\":17},\"name\":\"Caspiane"
                    + " Drelmorrow\"}",
                NAME,
                FIRST),
            everywhere(
                "a name as a JSON key holding an object",
                "{\"patients\":{\"Caspiane Drelmorrow\":{\"mrn\":\"83615029\"}}}",
                NAME,
                FIRST,
                MRN),
            everywhere(
                "a phone as a key of a map of numbers",
                "{\"callbacks\":{\"4585550129\":2}}",
                PHONE),
            everywhere(
                "a JSON string holding Markdown holding JSON",
                "{\"note\":\"```json\\n{\\\"mrn\\\":\\\"83615029\\\"}\\n```\"}",
                MRN),
            everywhere(
                "a name in a speech-to-text result's alternatives",
                "{\"alternatives\":[{\"transcript\":\"this is caspiane drelmorrow\",\"confidence\":"
                    + "0.91},{\"transcript\":\"this is cast ian dell morrow\",\"confidence\":0.4}]}",
                NAME,
                FIRST),
            everywhere(
                "a phone said in word items of a transcript",
                "{\"words\":[{\"word\":\"my\"},{\"word\":\"number\"},{\"word\":\"is\"},{\"word\":"
                    + "\"four\"},{\"word\":\"five\"},{\"word\":\"eight\"},{\"word\":\"five\"},"
                    + "{\"word\":\"five\"},{\"word\":\"five\"},{\"word\":\"oh\"},{\"word\":\"one\"},"
                    + "{\"word\":\"two\"},{\"word\":\"nine\"}]}",
                PHONE))
        .flatMap(s -> s);
  }

  /** Written once the first batch had run: the neighbours of the shapes that leaked. */
  static Stream<HuntProbe> neighbours() {
    return Stream.of(
            everywhere(
                "key and value pairs in an array, the MRN and a name",
                "[{\"k\":\"mrn\",\"v\":\"83615029\"},{\"k\":\"first name\",\"v\":"
                    + "\"Caspiane\"},{\"k\":\"surname\",\"v\":\"Drelmorrow\"}]",
                MRN,
                FIRST,
                NAME),
            everywhere(
                "key and value pairs written as Python",
                "fields = [{'k': 'last', 'v': 'Drelmorrow'}, {'k': 'phone', 'v': '4585550129'}]",
                NAME,
                PHONE),
            Stream.of(
                fresh(
                    "an MRN cut between a message's name and its content after words",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":"
                        + "\"pt_8361\",\"content\":\"record ends 5029, thanks\"}]}",
                    MRN),
                fresh(
                    "a phone cut between an assistant's name and its content after words",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + "\"hi\"},{\"role\":\"assistant\",\"name\":\"desk_458555\","
                        + "\"content\":\"I will call you at 0129 later\"}]}",
                    PHONE)))
        .flatMap(s -> s);
  }

  /** A second batch, written once the first had run: more of every round. */
  static Stream<HuntProbe> secondBatch() {
    return Stream.of(
            recurring("Trelmorrow called about the bill", "trelmorrow"),
            recurring("drelm orrow", NAME),
            recurring("delta romeo echo lima mike oscar romeo romeo oscar whiskey", NAME),
            recurring("four fifty eight, five fifty five, zero one two nine", PHONE),
            recurring("born in forty nine on the seventeenth of august", "seventeenthofaugust"),
            recurring("caspiane drelmorrow at example.com", NAME, FIRST),
            recurring("my MRN is eighth third sixth first fifth zeroth second ninth", MRN),
            recurring("fourth five eighth five five fifth oh one two ninth", PHONE),
            recurring("6142 quillstone", STREET),
            recurring("Quilstone Terrace", "quilstone"),
            recurring("Dr\u00E9lmorrow is here", "drelmorrow"),
            recurring("Drelm\u03BFrr\u03BFw is here", NAME),
            recurring("458\uD83D\uDCDE555\uD83D\uDCDE0129", PHONE),
            recurring("\uD835\uDFD2\uD835\uDFD3\uD835\uDFD6 555 0129", PHONE),
            everywhere(
                "a fresh phone said as ordinals after its cue",
                "my phone is fourth fifth eighth fifth fifth fifth zero first second ninth",
                PHONE),
            everywhere(
                "a surname as an array of letters",
                "{\"last_name\":[\"D\",\"r\",\"e\",\"l\",\"m\",\"o\",\"r\",\"r\",\"o\","
                    + "\"w\"]}",
                NAME),
            everywhere(
                "a surname as an object of indexed letters",
                "{\"last_name\":{\"0\":\"D\",\"1\":\"r\",\"2\":\"e\",\"3\":\"l\",\"4\":"
                    + "\"m\",\"5\":\"o\",\"6\":\"r\",\"7\":\"r\",\"8\":\"o\",\"9\":\"w\"}}",
                NAME),
            everywhere(
                "a phone as an object of indexed digits",
                "{\"phone\":{\"0\":4,\"1\":5,\"2\":8,\"3\":5,\"4\":5,\"5\":5,\"6\":0,"
                    + "\"7\":1,\"8\":2,\"9\":9}}",
                PHONE),
            everywhere(
                "bidi isolates between a phone's groups",
                "my phone is 458\u2066555\u20690129",
                PHONE),
            everywhere(
                "a line separator between the name's words",
                "my name is Caspiane\u2028Drelmorrow",
                NAME,
                FIRST),
            everywhere(
                "a decomposed accent in the surname",
                "my name is Caspiane Dre\u0301lmorrow",
                "drelmorrow"),
            everywhere(
                "an escaped solidus between a phone's groups",
                "{\"phone\":\"458\\/555\\/0129\"}",
                PHONE),
            everywhere(
                "an XML element's attributes",
                "<patient family=\"Drelmorrow\" given=\"Caspiane\" birthDate=\"1949-08-17\""
                    + " mrn=\"83615029\"/>",
                NAME,
                FIRST,
                DOB,
                MRN),
            everywhere(
                "NDJSON lines",
                "{\"field\":\"family\",\"value\":\"Drelmorrow\"}\n{\"field\":\"phone\","
                    + "\"value\":\"4585550129\"}",
                NAME,
                PHONE),
            everywhere(
                "a GraphQL response",
                "{\"data\":{\"patient\":{\"name\":{\"family\":\"Drelmorrow\",\"given\":"
                    + "[\"Caspiane\"]},\"telecom\":[{\"system\":\"phone\",\"value\":"
                    + "\"4585550129\"}]}}}",
                NAME,
                FIRST,
                PHONE),
            everywhere(
                "a Markdown definition list",
                "Last name\n: Drelmorrow\n\nPhone\n: 458 555 0129",
                NAME,
                PHONE),
            everywhere(
                "an HTML description list",
                "<dl><dt>Surname</dt><dd>Drelmorrow</dd><dt>MRN</dt><dd>83615029</dd></dl>",
                NAME,
                MRN),
            everywhere(
                "a TOML table",
                "[patient]\nfamily = \"Drelmorrow\"\nphone = \"458-555-0129\"\nzip = 97520",
                NAME,
                PHONE,
                ZIP),
            everywhere("an INI section", "[patient]\nsurname=Drelmorrow\nmrn=83615029", NAME, MRN),
            everywhere(
                "an HTTP header block",
                "X-Patient-Name: Caspiane Drelmorrow\nX-Patient-Phone: 458-555-0129",
                NAME,
                FIRST,
                PHONE),
            everywhere("a cookie", "Cookie: last=Drelmorrow; mrn=83615029; theme=dark", NAME, MRN),
            Stream.of(
                fresh(
                    "Input-text parts of the Responses API",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":"
                        + "\"input_text\",\"text\":\"Caspiane Drelmorrow 4585550129\"}]}]}",
                    NAME,
                    PHONE),
                fresh(
                    "a schema's items enum and $defs description",
                    body(
                        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"book\","
                            + "\"parameters\":{\"type\":\"object\",\"$defs\":{\"p\":{"
                            + "\"description\":\"Caspiane Drelmorrow\"}},\"properties\":{\"x\":{"
                            + "\"type\":\"array\",\"items\":{\"enum\":[\"83615029\"]}}}}}}]",
                        user("hi")),
                    NAME,
                    MRN),
                fresh(
                    "a tool choice's allowed tools holding a phone",
                    body(
                        "\"tool_choice\":{\"type\":\"allowed_tools\",\"allowed_tools\":{"
                            + "\"mode\":\"auto\",\"tools\":[{\"type\":\"function\",\"function\":"
                            + "{\"name\":\"call_4585550129\"}}]}}",
                        user("my phone is 458 555 0129")),
                    PHONE),
                fresh(
                    "an extra_body field",
                    body("\"extra_body\":{\"patient\":\"Caspiane Drelmorrow\"}", user("hi")),
                    NAME),
                fresh(
                    "a tool message's content as text parts cutting a JSON record",
                    body(
                        null,
                        user("look me up"),
                        "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":"
                            + "\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":"
                            + "\"{}\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
                            + "[{\"type\":\"text\",\"text\":\"{\\\"last\\\":\\\"Drel\"},"
                            + "{\"type\":\"text\",\"text\":\"morrow\\\",\\\"mrn\\\":\\\"8361"
                            + "\"},{\"type\":\"text\",\"text\":\"5029\\\"}\"}]}"),
                    NAME,
                    MRN),
                fresh(
                    "an area code in one turn and the rest in the next, no cue",
                    body(
                        null,
                        assistant("What's the best number to reach you?"),
                        user("area code 458"),
                        user("555 0129")),
                    PHONE),
                fresh(
                    "a surname spelled over two turns in letters as words",
                    body(
                        null,
                        user("my last name is spelled dee are ee el em"),
                        user("oh are are oh double you")),
                    NAME)))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> probes() {
    return Stream.of(
            recurrences(),
            cuts(),
            markup(),
            fields(),
            characters(),
            shapes(),
            neighbours(),
            secondBatch())
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> all() {
    return probes().filter(probe -> !isOpen(probe));
  }

  static Stream<HuntProbe> stillOpen() {
    return probes().filter(ChatRequestFifteenthHuntProbesTest::isOpen);
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
          // (A fresh phone said as ordinals after its cue, left open by the hunt, was closed in the
          // nineteenth round: seven digit pieces in a row, two ordinals among them, read as digits,
          // DigitOrdinals.)
          // A fresh birth date said a piece a user turn, the month, the day's ordinal and the year
          // each its own message ("august" | "seventeenth" | "nineteen forty nine"): the
          // short-answer reading learns from the turns read together, but a month word or an
          // ordinal is no piece PieceByPiece joins (digits, one letter or a digit's word), and the
          // known-value search masks a date whole; as ADR 34 left a ZIP cut into pieces.
          "a date of birth said a piece a turn after the agent asks");

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

  /** Ordinary requests in the shapes the fixes read: nothing masked, nothing refused. */
  static final List<String> ORDINARY =
      List.of(
          body(
              null,
              user(
                  "{\"fields\":[{\"k\":\"size\",\"v\":\"large\"},{\"k\":\"color\","
                      + "\"v\":\"blue\"}]}")),
          body(null, user("opts = [{'k': 'mode', 'v': 'fast'}, {'k': 'retries', 'v': 3}]")),
          body(null, user("{\"k\":\"page\",\"v\":12}")),
          body(null, user("{\"scores\":{\"0\":88,\"1\":92,\"2\":75,\"3\":60}}")),
          body(null, user("{\"grid\":{\"0\":\"a\",\"1\":\"b\",\"2\":\"c\"}}")),
          body(null, user("{\"0\":\"x\",\"1\":\"o\",\"2\":\"x\",\"page\":2}")),
          body(null, user("the quilting class meets at the millstone cafe on stone terrace")),
          body(null, user("a quillpen and a milestone, then Quill Lane")),
          body(null, user("the first second of the fourth quarter, ninth inning, fifth row")),
          body(null, user("my fourth and fifth kids were born on the eighth, first in line")));

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain15-" + sessions++);
                      ChatRequest.parse(body(null, user(SAID))).mask(mask, RequestRules.DEFAULT);
                      var request = ChatRequest.parse(text);
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                      assertThat(request.toJson()).isEqualTo(ChatRequest.parse(text).toJson());
                    }));
  }

  /**
   * Messages whose name ends in digits, their content holding a few digits that make no value with
   * them: not refused (the name is masked as a name, as every message's name is).
   */
  static final List<String> NAMED =
      List.of(
          "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":\"agent_007\","
              + "\"content\":\"call me at 5 pm\"}]}",
          "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":\"user_123\","
              + "\"content\":\"I have 2 kids and 3 cats\"}]}",
          "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":\"desk_2024\","
              + "\"content\":\"the meeting is in the room with the long table, 12 seats\"}]}");

  @TestFactory
  Stream<DynamicTest> a_name_ending_in_digits_before_ordinary_digits_is_not_refused() {
    return NAMED.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/named15-" + sessions++);
                      var request = ChatRequest.parse(text);
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      var content =
                          ChatRequest.parse(text).toJson().replaceAll(".*\"content\":", "");
                      assertThat(request.toJson()).endsWith(content);
                    }));
  }

  @Test
  void a_number_cut_between_a_name_and_words_before_its_rest_is_refused_quoting_nothing() {
    var mask = TextMask.of(MASKER, "agt_test/hunt15-refusal");
    var request =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":\"caller_458555\","
            + "\"content\":\"the rest is 0129\"}]}";
    assertThat(ChatRequest.parse(request).mask(mask, RequestRules.DEFAULT))
        .isInstanceOfSatisfying(
            ChatRequest.Masking.Refused.class,
            refused -> {
              assertThat(refused.path()).isEqualTo("messages[0].name");
              assertThat(refused.path() + refused.reason()).doesNotContain("458555", "0129");
            });
  }

  @Test
  void the_call_itself_goes_up_masked() {
    assertThat(leak(fresh("the call", body(null, user(SAID)), ALL))).isNull();
  }
}
