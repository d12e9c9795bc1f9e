package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolAnswer;
import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolCallNamed;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.message;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static dev.masker.domain.chat.ChatRequestTenthHuntProbesTest.parts;
import static dev.masker.domain.chat.HuntProbe.everywhere;
import static dev.masker.domain.chat.HuntProbe.fresh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a thirteenth outside leak hunt (ADR 34): values cut across turns, parts, roles and a
 * tool call's arguments and result, or given as the bare answer to the agent's question; healthcare
 * and office formats not yet probed; the HL7 note ADR 32 left open; and a tired transcriber's new
 * shapes. What would go upstream is read as the twelfth hunt read it (ADR 32), and also with
 * uuencoded lines decoded and MIME's Q encoding undone. The exits other than the upstream (errors,
 * log, database, metrics) are probed through the real server, in ProxyThirteenthHuntProbesTest.
 */
class ChatRequestThirteenthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hi, this is Ysmaray Drovaskin, date of birth 11/27/1948, my phone is 509 555 0147,"
          + " MRN 61830957, member id WQX738264, email ysmaray.drovaskin@example.com,"
          + " I live at 2287 Tallowcrest Drive, Wenatchee, WA 98801";

  /** The forms of every planted value a reader must not find. */
  static final String[] ALL = {
    "drovaskin", "ysmaray", "5095550147", "61830957", "738264", "11271948", "98801", "tallowcrest"
  };

  static final String NAME = "drovaskin";
  static final String FIRST = "ysmaray";
  static final String PHONE = "5095550147";
  static final String LOCAL = "5550147";
  static final String MRN = "61830957";
  static final String MEMBER = "738264";
  static final String DOB = "19481127";
  static final String US_DOB = "11271948";
  static final String SPOKEN_DOB = "2748";
  static final String ZIP = "98801";
  static final String STREET = "tallowcrest";

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  /** What a reader finds of the forms in what is sent: the twelfth hunt's readings and more. */
  static List<String> readable(String sent, List<String> forms) {
    var found = new LinkedHashSet<>(ChatRequestTwelfthHuntProbesTest.readable(sent, forms));
    var text = ChatRequestFourthHuntProbesTest.reading(sent);
    for (var reading : List.of(uudecoded(text), mimeQ(text))) {
      if (!reading.equals(text)) {
        found.addAll(ChatRequestTwelfthHuntProbesTest.readable(body(null, user(reading)), forms));
      }
    }
    return new ArrayList<>(found);
  }

  private static final Pattern UU_LINE = Pattern.compile("(?m)^[!-M][ -`]{4,61}$");

  /** Every line that looks uuencoded, decoded (ISO 8859-1). */
  static String uudecoded(String text) {
    var out = new StringBuilder();
    var m = UU_LINE.matcher(text);
    while (m.find()) {
      var line = m.group();
      int n = (line.charAt(0) - 32) & 63;
      var bytes = new byte[n + 3];
      int at = 0;
      for (int i = 1; i + 3 < line.length() + 1 && at < n; i += 4) {
        int[] c = new int[4];
        for (int k = 0; k < 4; k++) {
          c[k] = i + k < line.length() ? (line.charAt(i + k) - 32) & 63 : 0;
        }
        bytes[at++] = (byte) (c[0] << 2 | c[1] >> 4);
        bytes[at++] = (byte) (c[1] << 4 | c[2] >> 2);
        bytes[at++] = (byte) (c[2] << 6 | c[3]);
      }
      out.append(new String(bytes, 0, Math.min(n, at), StandardCharsets.ISO_8859_1)).append('\n');
    }
    return out.isEmpty() ? text : text + "\n" + out;
  }

  private static final Pattern Q_WORD = Pattern.compile("=\\?[^?]+\\?[Qq]\\?([^?]*)\\?=");

  /** MIME encoded-words in Q: underscores as blanks and =XX as the byte. */
  static String mimeQ(String text) {
    var m = Q_WORD.matcher(text);
    var out = new StringBuilder();
    while (m.find()) {
      var q = m.group(1).replace('_', ' ');
      var bytes = new java.io.ByteArrayOutputStream();
      for (int i = 0; i < q.length(); i++) {
        char c = q.charAt(i);
        if (c == '=' && i + 2 < q.length()) {
          bytes.write(Integer.parseInt(q.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          bytes.write(c);
        }
      }
      m.appendReplacement(out, "");
      out.append(bytes.toString(StandardCharsets.UTF_8));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt13-" + sessions++),
        ChatRequestThirteenthHuntProbesTest::readable);
  }

  private static HuntProbe after(
      List<String> before, String name, String request, String... forms) {
    return new HuntProbe(name, before, request, List.of(forms));
  }

  /** A call resent whole, turn after turn, as voice platforms do: one probe per turn. */
  private static Stream<HuntProbe> turnByTurn(String name, List<String> turns, String... forms) {
    var probes = new ArrayList<HuntProbe>();
    var before = new ArrayList<String>();
    for (int i = 1; i <= turns.size(); i++) {
      var request = body(null, turns.subList(0, i).toArray(String[]::new));
      if (i == turns.size()) {
        probes.add(after(List.copyOf(before), name, request, forms));
      }
      before.add(request);
    }
    return probes.stream();
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: values cut across boundaries, or given as the bare answer to the agent's question

  static Stream<HuntProbe> boundaries() {
    return Stream.of(
            turnByTurn(
                "a phone said half in one user turn and half in the next",
                List.of(
                    user("my number is five oh nine five five five"),
                    assistant("okay, go on"),
                    user("oh one four seven")),
                PHONE),
            turnByTurn(
                "a phone's last four as the answer to the agent's question",
                List.of(
                    user("it's five oh nine five five five"),
                    assistant("and the last four?"),
                    user("oh one four seven")),
                PHONE),
            turnByTurn(
                "a phone's last four in digits after the agent read back the start",
                List.of(
                    user("call me back please"),
                    assistant("I have 509-555, and the last four?"),
                    user("0147")),
                PHONE),
            Stream.of(
                fresh(
                    "a member id across two content parts",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + parts("my member id is WQX73", "8264")
                        + "}]}",
                    MEMBER),
                fresh(
                    "a phone across two content parts in words",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + parts("my number is five oh nine", "five five five oh one four seven")
                        + "}]}",
                    PHONE),
                fresh(
                    "a member id across the system prompt and a user turn",
                    body(
                        null,
                        message("system", "The caller's member id starts with WQX738."),
                        user("the rest is 264")),
                    MEMBER),
                fresh(
                    "a name across the system prompt and a user turn",
                    body(
                        null,
                        message("system", "The caller's first name is Ysmaray."),
                        user("and my last name is Drovaskin")),
                    FIRST,
                    NAME),
                fresh(
                    "a phone across a tool call's arguments and its result",
                    body(
                        null,
                        user("find my file"),
                        toolCallNamed("c7", "lookup", "{\"phone_prefix\":\"509555\"}"),
                        toolAnswer("c7", "{\"suffix\":\"0147\",\"found\":true}")),
                    PHONE),
                fresh(
                    "an MRN across a tool call's arguments and its result",
                    body(
                        null,
                        user("find my file"),
                        toolCallNamed("c8", "lookup", "{\"mrn_start\":\"6183\"}"),
                        toolAnswer("c8", "{\"mrn_end\":\"0957\"}")),
                    MRN)),
            turnByTurn(
                "a surname spelled letter by letter over two turns",
                List.of(
                    user("my last name is D R O V A"),
                    assistant("D R O V A, go on"),
                    user("S K I N")),
                NAME),
            turnByTurn(
                "a date of birth as the bare answer to the agent's question",
                List.of(
                    user("I need a refill"),
                    assistant("What is your date of birth?"),
                    user("november twenty seventh forty eight")),
                SPOKEN_DOB),
            turnByTurn(
                "a date of birth in digits as the bare answer",
                List.of(
                    user("I need a refill"),
                    assistant("Can I have your date of birth?"),
                    user("11 27 48")),
                "112748"),
            turnByTurn(
                "a surname in lower case as the bare answer",
                List.of(
                    user("I need a refill"), assistant("And your last name?"), user("drovaskin")),
                NAME),
            turnByTurn(
                "a given name as the bare answer",
                List.of(
                    user("I need a refill"),
                    assistant("What's your first name?"),
                    user("Ysmaray.")),
                FIRST),
            turnByTurn(
                "a full name as the bare answer",
                List.of(
                    user("hello"), assistant("Who am I speaking with?"), user("ysmaray drovaskin")),
                FIRST,
                NAME),
            turnByTurn(
                "an MRN as the bare answer in words",
                List.of(
                    user("hello"),
                    assistant("What is your medical record number?"),
                    user("six one eight three oh nine five seven")),
                MRN),
            turnByTurn(
                "a member id as the bare answer, its letters spelled",
                List.of(
                    user("hello"),
                    assistant("And the member ID on your card?"),
                    user("W Q X seven three eight two six four")),
                MEMBER),
            turnByTurn(
                "a ZIP said half in one turn and half in the next",
                List.of(
                    user("my zip code is nine eight"), assistant("mm-hm"), user("eight oh one")),
                ZIP),
            turnByTurn(
                "a street as the bare answer to the agent's question",
                List.of(
                    user("I moved"),
                    assistant("What street do you live on now?"),
                    user("tallowcrest drive")),
                STREET))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: healthcare and office formats not yet probed

  static Stream<HuntProbe> formats() {
    return Stream.of(
            everywhere(
                "an NCPDP SCRIPT e-prescription",
                "<NewRx><Patient><HumanPatient><Name><LastName>DROVASKIN</LastName><FirstName>"
                    + "YSMARAY</FirstName></Name><DateOfBirth><Date>1948-11-27</Date>"
                    + "</DateOfBirth><Address><AddressLine1>2287 TALLOWCREST DR</AddressLine1>"
                    + "<City>WENATCHEE</City><StateProvince>WA</StateProvince><PostalCode>98801"
                    + "</PostalCode></Address><CommunicationNumbers><PrimaryTelephone><Number>"
                    + "5095550147</Number></PrimaryTelephone></CommunicationNumbers></HumanPatient>"
                    + "</Patient></NewRx>",
                NAME,
                FIRST,
                DOB,
                STREET,
                PHONE),
            everywhere(
                "an EDIFACT message",
                "UNH+1+MEDPID:D:97A:UN'NAD+PAT+++DROVASKIN:YSMARAY+2287 TALLOWCREST DRIVE"
                    + "+WENATCHEE++98801'DTM+329:19481127:102'COM+5095550147:TE'UNT+5+1'",
                NAME,
                FIRST,
                STREET,
                DOB,
                PHONE),
            everywhere(
                "a MIME encoded-word in base64",
                "From: =?UTF-8?B?WXNtYXJheSBEcm92YXNraW4=?= <noreply@example.com>",
                NAME,
                FIRST),
            everywhere(
                "a MIME encoded-word in Q",
                "Subject: =?UTF-8?Q?Refill_for_Ysmaray_Drovaskin?=",
                NAME,
                FIRST),
            everywhere(
                "a MIME encoded-word in Q with escaped letters",
                "Subject: =?UTF-8?Q?Refill_for_Ysm=61ray_Drov=61skin?=",
                NAME,
                FIRST),
            everywhere(
                "a SIP URI with parameters",
                "INVITE sip:+15095550147@pbx.example.com;user=phone;transport=udp SIP/2.0",
                PHONE),
            everywhere(
                "a tel URI with an extension and a context",
                "Contact: <tel:509-555-0147;ext=12;phone-context=example.com>",
                PHONE),
            everywhere(
                "a SIP display name",
                "From: \"Drovaskin Ysmaray\" <sip:5095550147@example.com>;tag=8a",
                NAME,
                FIRST,
                PHONE),
            everywhere(
                "an e-mail at a punycode domain holding the surname",
                "write to ysmaray@xn--drovaskin-rzte-fib.example",
                NAME,
                FIRST),
            everywhere(
                "an e-mail at a Unicode domain",
                "my email is ysmaray.drovaskin@b\u00FCcher.example",
                NAME,
                FIRST),
            everywhere(
                "a uuencoded note",
                "begin 644 note.txt\n?1')O=F%S:VEN+\"!9<VUA<F%Y($U23B V,3@S,#DU-P  \n`\nend",
                NAME,
                FIRST,
                MRN),
            everywhere(
                "string literals joined with plus",
                "String patient = \"Ysma\" + \"ray \" + \"Drov\" + \"askin\";",
                NAME,
                FIRST),
            everywhere(
                "a Python f-string",
                "greeting = f\"Hello Ysmaray Drovaskin, your MRN is {mrn}\"",
                NAME,
                FIRST),
            everywhere(
                "an SQL insert with a column list",
                "INSERT INTO patients (last_name, first_name, dob, phone) VALUES ('Drovaskin',"
                    + " 'Ysmaray', '1948-11-27', '509-555-0147');",
                NAME,
                FIRST,
                DOB,
                PHONE),
            everywhere(
                "key=value log line",
                "ts=2026-12-06T07:00:00Z level=info msg=lookup caller=Drovaskin given=Ysmaray"
                    + " cb=5095550147 mrn=61830957",
                NAME,
                FIRST,
                PHONE,
                MRN),
            everywhere(
                "a Markdown link whose text is the name",
                "see [Ysmaray Drovaskin](https://ehr.example.com/p/61830957) for details",
                NAME,
                FIRST,
                MRN),
            everywhere(
                "a Markdown reference definition",
                "the chart is [here][pt]\n\n[pt]: https://ehr.example.com/by-name/drovaskin"
                    + " \"Drovaskin chart\"",
                NAME),
            everywhere(
                "a Markdown footnote",
                "refill approved[^dr]\n\n[^dr]: Drovaskin, Ysmaray, DOB 11/27/1948",
                NAME,
                FIRST,
                US_DOB),
            everywhere(
                "a LaTeX macro holding the name",
                "\\newcommand{\\patient}{Ysmaray Drovaskin} Dear \\patient,",
                NAME,
                FIRST),
            everywhere(
                "a LaTeX small-caps surname",
                "Patient: \\textsc{Drovaskin}, \\emph{Ysmaray}",
                NAME,
                FIRST),
            everywhere(
                "a spreadsheet formula joining the surname", "=CONCAT(\"Drov\",\"askin\")", NAME),
            everywhere(
                "a spreadsheet formula with ampersands",
                "=\"Ysmaray \"&\"Drovaskin\"&\" \"&\"509-555-0147\"",
                NAME,
                FIRST,
                PHONE),
            everywhere(
                "SRT subtitles with the speaker's name",
                "1\n00:00:01,000 --> 00:00:03,000\nDROVASKIN: my number is 509 555 0147\n\n2\n"
                    + "00:00:03,500 --> 00:00:05,000\nAGENT: thank you",
                NAME,
                PHONE),
            everywhere(
                "WebVTT with a voice tag naming the speaker",
                "WEBVTT\n\n00:01.000 --> 00:03.000\n<v Ysmaray Drovaskin>I need a refill</v>",
                NAME,
                FIRST))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: ADR 32's open leak, a surname in capitals in an HL7 note with no PID

  static Stream<HuntProbe> notes() {
    return Stream.of(
            everywhere(
                "an HL7 note naming the patient in capitals, no PID",
                "PV1|1|O|CLINIC^^^HOSP||||1234^DOE^JOHN\rNTE|1||PT DROVASKIN CALLED RE REFILL",
                NAME),
            everywhere(
                "an HL7 note naming the patient in capitals, an ORC beside it",
                "ORC|NW|555|||\rNTE|1||CALLBACK DROVASKIN AT HOME",
                NAME),
            everywhere(
                "an HL7 note naming the patient in capitals after a word for no person",
                "ORC|NW|555|||\rNTE|1||REFILL FOR DROVASKIN APPROVED",
                NAME))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 5: a tired transcriber, new shapes

  static Stream<HuntProbe> transcriber() {
    return Stream.of(
            everywhere(
                "a member id's letters heard as words",
                "my member id is double you queue ex seven three eight two six four",
                MEMBER),
            everywhere(
                "a member id's letters heard as words, no cue",
                "it's dub queue ex seven three eight two six four",
                MEMBER),
            everywhere(
                "an MRN after its label said as letters",
                "em are en six one eight three oh nine five seven",
                MRN),
            everywhere(
                "a member id with letters heard as words and digits",
                "member id is WQX 738 two six four",
                MEMBER),
            everywhere(
                "a phone corrected in the middle",
                "my number is five oh nine five five five oh one, sorry, oh one four seven",
                "509555",
                "0147"),
            everywhere(
                "a phone corrected in the middle with a dash",
                "my number is five oh nine five five five oh one \u2014 no wait \u2014 oh one four"
                    + " seven",
                "509555",
                "0147"),
            everywhere(
                "a phone in groups of two and three with and and hundred",
                "my number is five oh nine, five hundred and fifty five, oh one, forty seven",
                PHONE),
            everywhere(
                "an MRN with hundred and and",
                "MRN sixty one, eight hundred and thirty, nine hundred and fifty seven",
                MRN),
            everywhere(
                "a date with the and an ordinal spelled wrong",
                "I was born the twenty seventhe of november nineteen forty eight",
                "271948"),
            everywhere(
                "a date with the twenty oneth",
                "date of birth the twenty oneth of march nineteen forty eight",
                "211948"),
            everywhere(
                "a name said twice with two mishearings",
                "my name is Ismaray Drovaskyn, I mean Ysmaray Drovasken",
                "drovaskyn",
                "drovasken",
                "ismaray",
                FIRST),
            everywhere(
                "a caller reading their own chart",
                "patient colon drovaskin comma ysmaray, d o b colon eleven twenty seven forty"
                    + " eight",
                NAME,
                FIRST),
            everywhere(
                "a caller reading their chart's address",
                "address colon twenty two eighty seven tallowcrest drive, wenatchee, zip nine"
                    + " eight eight oh one",
                STREET,
                ZIP),
            everywhere(
                "a ZIP said in groups of two and three",
                "zip code ninety eight, eight oh one",
                ZIP))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> probes() {
    return Stream.of(boundaries(), formats(), notes(), transcriber()).flatMap(s -> s);
  }

  static Stream<HuntProbe> all() {
    return probes().filter(probe -> !isOpen(probe));
  }

  static Stream<HuntProbe> stillOpen() {
    return probes().filter(ChatRequestThirteenthHuntProbesTest::isOpen);
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
          // A ZIP cut into pieces of two and three digits over two user turns ("my zip code is nine
          // eight" | "mm-hm" | "eight oh one"): the turns are read together to learn the ZIP, but
          // the known-value search finds a value whole, and neither piece alone is one. A phone, an
          // MRN or a member id cut so is masked: their pieces are long enough to be numbers.
          "a ZIP said half in one turn and half in the next",
          // ASCII letters escaped in a MIME Q encoded-word ("Ysm=61ray"): no encoder writes them so
          // (Q escapes "=", "?", "_" and bytes beyond ASCII), only a client bent on leaking, as ADR
          // 20 said of quoted-printable; reading "=HH" as a char in every text would read
          // "mrn=52930471" as "mrnR930471". The words unescaped are learned, but the known-value
          // search reads the escaped form as other letters.
          "a MIME encoded-word in Q with escaped letters",
          // A surname in capitals in a note after a word that names no person ("REFILL FOR
          // DROVASKIN APPROVED"): the note is read as a person writes it only where a word before
          // names a person (PT, CALLBACK, MRS …); elsewhere a word in capitals no dictionary has is
          // a code or a drug as often ("CONTINUE JARDIANCE"), and "for" precedes both. The name
          // recognizers' matter (issue 11); said before in the call, it is masked.
          "an HL7 note naming the patient in capitals after a word for no person");

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
          "PT TAKES LISINOPRIL DAILY, BP STABLE",
          "DX: TYPE 2 DIABETES MELLITUS WITHOUT COMPLICATIONS",
          "ALLERGIES: PENICILLIN, SULFA. NKDA OTHERWISE",
          "OBX|1|TX|NOTE||HBA1C TRENDING DOWN, CONTINUE JARDIANCE",
          "ATORVASTATIN: take one daily with water",
          "PATIENT REPORTS NAUSEA AFTER METFORMIN. FOLLOW UP IN TWO WEEKS.",
          "ORC|NW|555|||\rNTE|1||STAT CBC AND BMP, RECHECK HGB TOMORROW",
          "NOTE: call back tomorrow\nPLAN: recheck labs\nASSESSMENT: stable",
          "Subject: =?UTF-8?Q?Caf=C3=A9_hours_this_week?=",
          "UNH+1+ORDERS:D:96A:UN'BGM+220+128576+9'NAD+BY+5412345000013::9'UNT+5+1'",
          "begin 644 hello.txt\n<:&5L;&\\@=V]R;&0L('-E92!Y;W4@870@;F]O;@  \n`\nend",
          "the meeting will begin 10 minutes late",
          "Cardiology, Nursing, MRN on file",
          "the order is 415 555 2671 88",
          "1\n00:00:01,000 --> 00:00:03,000\nNURSE: the clinic opens at nine\n\n2\n"
              + "00:00:03,500 --> 00:00:05,000\nAGENT: thank you");

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain13-" + sessions++);
                      ChatRequest.parse(body(null, user(SAID))).mask(mask, RequestRules.DEFAULT);
                      var request =
                          ChatRequest.parse(text.startsWith("{") ? text : body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                    }));
  }
}
