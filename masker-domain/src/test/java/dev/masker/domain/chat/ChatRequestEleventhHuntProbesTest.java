package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolAnswer;
import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolCallNamed;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolCall;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolResult;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static dev.masker.domain.chat.ChatRequestTenthHuntProbesTest.named;
import static dev.masker.domain.chat.HuntProbe.everywhere;
import static dev.masker.domain.chat.HuntProbe.fresh;
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
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of an eleventh outside leak hunt (ADR 30): two of the tenth hunt's open leaks (a surname
 * under a key that is a phone number, a value cut between a message's name and its content), health
 * records as tools return them (HL7 v2, FHIR in JSON and XML, C-CDA, X12, vCard, iCalendar, e-mail
 * headers, CSV, TSV, Markdown, YAML, query strings, JWT), markup around values (SSML, HTML,
 * Markdown, LaTeX, footnotes), callers who speak Spanish, Portuguese, French, German, Tagalog,
 * Vietnamese or two languages, and a tired transcriber's new shapes. What would go upstream is read
 * as the tenth hunt read it (ADR 28), and also with HL7 escapes decoded, markup tags, comments,
 * emphasis and footnote marks dropped (a tag's attribute values kept), the number words of those
 * six languages read as English ones, "times" repeating a digit, and "point" and "dot" as nothing.
 */
class ChatRequestEleventhHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hello, this is Corisande Ravensholt, date of birth 03/14/1957, my phone is 307 555 0172,"
          + " MRN 59317246, member id QWB486215, email corisande.ravensholt@example.com,"
          + " I live at 2873 Marrowick Lane, Rawlins, WY 82301";

  /** The forms of every planted value a reader must not find. */
  static final String[] ALL = {
    "ravensholt", "corisande", "3075550172", "59317246", "486215", "03141957", "82301", "marrowick"
  };

  static final String NAME = "ravensholt";
  static final String FIRST = "corisande";
  static final String PHONE = "3075550172";
  static final String LOCAL = "5550172";
  static final String MRN = "59317246";
  static final String MEMBER = "486215";
  static final String DOB = "19570314";
  static final String SPOKEN_DOB = "141957";
  static final String ZIP = "82301";
  static final String STREET = "marrowick";

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  /** What a reader finds of the forms in what is sent: the tenth hunt's readings and more. */
  static List<String> readable(String sent, List<String> forms) {
    var found = new LinkedHashSet<>(ChatRequestTenthHuntProbesTest.readable(sent, forms));
    var text = ChatRequestFourthHuntProbesTest.reading(sent);
    for (var reading :
        List.of(hl7Unescaped(text), unmarked(text), spokenInEnglish(text), repeated(text))) {
      if (!reading.equals(text)) {
        found.addAll(ChatRequestTenthHuntProbesTest.readable(body(null, user(reading)), forms));
      }
    }
    return new ArrayList<>(found);
  }

  /** HL7 v2's escapes as the chars they stand for. */
  static String hl7Unescaped(String text) {
    return text.replace("\\F\\", "|")
        .replace("\\S\\", "^")
        .replace("\\T\\", "&")
        .replace("\\R\\", "~")
        .replace("\\E\\", "\\");
  }

  private static final Pattern ATTRIBUTE = Pattern.compile("(?:alias|ph|value)=\"([^\"]*)\"");

  /**
   * Markup dropped: comments, tags (their attribute values said after the text), TeX commands and
   * braces, Markdown emphasis and code marks, footnote and citation marks, superscript digits.
   */
  static String unmarked(String text) {
    var attributes = new StringBuilder();
    var m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      attributes.append(' ').append(m.group(1));
    }
    var out =
        text.replaceAll("<!--.*?-->", "")
            .replaceAll("<[^<>]*>", "")
            .replaceAll("\\\\[a-zA-Z]+", "")
            .replaceAll("[{}$*`~]", "")
            .replaceAll("(?<=\\p{L})_|_(?=\\p{L})", "")
            .replaceAll("\\[\\^?[0-9]{1,2}\\]", "")
            .replaceAll("[\u00B9\u00B2\u00B3\u2070-\u2079\u2020\u2021]", "");
    return out + " \n " + attributes;
  }

  private static final Map<String, String> WORDS = new java.util.HashMap<>();

  static {
    // Spanish, Portuguese, French, German, Tagalog and Vietnamese digit words and a few tens
    String[][] digits = {
      {"cero", "zero", "zéro", "null", "sero", "không", "khong", "linh"},
      {"uno", "un", "um", "eins", "isa", "một", "mot", "una", "une"},
      {"dos", "dois", "deux", "zwei", "zwo", "dalawa", "hai"},
      {"tres", "três", "trois", "drei", "tatlo", "ba"},
      {"cuatro", "quatro", "quatre", "vier", "apat", "bốn", "bon", "tư"},
      {"cinco", "cinq", "fünf", "funf", "fuenf", "lima", "năm", "nam", "lăm"},
      {"seis", "six", "sechs", "anim", "sáu", "sau", "meia"},
      {"siete", "sete", "sept", "sieben", "pito", "bảy", "bay"},
      {"ocho", "oito", "huit", "acht", "walo", "tám", "tam"},
      {"nueve", "nove", "neuf", "neun", "siyam", "chín", "chin"}
    };
    String[] english = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
    };
    for (int d = 0; d < digits.length; d++) {
      for (var w : digits[d]) {
        WORDS.put(w, english[d]);
      }
    }
    WORDS.put("catorce", "fourteen");
    WORDS.put("quatorze", "fourteen");
    WORDS.put("vierzehn", "fourteen");
    WORDS.put("vierzehnten", "fourteen");
    WORDS.put("cincuenta", "fifty");
    WORDS.put("cinquenta", "fifty");
    WORDS.put("cinquante", "fifty");
    WORDS.put("fünfzig", "fifty");
    WORDS.put("setenta", "seventy");
    WORDS.put("soixante-dix", "seventy");
    WORDS.put("treinta", "thirty");
    WORDS.put("novecientos", "nineteen");
    WORDS.put("novecentos", "nineteen");
    WORDS.put("neunzehnhundert", "nineteen");
  }

  /** The number words of the six languages probed read as English number words. */
  static String spokenInEnglish(String text) {
    var lower = text.toLowerCase(Locale.ROOT).replace("mille neuf cent", "novecientos");
    var out = new StringBuilder();
    for (var w : lower.split("[\\s,.;:!?()\"'-]+")) {
      var english = WORDS.get(w);
      if (english == null && !w.equals("mil") && !w.equals("y") && !w.equals("e")) {
        english = w;
      }
      if (english != null) {
        out.append(english).append(' ');
      }
    }
    return out.toString();
  }

  private static final Pattern TIMES =
      Pattern.compile("\\b(two|three|four) times (\\w+)|\\b(double|triple) (\\w+)");

  /** "three times five" as "five five five"; "point" and "dot" between digits as nothing. */
  static String repeated(String text) {
    var lower = text.toLowerCase(Locale.ROOT);
    var m = TIMES.matcher(lower);
    var out = new StringBuilder();
    while (m.find()) {
      int n =
          switch (m.group(1) == null ? m.group(3) : m.group(1)) {
            case "two", "double" -> 2;
            case "three", "triple" -> 3;
            default -> 4;
          };
      var word = m.group(2) == null ? m.group(4) : m.group(2);
      m.appendReplacement(out, (word + " ").repeat(n));
    }
    m.appendTail(out);
    return out.toString().replaceAll("\\b(point|dot|and then|then)\\b", " ");
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt11-" + sessions++),
        ChatRequestEleventhHuntProbesTest::readable);
  }

  private static Stream<HuntProbe> recurring(String form, String... read) {
    return HuntProbe.recurring(SAID, form, read);
  }

  static String jwt(String payload) {
    var url = Base64.getUrlEncoder().withoutPadding();
    return url.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + ".c2lnbmF0dXJlLW5vdC1jaGVja2Vk";
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: two of the tenth hunt's open leaks

  static Stream<HuntProbe> tenthLeftOpen() {
    return Stream.of(
        fresh(
            "a surname under a phone key in tool arguments",
            body(null, user("ok"), toolCall("{\"3075550172\":\"Ravensholt\"}")),
            NAME),
        fresh(
            "a surname under a phone key in a tool result",
            body(
                null,
                user("ok"),
                toolCallNamed("c1", "f", "{}"),
                toolAnswer("c1", "{\"3075550172\":\"Ravensholt\"}")),
            NAME),
        fresh(
            "a surname under a formatted phone key in metadata",
            body("\"metadata\":{\"+1 (307) 555-0172\":\"Ravensholt\"}", user("hi")),
            NAME,
            PHONE),
        fresh(
            "a full name under a phone key in tool arguments",
            body(
                null,
                user("ok"),
                toolCall("{\"caller\":{\"3075550172\":\"Corisande Ravensholt\"}}")),
            NAME,
            FIRST),
        fresh(
            "a surname under an MRN key in tool arguments",
            body(null, user("ok"), toolCall("{\"59317246\":\"Ravensholt\"}")),
            NAME),
        fresh(
            "a surname in a list under a phone key in metadata",
            body("\"metadata\":{\"3075550172\":[\"Ravensholt\",\"WY\"]}", user("hi")),
            NAME),
        fresh(
            "a phone split across a message's name and its content",
            body(null, named("user", "caller_307555", "0172 is my number")),
            PHONE),
        fresh(
            "a surname split across a message's name and its content",
            body(null, named("user", "Corisande_Ravens", "holt here, about my refill")),
            NAME),
        fresh(
            "an MRN split across a message's name and its content",
            body(null, named("user", "mrn-5931", "7246 is the rest of it")),
            MRN),
        fresh(
            "a name in a message's name and a surname in its content",
            body(null, named("user", "Corisande", "Ravensholt speaking, hi")),
            NAME),
        fresh(
            "a phone split across an assistant's name and its content",
            body(null, user("hi"), named("assistant", "agent_307555", "0172 noted"), user("ok")),
            PHONE));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: health records as tools return them

  static final String PID =
      "MSH|^~\\&|EPIC|HOSP|||20260101||ADT^A01|1|P|2.5\rPID|1||59317246^^^HOSP^MR||"
          + "RAVENSHOLT^CORISANDE^^^^^L||19570314|F|||2873 MARROWICK LN^^RAWLINS^WY^82301||"
          + "^PRN^PH^^^307^5550172";

  static Stream<HuntProbe> records() {
    return Stream.of(
            everywhere("an HL7 PID segment", PID, NAME, FIRST, MRN, DOB, PHONE, ZIP, STREET),
            everywhere(
                "an HL7 PID segment with its encoding chars changed",
                "MSH#$%!@#EPIC#HOSP###20260101##ADT$A01#1#P#2.5\rPID#1##59317246$$$HOSP$MR##"
                    + "RAVENSHOLT$CORISANDE$$$$$L##19570314#F",
                NAME,
                FIRST,
                MRN,
                DOB),
            everywhere(
                "an HL7 PID segment alone with lines cut by newlines",
                "PID|1||59317246^^^HOSP^MR||Ravensholt^Corisande||19570314|F\n"
                    + "NK1|1|Ravensholt^Corisande|SEL|2873 Marrowick Ln^^Rawlins^WY^82301|"
                    + "(307)555-0172",
                NAME,
                FIRST,
                MRN,
                DOB,
                PHONE,
                STREET),
            everywhere(
                "an HL7 NK1 segment alone",
                "NK1|1|RAVENSHOLT^CORISANDE|SPO|2873 MARROWICK LN^^RAWLINS^WY^82301|(307)555-0172",
                NAME,
                FIRST,
                PHONE,
                STREET),
            everywhere(
                "an HL7 surname cut by an escape",
                "PID|1||59317246||RAVENS\\T\\HOLT^CORISANDE||19570314",
                NAME,
                MRN),
            everywhere(
                "an HL7 phone cut by a field escape",
                "NK1|1|SMITH^JO|SPO||307\\F\\555\\F\\0172",
                PHONE),
            everywhere(
                "HL7 repetitions of identifiers",
                "PID|1||59317246^^^HOSP^MR~QWB486215^^^ACME^MB||RAVENSHOLT^CORISANDE",
                MRN,
                MEMBER,
                NAME),
            everywhere(
                "an HL7 IN1 segment",
                "IN1|1|PLAN01|HCP|ACME HEALTH||||||||||||RAVENSHOLT^CORISANDE|01|19570314|"
                    + "2873 MARROWICK LN^^RAWLINS^WY^82301|||||||||||||||||QWB486215",
                NAME,
                FIRST,
                DOB,
                STREET,
                MEMBER),
            everywhere(
                "an HL7 PV1 segment with the patient's name in a note",
                "PV1|1|O|CLINIC^^^HOSP||||1234^DOE^JOHN|||||||||||V5931724|||||||||||||||||||||"
                    + "\rNTE|1||CALLBACK RAVENSHOLT 3075550172",
                NAME,
                PHONE),
            everywhere(
                "a FHIR Patient in JSON",
                "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"http://hosp.example"
                    + ".org/mrn\",\"value\":\"59317246\"}],\"name\":[{\"family\":\"Ravensholt\","
                    + "\"given\":[\"Corisande\"]}],\"telecom\":[{\"system\":\"phone\",\"value\":"
                    + "\"307-555-0172\"}],\"birthDate\":\"1957-03-14\",\"address\":[{\"line\":"
                    + "[\"2873 Marrowick Lane\"],\"city\":\"Rawlins\",\"state\":\"WY\","
                    + "\"postalCode\":\"82301\"}]}",
                NAME,
                FIRST,
                MRN,
                PHONE,
                DOB,
                STREET,
                ZIP),
            everywhere(
                "a FHIR Patient in XML",
                "<Patient xmlns=\"http://hl7.org/fhir\"><identifier><system value=\"urn:mrn\"/>"
                    + "<value value=\"59317246\"/></identifier><name><family value=\"Ravensholt\"/>"
                    + "<given value=\"Corisande\"/></name><telecom><system value=\"phone\"/>"
                    + "<value value=\"3075550172\"/></telecom><birthDate value=\"1957-03-14\"/>"
                    + "<address><line value=\"2873 Marrowick Lane\"/><postalCode value=\"82301\"/>"
                    + "</address></Patient>",
                NAME,
                FIRST,
                MRN,
                PHONE,
                DOB,
                STREET,
                ZIP),
            everywhere(
                "a FHIR RelatedPerson with a family name alone",
                "{\"resourceType\":\"RelatedPerson\",\"name\":[{\"family\":\"Ravensholt\"}],"
                    + "\"telecom\":[{\"system\":\"phone\",\"value\":\"+1 307 555 0172\"}]}",
                NAME,
                PHONE),
            everywhere(
                "a FHIR Coverage",
                "{\"resourceType\":\"Coverage\",\"subscriberId\":\"QWB486215\",\"beneficiary\":"
                    + "{\"reference\":\"Patient/59317246\",\"display\":\"Corisande Ravensholt\"}}",
                MEMBER,
                MRN,
                NAME),
            everywhere(
                "a FHIR Appointment",
                "{\"resourceType\":\"Appointment\",\"status\":\"booked\",\"participant\":[{"
                    + "\"actor\":{\"reference\":\"Patient/59317246\",\"display\":"
                    + "\"Ravensholt, Corisande\"}}],\"comment\":\"call back on 307.555.0172\"}",
                MRN,
                NAME,
                PHONE),
            everywhere(
                "a FHIR given names array alone",
                "{\"name\":[{\"use\":\"official\",\"given\":[\"Corisande\",\"Ravensholt\"]}]}",
                FIRST,
                NAME),
            everywhere(
                "a C-CDA recordTarget",
                "<recordTarget><patientRole><id extension=\"59317246\" root=\"2.16.840.1.113883"
                    + ".19.5\"/><addr><streetAddressLine>2873 Marrowick Lane</streetAddressLine>"
                    + "<city>Rawlins</city><state>WY</state><postalCode>82301</postalCode></addr>"
                    + "<telecom value=\"tel:+1-307-555-0172\"/><patient><name><given>Corisande"
                    + "</given><family>Ravensholt</family></name><birthTime value=\"19570314\"/>"
                    + "</patient></patientRole></recordTarget>",
                MRN,
                STREET,
                ZIP,
                PHONE,
                FIRST,
                NAME,
                DOB),
            everywhere(
                "an X12 271 subscriber loop",
                "NM1*IL*1*RAVENSHOLT*CORISANDE****MI*QWB486215~N3*2873 MARROWICK LN~"
                    + "N4*RAWLINS*WY*82301~DMG*D8*19570314*F~REF*SY*59317246~",
                NAME,
                FIRST,
                MEMBER,
                STREET,
                ZIP,
                DOB,
                MRN),
            everywhere(
                "an X12 270 with a patient's phone in PER",
                "NM1*IL*1*Ravensholt*Corisande~PER*IC**TE*3075550172~DMG*D8*19570314",
                NAME,
                PHONE,
                DOB),
            everywhere(
                "a vCard",
                "BEGIN:VCARD\nVERSION:3.0\nN:Ravensholt;Corisande;;;\nFN:Corisande Ravensholt\n"
                    + "TEL;TYPE=CELL:307-555-0172\nADR;TYPE=HOME:;;2873 Marrowick Lane;Rawlins;WY;"
                    + "82301;USA\nBDAY:1957-03-14\nEND:VCARD",
                NAME,
                FIRST,
                PHONE,
                STREET,
                ZIP,
                DOB),
            everywhere(
                "an iCalendar event with an attendee and a folded description",
                "BEGIN:VEVENT\nATTENDEE;CN=Corisande Ravensholt:mailto:cr@example.com\n"
                    + "DESCRIPTION:Follow-up for patient Ravensh\n olt\\, MRN 593172\n 46\nEND:VEVENT",
                NAME,
                FIRST,
                MRN),
            everywhere(
                "e-mail headers",
                "From: Corisande Ravensholt <corisande.ravensholt@example.com>\n"
                    + "Reply-To: \"Ravensholt, Corisande\" <cr1957@example.com>\nSubject: refill",
                NAME,
                FIRST),
            everywhere(
                "a CSV row with a header",
                "first,last,dob,phone,mrn\nCorisande,Ravensholt,1957-03-14,307-555-0172,59317246",
                NAME,
                FIRST,
                DOB,
                PHONE,
                MRN),
            everywhere(
                "a CSV row without a header",
                "Corisande,Ravensholt,1957-03-14,307-555-0172,59317246",
                NAME,
                FIRST,
                DOB,
                PHONE,
                MRN),
            everywhere(
                "a TSV row without a header",
                "Ravensholt\tCorisande\t03/14/1957\t3075550172\t59317246",
                NAME,
                FIRST,
                PHONE,
                MRN),
            everywhere(
                "a Markdown table",
                "| first | last | dob | phone |\n|---|---|---|---|\n"
                    + "| Corisande | Ravensholt | 1957-03-14 | 307 555 0172 |",
                NAME,
                FIRST,
                DOB,
                PHONE),
            everywhere(
                "YAML",
                "patient:\n  given: Corisande\n  family: Ravensholt\n  dob: 1957-03-14\n"
                    + "  phone: \"307.555.0172\"\n  mrn: 59317246\n  zip: '82301'",
                NAME,
                FIRST,
                DOB,
                PHONE,
                MRN,
                ZIP),
            everywhere(
                "a query string",
                "GET /lookup?first=Corisande&last=Ravensholt&dob=1957-03-14&phone=3075550172",
                NAME,
                FIRST,
                DOB,
                PHONE),
            everywhere(
                "a form body",
                "given=Corisande&family=Ravensholt&mrn=59317246&zip=82301&street=2873+Marrowick+Ln",
                NAME,
                FIRST,
                MRN,
                ZIP,
                STREET),
            everywhere(
                "a JWT with PHI in its payload",
                "Authorization: Bearer "
                    + jwt(
                        "{\"sub\":\"59317246\",\"name\":\"Corisande Ravensholt\",\"phone_number\":"
                            + "\"+13075550172\",\"birthdate\":\"1957-03-14\"}"),
                MRN,
                NAME,
                PHONE,
                DOB))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: markup around values

  static Stream<HuntProbe> markup() {
    return Stream.of(
            everywhere(
                "an SSML telephone",
                "<speak>Your callback number is <say-as interpret-as=\"telephone\">307-555-0172"
                    + "</say-as>.</speak>",
                PHONE),
            everywhere(
                "an SSML alias holding the name",
                "<speak>Calling <sub alias=\"Corisande Ravensholt\">the patient</sub> now.</speak>",
                NAME,
                FIRST),
            everywhere(
                "SSML breaks inside a phone",
                "my number is 307<break time=\"200ms\"/>555<break/>0172",
                PHONE),
            everywhere(
                "an SSML break inside a surname",
                "my name is Corisande Ravens<break time=\"100ms\"/>holt",
                NAME),
            everywhere(
                "an SSML phoneme around a surname",
                "<speak>Hello <phoneme alphabet=\"ipa\" ph=\"\u02C8r\u00E6v\u0259nzho\u028Alt\">"
                    + "Ravensholt</phoneme>, your date of birth is <say-as interpret-as=\"date\""
                    + " format=\"mdy\">03/14/1957</say-as></speak>",
                NAME,
                "03141957"),
            everywhere(
                "SSML say-as characters for an MRN",
                "your MRN is <say-as interpret-as=\"characters\">59317246</say-as>",
                MRN),
            everywhere(
                "an HTML comment splitting a phone", "call me at 307-555<!-- -->0172", PHONE),
            everywhere(
                "HTML tags splitting a name",
                "my name is <b>Cori</b>sande Ravens<i>holt</i>",
                NAME,
                FIRST),
            everywhere(
                "HTML tags around each name",
                "Patient: <b>Corisande</b> <i>Ravensholt</i>, DOB <span>03/14/1957</span>",
                NAME,
                FIRST,
                "03141957"),
            everywhere(
                "spans around a phone's groups",
                "phone: <span>307</span><span>555</span><span>0172</span>",
                PHONE),
            everywhere(
                "Markdown emphasis inside a phone", "my phone is **307**-555-**0172**", PHONE),
            everywhere("a surname in a code span", "my name is Corisande `Ravensholt`", NAME),
            everywhere(
                "Markdown emphasis inside a surname",
                "my name is *Corisande* **Ravens**holt",
                NAME,
                FIRST),
            everywhere("a code span inside an MRN", "MRN `5931`7246", MRN),
            everywhere(
                "Markdown strike-through inside a phone", "phone 307-555-~~0000~~0172", PHONE),
            everywhere(
                "LaTeX around a name",
                "my name is \\textbf{Cori}sande \\emph{Ravensholt}",
                NAME,
                FIRST),
            everywhere("LaTeX math around a phone", "phone $307$-$555$-$0172$", PHONE),
            everywhere(
                "a footnote mark inside a surname", "my name is Corisande Ravens[^1]holt", NAME),
            everywhere("a citation mark inside an MRN", "MRN 5931[2]7246", MRN),
            everywhere(
                "a superscript footnote inside a surname",
                "my name is Corisande Ravens\u00B9holt",
                NAME),
            everywhere("a dagger inside a surname", "my name is Corisande Ravens\u2020holt", NAME))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: callers who speak another language, or two

  static Stream<HuntProbe> languages() {
    return Stream.of(
            everywhere("me llamo", "me llamo Corisande Ravensholt", NAME, FIRST),
            everywhere(
                "mi nombre es, lower case",
                "hola, mi nombre es corisande ravensholt y necesito una cita",
                NAME,
                FIRST),
            everywhere("je m'appelle", "bonjour, je m'appelle Corisande Ravensholt", NAME, FIRST),
            everywhere("ich heiße", "guten Tag, ich heiße Corisande Ravensholt", NAME, FIRST),
            everywhere("ako si", "magandang umaga, ako si Corisande Ravensholt", NAME, FIRST),
            everywhere("tôi tên là", "xin chào, tôi tên là Corisande Ravensholt", NAME, FIRST),
            everywhere("meu nome é", "olá, meu nome é Corisande Ravensholt", NAME, FIRST),
            everywhere("a surname alone after me llamo", "me llamo señora Ravensholt", NAME),
            everywhere(
                "a phone in Spanish digit words",
                "mi número es tres cero siete cinco cinco cinco cero uno siete dos",
                PHONE),
            everywhere(
                "a phone in Portuguese digit words",
                "meu telefone é três zero sete cinco cinco cinco zero um sete dois",
                PHONE),
            everywhere(
                "a phone in French digit words",
                "mon numéro est le trois zéro sept, cinq cinq cinq, zéro un sept deux",
                PHONE),
            everywhere(
                "a phone in German digit words",
                "meine Nummer ist drei null sieben fünf fünf fünf null eins sieben zwei",
                PHONE),
            everywhere(
                "a phone in Tagalog digit words",
                "ang numero ko ay tatlo sero pito lima lima lima sero isa pito dalawa",
                PHONE),
            everywhere(
                "a phone in Vietnamese digit words",
                "số điện thoại của tôi là ba không bảy năm năm năm không một bảy hai",
                PHONE),
            everywhere(
                "Spanglish digits",
                "my number is tres cero siete, cinco cinco cinco, oh one seven two",
                PHONE),
            everywhere(
                "Spanish digits then English ones",
                "my number is cinco cinco cinco, oh one seven two",
                LOCAL),
            everywhere(
                "a Spanish birth date in words",
                "nací el catorce de marzo de mil novecientos cincuenta y siete",
                SPOKEN_DOB),
            everywhere(
                "a French birth date in words",
                "je suis née le quatorze mars mille neuf cent cinquante-sept",
                SPOKEN_DOB),
            everywhere("a German birth date with digits", "geboren am 14. März 1957", SPOKEN_DOB),
            everywhere(
                "a Portuguese birth date with digits", "nasci em 14 de março de 1957", SPOKEN_DOB),
            everywhere(
                "a Spanish MRN in digit words",
                "mi expediente es cinco nueve tres uno siete dos cuatro seis",
                MRN),
            everywhere(
                "a German MRN in digit words",
                "Patientennummer fünf neun drei eins sieben zwei vier sechs",
                MRN),
            everywhere(
                "a Brazilian MRN with meia for six",
                "prontuário cinco nove três um sete dois quatro meia",
                MRN),
            everywhere("a Spanish ZIP in digit words", "código postal ocho dos tres cero uno", ZIP),
            everywhere(
                "a Spanish street and number",
                "vivo en la calle Marrowick número dos ocho siete tres",
                STREET),
            everywhere(
                "Spanglish name and phone",
                "hi, me llamo Corisande Ravensholt and my number es tres cero siete"
                    + " five five five cero uno siete dos",
                NAME,
                PHONE))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 5: a tired transcriber, new shapes

  static Stream<HuntProbe> transcriber() {
    return Stream.of(
            everywhere(
                "digit words glued into words",
                "my number is threeohseven fivefivefive ohoneseventwo",
                PHONE),
            everywhere(
                "a glued exchange after its area code",
                "my number is three oh seven fivefivefive oh one seven two",
                PHONE),
            everywhere(
                "a phone in pairs with fifty-five",
                "my number is three oh seven, five fifty-five, oh one seventy-two",
                PHONE),
            everywhere(
                "three times five",
                "my number is three oh seven, three times five, oh one seven two",
                PHONE),
            everywhere(
                "triple five", "my number is three oh seven triple five oh one seven two", PHONE),
            everywhere(
                "and then",
                "my number is three oh seven five five five and then oh one seven two",
                PHONE),
            everywhere(
                "area code said first",
                "area code three oh seven, the number is five five five oh one seven two",
                PHONE),
            everywhere(
                "digits read with point",
                "my number is three oh seven point five five five point oh one seven two",
                PHONE),
            everywhere("digits read with dot", "my number is 307 dot 555 dot 0172", PHONE),
            everywhere(
                "member id letters glued and digits in words",
                "member id qwb four eight six two one five",
                MEMBER),
            everywhere(
                "member id letters said as words",
                "member id queue double you bee four eight six two one five",
                MEMBER),
            everywhere(
                "member id with digits in tens",
                "member id QWB forty eight sixty two fifteen",
                MEMBER),
            everywhere(
                "a phone said twice, corrected in the middle of the second",
                "my number is 307 555 0172, I mean 307 555 01, no, 0172",
                PHONE),
            everywhere(
                "a spoken phone said twice, corrected in the second",
                "it's three oh seven five five five oh one seven two, sorry, three oh seven five"
                    + " five five oh, no, oh one seven two",
                PHONE),
            everywhere(
                "a birth date corrected in the middle",
                "my birthday is march fifteenth, no wait, the fourteenth of march nineteen fifty"
                    + " seven",
                SPOKEN_DOB),
            everywhere(
                "an MRN said with a correction in its middle",
                "MRN five nine three one, sorry, five nine three one seven two four six",
                MRN),
            everywhere(
                "an MRN in words glued", "my MRN is fivenine threeone seventwo foursix", MRN),
            everywhere(
                "a ZIP with oh and dot",
                "zip code eight two three oh one, the town is Rawlins",
                ZIP))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Recurrences of the call in the new shapes

  static Stream<HuntProbe> recurrences() {
    return Stream.of(
            recurring("PID|1||||RAVENSHOLT^C||", NAME),
            recurring("NM1*IL*1*RAVENSHOLT~", NAME),
            recurring("<b>Ravens</b>holt", NAME),
            recurring("**Ravens**holt", NAME),
            recurring("<say-as interpret-as=\"telephone\">555-0172</say-as>", LOCAL),
            recurring("cinco cinco cinco cero uno siete dos", LOCAL),
            recurring("termina en cero uno siete dos", "0172"),
            recurring("Sra. Ravensholt", NAME),
            recurring("N:Ravensholt;C", NAME))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> probes() {
    return Stream.of(
            tenthLeftOpen(), records(), markup(), languages(), transcriber(), recurrences())
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> all() {
    return probes().filter(probe -> !isOpen(probe));
  }

  static Stream<HuntProbe> stillOpen() {
    return probes().filter(ChatRequestEleventhHuntProbesTest::isOpen);
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

  private static final Set<String> OPEN =
      Set.of(
          // (A record row with no header and no label, "Corisande,Ravensholt,1957-03-14,…", left
          // open here, is closed since the fifteenth round: the names that open a row of values
          // are names, ADR 31.)
          // (A birth date said in French words, "le quatorze mars mille neuf cent cinquante-sept",
          // left open here, is closed since the sixteenth round: dates said in French, Spanish,
          // Portuguese, German and Italian words are read, ADR 33.)
          // A surname in capitals with no cue in an HL7 note ("NTE|1||CALLBACK RAVENSHOLT …"): a
          // note's text has no fixed meaning; the name recognizers' matter (issue 11).
          "an HL7 PV1 segment with the patient's name in a note");

  // (A surname an HL7 escape cuts, "RAVENS\\T\\HOLT^CORISANDE", left open here in a user turn and
  // a tool result, is closed since the twelfth hunt: an escape between two letters is read as
  // absent, and the name read joined, ADR 32.)

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

  @Test
  void a_number_cut_between_a_name_and_its_content_is_refused() {
    var request =
        ChatRequest.parse(body(null, named("user", "caller_307555", "0172 is my number")));
    assertThat(request.mask(TextMask.of(MASKER, "agt_test/cut11"), RequestRules.DEFAULT))
        .isInstanceOf(ChatRequest.Masking.Refused.class);
  }

  /** Ordinary text in the shapes the fixes read (a body when it starts with a brace): no token. */
  static final List<String> ORDINARY =
      List.of(
          "MSH|^~\\&|LAB|HOSP|||||ORU^R01|42|P|2.5\rOBX|1|NM|GLU^Glucose||98|mg/dL|70-99|N",
          "MSH#$%!@#LAB#HOSP######P#2.5\rOBX#1#NM#GLU$Glucose##98#mg/dL#70-99#N",
          "IN1|1|PLAN01|HCP|ACME HEALTH",
          body(
              null,
              user("look it up"),
              toolResult(
                  "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{"
                      + "\"system\":\"loinc\",\"code\":\"2345-7\",\"display\":\"Glucose\"}]},"
                      + "\"subject\":{\"reference\":\"Group/cohort-a\",\"display\":\"Cohort A\"},"
                      + "\"valueQuantity\":{\"value\":98,\"unit\":\"mg/dL\"}}")),
          "drug,dose,unit\nmetformin,500,mg\nlisinopril,10,mg",
          "Take **two** tablets with `water`, see [1] and the note\u00B9 \u2014 it costs $5 or $10,"
              + " x\u00B2 is fine",
          "I said gracias, we need uno more chair, dos tacos and tres bien, and I'll take two"
              + " times five milligrams three times a day",
          "<p>Take <b>one</b> tablet<br/>daily</p> <!-- reviewed -->",
          "NM1*PR*2*ACME HEALTH*****PI*12345~",
          "the bay has 5 beds, ba 3 is closed, lima 4 and chin 2 are open",
          "mein Termin ist um drei, ich habe null Ahnung, vier Tabletten",
          body(null, user("ok"), toolCall("{\"20 mg\":\"twice daily\",\"1234\":\"pending\"}")),
          body(null, named("user", "agent_7", "2 tablets a day")));

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain11-" + sessions++);
                      ChatRequest.parse(body(null, user(SAID))).mask(mask, RequestRules.DEFAULT);
                      var request =
                          ChatRequest.parse(text.startsWith("{") ? text : body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                    }));
  }
}
