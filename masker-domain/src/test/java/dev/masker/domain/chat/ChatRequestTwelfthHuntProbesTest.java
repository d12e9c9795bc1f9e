package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolAnswer;
import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolCallNamed;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.message;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolCall;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolResult;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static dev.masker.domain.chat.ChatRequestTenthHuntProbesTest.named;
import static dev.masker.domain.chat.ChatRequestTenthHuntProbesTest.parts;
import static dev.masker.domain.chat.HuntProbe.everywhere;
import static dev.masker.domain.chat.HuntProbe.fresh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a twelfth outside leak hunt (ADR 32): the HL7 leaks the eleventh hunt left open and the
 * ninth hunt's slug and serialized surname, values that recur across a call in other shapes,
 * characters a transcriber or a clever client sends, content shapes an agent platform sends, and a
 * tired transcriber's new shapes. What would go upstream is read as the eleventh hunt read it (ADR
 * 30), and also with combining marks dropped and the case folding traps folded (dotless i, long s,
 * sharp s).
 */
class ChatRequestTwelfthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hi, this is Zelphine Quarrendale, date of birth 08/19/1952, my phone is 406 555 0100,"
          + " MRN 73920584, member id KLT594037, email zelphine.quarrendale@example.com,"
          + " I live at 1562 Brackwater Road, Havre, MT 59501";

  /** The forms of every planted value a reader must not find. */
  static final String[] ALL = {
    "quarrendale", "zelphine", "4065550100", "73920584", "594037", "08191952", "59501", "brackwater"
  };

  static final String NAME = "quarrendale";
  static final String FIRST = "zelphine";
  static final String PHONE = "4065550100";
  static final String LOCAL = "5550100";
  static final String MRN = "73920584";
  static final String MEMBER = "594037";
  static final String DOB = "19520819";
  static final String SPOKEN_DOB = "191952";
  static final String ZIP = "59501";
  static final String STREET = "brackwater";

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  /** What a reader finds of the forms in what is sent: the eleventh hunt's readings and more. */
  static List<String> readable(String sent, List<String> forms) {
    var found = new LinkedHashSet<>(ChatRequestEleventhHuntProbesTest.readable(sent, forms));
    var text = ChatRequestFourthHuntProbesTest.reading(sent);
    var folded = folded(text);
    if (!folded.equals(text)) {
      found.addAll(ChatRequestEleventhHuntProbesTest.readable(body(null, user(folded)), forms));
    }
    return new ArrayList<>(found);
  }

  /** Combining marks dropped, and the letters a case folding trap writes read as Latin ones. */
  static String folded(String text) {
    var decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return decomposed
        .replace('\u0131', 'i')
        .replace('\u0130', 'I')
        .replace('\u017F', 's')
        .replace("\u00DF", "ss")
        .replace("\u1E9E", "SS");
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt12-" + sessions++),
        ChatRequestTwelfthHuntProbesTest::readable);
  }

  private static Stream<HuntProbe> recurring(String form, String... read) {
    return HuntProbe.recurring(SAID, form, read);
  }

  private static HuntProbe after(
      List<String> before, String name, String request, String... forms) {
    return new HuntProbe(name, before, request, List.of(forms));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: the HL7 leaks ADR 30 left open, and ADR 26's slug and serialized surname

  static Stream<HuntProbe> leftOpen() {
    return Stream.of(
            everywhere(
                "an HL7 note naming the patient in capitals, the PID beside it",
                "MSH|^~\\&|EPIC|HOSP|||20260101||ADT^A08|7|P|2.5\rPID|1||73920584^^^HOSP^MR||"
                    + "QUARRENDALE^ZELPHINE||19520819|F\rNTE|1||CALLBACK QUARRENDALE 4065550100",
                NAME,
                FIRST,
                MRN,
                PHONE),
            everywhere(
                "an HL7 note naming the patient in capitals, a PV1 beside it",
                "PV1|1|O|CLINIC^^^HOSP||||1234^DOE^JOHN\rNTE|1||PT QUARRENDALE REQUESTS REFILL",
                NAME),
            everywhere(
                "an HL7 surname cut by the sub-component escape",
                "PID|1||73920584||QUARREN\\T\\DALE^ZELPHINE||19520819",
                NAME,
                MRN),
            everywhere(
                "an HL7 surname cut by the repetition escape",
                "NK1|1|QUARR\\R\\ENDALE^ZELPHINE|SPO",
                NAME),
            everywhere(
                "an HL7 surname cut by the escape escape",
                "PID|1||73920584||QUARRE\\E\\NDALE^ZELPHINE",
                NAME),
            everywhere(
                "a URL slug of a fresh name",
                "GET https://ehr.example.com/patients/by-name/quarrendale-zelphine/chart",
                NAME,
                FIRST),
            everywhere(
                "a PHP-serialized surname",
                "a:2:{s:4:\"last\";s:11:\"Quarrendale\";s:5:\"first\";s:8:\"Zelphine\";}",
                NAME,
                FIRST))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: values that recur across a call in another shape

  static Stream<HuntProbe> recurrences() {
    return Stream.of(
            recurring("Quarrendale again, about the refill", NAME),
            recurring("it's zelphine, lower case", FIRST),
            recurring("ZELPHINE here", FIRST),
            recurring("the number was 555-0100", LOCAL),
            recurring("the one ending in oh one hundred", "0100"),
            recurring("yes, 5550100", LOCAL),
            recurring("the record is seven three nine two oh five eight four", MRN),
            recurring("member number five nine four oh three seven", MEMBER),
            recurring("KLT 594 037", MEMBER),
            recurring("she's the fifty-two one, august nineteenth", SPOKEN_DOB),
            recurring("mail zelphine dot quarrendale", NAME, FIRST),
            recurring("zelphine.quarrendale", NAME, FIRST),
            recurring("Brackwater Road, the blue house", STREET),
            recurring("on Brackwater", STREET),
            recurring("Quarrendale-Zelphine", NAME, FIRST),
            recurring("#ZelphineQuarrendale", NAME, FIRST))
        .flatMap(s -> s);
  }

  /** Values said first in history, tool arguments or a name, then again elsewhere. */
  static Stream<HuntProbe> history() {
    var assistantSaid =
        body(
            null,
            user("hi"),
            assistant("So I have Zelphine Quarrendale, born August 19 1952, is that right?"),
            user("yes"));
    var argumentsSaid =
        body(
            null,
            user("ok"),
            toolCall("{\"patient_name\":\"Zelphine Quarrendale\",\"mrn\":\"73920584\"}"));
    var nameSaid = body(null, named("user", "Zelphine_Quarrendale", "hello"));
    return Stream.of(
        after(
            List.of(assistantSaid),
            "the assistant said the name, the user the surname alone later",
            body(null, user("Quarrendale, yes")),
            NAME),
        after(
            List.of(assistantSaid),
            "the assistant said the name, a tool result the surname later",
            body(null, user("look"), toolResult("{\"note\":\"quarrendale confirmed\"}")),
            NAME),
        after(
            List.of(argumentsSaid),
            "tool arguments said the name, the user the surname later",
            body(null, user("it's Quarrendale")),
            NAME),
        after(
            List.of(argumentsSaid),
            "tool arguments said the MRN, the user said it later in groups",
            body(null, user("record 7392 0584")),
            MRN),
        after(
            List.of(nameSaid),
            "a message name said the name, the user the given name later",
            body(null, user("Zelphine again")),
            FIRST),
        after(
            List.of(body(null, user(SAID))),
            "a later turn's name field holds the surname",
            body(null, named("user", "quarrendale", "hello again")),
            NAME),
        fresh(
            "history as the platform resends it: the assistant's echo then a surname",
            body(
                null,
                user("my name is Zelphine Quarrendale"),
                assistant("Thanks Zelphine Quarrendale."),
                user("Quarrendale with two r's")),
            NAME,
            FIRST),
        fresh(
            "history: a tool call's arguments then the surname in the assistant's answer",
            body(
                null,
                user("look me up"),
                toolCallNamed("c9", "find", "{\"last_name\":\"Quarrendale\"}"),
                toolAnswer("c9", "{\"found\":true}"),
                assistant("Found Quarrendale in the records.")),
            NAME));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: characters a transcriber or a clever client sends

  static Stream<HuntProbe> characters() {
    return Stream.of(
            everywhere(
                "a phone with NBSP between its groups", "phone 406\u00A0555\u00A00100", PHONE),
            everywhere("a phone with thin spaces", "my number is 406\u2009555\u20090100", PHONE),
            everywhere(
                "a phone with ideographic spaces", "my number is 406\u3000555\u30000100", PHONE),
            everywhere(
                "a phone with line and paragraph separators",
                "my number is 406\u2028555\u20290100",
                PHONE),
            everywhere(
                "a phone with narrow NBSP and figure spaces", "call 406\u202F555\u20070100", PHONE),
            everywhere(
                "a phone mixing ASCII, fullwidth and Devanagari digits",
                "phone 40\uFF16 \u096B\u096B5 01\u0966\u0966",
                PHONE),
            everywhere(
                "a date with mathematical digits",
                "date of birth \uD835\uDFCE\uD835\uDFD6/19/1952",
                DOB),
            everywhere(
                "a phone in keycaps without the variation selector",
                "phone 4\u20E30\u20E36\u20E3 5\u20E35\u20E35\u20E3 0\u20E31\u20E30\u20E30\u20E3",
                PHONE),
            everywhere("an MRN with a bidi mark inside", "MRN 7392\u200E0584", MRN),
            everywhere("an MRN with a soft hyphen inside", "MRN 7392\u00AD0584", MRN),
            everywhere(
                "a surname with a zero-width space inside",
                "my name is Zelphine Quarren\u200Bdale",
                NAME),
            everywhere(
                "a surname with a variation selector inside",
                "my name is Zelphine Quarren\uFE0Fdale",
                NAME),
            everywhere(
                "a surname with a tag char inside",
                "my name is Zelphine Quarren\uDB40\uDC20dale",
                NAME),
            everywhere(
                "a surname with a Cyrillic a inside", "my name is Zelphine Qu\u0430rrendale", NAME),
            everywhere(
                "a surname with a Greek omicron and a Cyrillic e",
                "patient Zelphine Quarr\u0435ndal\u0435, DOB 08/19/1952",
                NAME),
            everywhere(
                "a given name with a dotless i",
                "my name is Zelph\u0131ne Quarrendale",
                FIRST,
                NAME),
            everywhere(
                "a surname with combining and precomposed marks mixed",
                "my name is Zelphine Qu\u00E1rre\u0301ndale",
                NAME),
            everywhere(
                "a surname with a combining mark on every letter",
                "my name is Zelphine Q\u0301u\u0301a\u0301r\u0301r\u0301e\u0301n\u0301d\u0301a"
                    + "\u0301l\u0301e\u0301",
                NAME),
            everywhere(
                "a name in capitals with a dotted capital I",
                "the patient is ZELPH\u0130NE QUARRENDALE",
                FIRST,
                NAME),
            everywhere(
                "a name beside a word with a fi ligature",
                "the patient is Zelphine Quarrendale, Ze\uFB01ne",
                NAME),
            everywhere(
                "an e-mail with fullwidth letters",
                "email \uFF5A\uFF45\uFF4C\uFF50\uFF48\uFF49\uFF4E\uFF45@example.com",
                FIRST),
            everywhere(
                "a name with a line separator between its words",
                "my name is Zelphine\u2028Quarrendale",
                NAME,
                FIRST),
            everywhere(
                "a name in Latin letters inside a Cyrillic sentence",
                "\u043C\u0435\u043D\u044F \u0437\u043E\u0432\u0443\u0442 Zelphine Quarrendale",
                NAME,
                FIRST))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: content shapes an agent platform sends

  static Stream<HuntProbe> shapes() {
    var longTurn = "filler words about the weather. ".repeat(3200) + "my phone is 406 555 0100";
    var longName =
        "we talked about the pharmacy hours. ".repeat(2900) + "my name is Zelphine Quarrendale";
    return Stream.of(
        fresh(
            "an MRN cut across three text parts",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                + parts("my MRN is 739", "205", "84 thanks")
                + "}]}",
            MRN),
        fresh(
            "an assistant's refusal holding the name",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"content\":null,\"refusal\":\"I can't share"
                    + " Zelphine Quarrendale's chart at 406-555-0100\"}",
                user("ok")),
            NAME,
            PHONE),
        fresh(
            "an assistant's audio transcript",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"content\":null,\"audio\":{\"id\":\"a1\","
                    + "\"transcript\":\"Zelphine Quarrendale, 406 555 0100\"}}",
                user("ok")),
            NAME,
            PHONE),
        fresh(
            "tool arguments with JSON inside a JSON string",
            body(
                null,
                user("ok"),
                toolCall(
                    "{\"payload\":\"{\\\"patient\\\":\\\"Zelphine Quarrendale\\\","
                        + "\\\"mrn\\\":\\\"73920584\\\"}\"}")),
            NAME,
            MRN),
        fresh(
            "tool arguments with JSON three strings deep",
            body(
                null,
                user("ok"),
                toolCall(
                    "{\"a\":\"{\\\"b\\\":\\\"{\\\\\\\"last\\\\\\\":\\\\\\\"Quarrendale\\\\\\\"}"
                        + "\\\"}\"}")),
            NAME),
        fresh(
            "a legacy function_call's arguments",
            body(
                null,
                user("ok"),
                "{\"role\":\"assistant\",\"content\":null,\"function_call\":{\"name\":\"lookup\","
                    + "\"arguments\":\"{\\\"phone\\\":\\\"4065550100\\\",\\\"surname\\\":"
                    + "\\\"Quarrendale\\\"}\"}}"),
            PHONE,
            NAME),
        fresh(
            "a developer message",
            body(
                null,
                message("developer", "caller is Zelphine Quarrendale, MRN 73920584"),
                user("hi")),
            NAME,
            MRN),
        fresh(
            "a response_format schema's description, examples and default",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"schema\":{\"type\":\"object\",\"description\":\"answer for Zelphine"
                    + " Quarrendale\",\"properties\":{\"phone\":{\"type\":\"string\",\"examples\":"
                    + "[\"406-555-0100\"],\"default\":\"73920584\"}}}}}",
                user("hi")),
            NAME,
            PHONE,
            MRN),
        fresh(
            "a tool parameter's enum of patient names",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"pick\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"patient\":{\"type\":\"string\","
                    + "\"enum\":[\"Zelphine Quarrendale\",\"Quarrendale\"]}}}}}]",
                user("hi")),
            NAME,
            FIRST),
        fresh(
            "logit_bias keyed by a phone and an MRN",
            body("\"logit_bias\":{\"4065550100\":5,\"73920584\":-5}", user("hi")),
            PHONE,
            MRN),
        fresh(
            "stop sequences holding the name",
            body("\"stop\":[\"Quarrendale\",\"406-555-0100\"]", user("hi")),
            NAME,
            PHONE),
        fresh(
            "prediction content holding the record",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":[{\"type\":\"text\",\"text\":"
                    + "\"Zelphine Quarrendale DOB 08/19/1952\"}]}",
                user("hi")),
            NAME,
            DOB),
        fresh(
            "metadata, user, prompt_cache_key and safety_identifier",
            body(
                "\"metadata\":{\"caller\":\"Quarrendale\"},\"user\":\"zelphine.quarrendale\","
                    + "\"prompt_cache_key\":\"pt-73920584\",\"safety_identifier\":\"4065550100\"",
                user("hi")),
            NAME,
            FIRST,
            MRN,
            PHONE),
        fresh(
            "unknown fields at depth",
            body(
                "\"x_vendor\":{\"session\":{\"caller\":{\"profile\":[{\"display\":\"Zelphine"
                    + " Quarrendale\",\"tel\":\"+1 406 555 0100\"}]}}}",
                user("hi")),
            NAME,
            PHONE),
        fresh(
            "an unknown field inside a message",
            body(
                null,
                "{\"role\":\"user\",\"content\":\"hi\",\"x_caller\":{\"mrn\":\"73920584\","
                    + "\"name\":\"Zelphine Quarrendale\"}}"),
            MRN,
            NAME),
        fresh(
            "an unknown field inside a tool call",
            body(
                null,
                user("ok"),
                "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\","
                    + "\"type\":\"function\",\"x_meta\":\"Quarrendale 4065550100\",\"function\":"
                    + "{\"name\":\"f\",\"arguments\":\"{}\"}}]}"),
            NAME,
            PHONE),
        fresh(
            "a name before a record label in a user turn",
            body(null, user("Zelphine Quarrendale DOB 08/19/1952")),
            NAME,
            FIRST),
        fresh(
            "a name before a record label in a tool result",
            body(null, user("ok"), toolResult("Zelphine Quarrendale MRN 73920584, seen today")),
            NAME,
            FIRST,
            MRN),
        fresh(
            "a name before a record label and its colon in tool arguments",
            body(null, user("ok"), toolCall("{\"q\":\"Zelphine Quarrendale DOB: 08/19/1952\"}")),
            NAME,
            FIRST),
        fresh("a 100 kB turn with the phone at the end", body(null, user(longTurn)), PHONE),
        fresh("a 100 kB turn with the name at the end", body(null, user(longName)), NAME),
        fresh(
            "the name repeated 500 times",
            body(null, user("Zelphine Quarrendale ".repeat(500))),
            NAME,
            FIRST),
        fresh(
            "a phone repeated 500 times in a tool result",
            body(null, user("ok"), toolResult("tel 406-555-0100; ".repeat(500))),
            PHONE));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 5: a tired transcriber, new shapes

  static Stream<HuntProbe> transcriber() {
    return Stream.of(
            everywhere(
                "a phone said with hundred",
                "my number is four oh six, five fifty five, oh one hundred",
                PHONE),
            everywhere(
                "a phone with the area code said after it",
                "my number is five five five oh one hundred, area code four oh six",
                PHONE),
            everywhere(
                "a phone interrupted by the agent's words",
                "my number is four oh six five five five agent: go on caller: oh one oh oh",
                PHONE),
            everywhere(
                "a phone in pairs of pairs",
                "my number is forty, sixty five, fifty five, oh one, oh oh",
                PHONE),
            everywhere(
                "a date as the nineteenth of the eighth fifty two",
                "date of birth the nineteenth of the eighth fifty two",
                SPOKEN_DOB),
            everywhere(
                "a date as the eighth month the nineteenth",
                "I was born on the nineteenth of the eighth, nineteen fifty-two",
                SPOKEN_DOB),
            everywhere(
                "an e-mail said out with underscore, dash, period and at sign",
                "my email is zelphine underscore quarrendale dash one at sign example period"
                    + " com",
                NAME,
                FIRST),
            everywhere("a name spelled with dashes", "my last name is q-u-a-r-r-e-n-d-a-l-e", NAME),
            everywhere(
                "a name spelled with dashes, no cue",
                "it's z-e-l-p-h-i-n-e q-u-a-r-r-e-n-d-a-l-e",
                NAME,
                FIRST),
            everywhere(
                "a name said with like the bird",
                "my name is Zelphine Quarrendale, quarren like the bird then dale",
                NAME),
            everywhere(
                "an MRN in pairs of pairs",
                "MRN seventy three, ninety two, oh five, eighty four",
                MRN),
            everywhere(
                "values said by a labelled second speaker",
                "agent: can I have your name? caller: Zelphine Quarrendale. agent: and your"
                    + " phone? caller: four oh six five five five oh one oh oh",
                NAME,
                FIRST,
                PHONE),
            everywhere(
                "a phone said by speaker 2 across two lines",
                "speaker 1: what's the number?\nspeaker 2: four oh six\nspeaker 1: yes\n"
                    + "speaker 2: five five five oh one hundred",
                PHONE),
            everywhere("a ZIP said with hundred", "the zip is five nine five hundred and one", ZIP),
            everywhere(
                "a member id with its letters said as words",
                "member id kay el tee five nine four oh three seven",
                MEMBER),
            everywhere(
                "a street number said in pairs",
                "I live at fifteen sixty two Brackwater Road",
                STREET))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> probes() {
    return Stream.of(leftOpen(), recurrences(), history(), characters(), shapes(), transcriber())
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> all() {
    return probes().filter(probe -> !isOpen(probe));
  }

  static Stream<HuntProbe> stillOpen() {
    return probes().filter(ChatRequestTwelfthHuntProbesTest::isOpen);
  }

  private static boolean isOpen(HuntProbe probe) {
    return OPEN.contains(shape(probe)) || OPEN.contains(probe.name());
  }

  private static String shape(HuntProbe probe) {
    return probe
        .name()
        .replaceFirst(" \\((user turn|system prompt|tool result|tool arguments)\\)$", "")
        .replaceFirst("^recurring in [a-z ]+: ", "recurring: ");
  }

  // (A surname in capitals with no cue in an HL7 note, the message naming the patient nowhere
  // else, "PV1|…\rNTE|1||PT QUARRENDALE REQUESTS REFILL", left open here, is closed since the
  // thirteenth hunt: a line in capitals is also read as a note is written, in lower case with the
  // words no dictionary has capitalised, ADR 34.)
  private static final Set<String> OPEN = Set.of();

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
          "OBX|1|TX|NOTE\\T\\x||see\\F\\here and the file is at C:\\Temp\\T\\Docs",
          "thank you, thank you, thank you",
          "yes yes yes. Okay okay.",
          "Take Two Tablets Daily Take Two Tablets Daily",
          "a:2:{s:5:\"color\";s:4:\"blue\";s:4:\"size\";i:10;}",
          "we said n-o-t-h-i-n-g about it, h-e-l-l-o",
          "the results came back fine\u2028we will call tomorrow\u2029Thanks",
          "Blue Cross ID 884213 is on file",
          "Take Two Tablets PRN 2 daily");

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain12-" + sessions++);
                      ChatRequest.parse(body(null, user(SAID))).mask(mask, RequestRules.DEFAULT);
                      var request =
                          ChatRequest.parse(text.startsWith("{") ? text : body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                    }));
  }
}
