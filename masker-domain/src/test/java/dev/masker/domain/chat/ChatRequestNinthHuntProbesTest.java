package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolAnswer;
import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolCallNamed;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.message;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.quoted;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a ninth outside leak hunt (ADR 26), about shapes and encodings the earlier hunts did
 * not try: values inside structured text a tool result or a system prompt carries as a string (CSV,
 * markdown tables, HTML and XML, YAML, key=value logs, query strings, JSON in JSON, FHIR, HL7 v2,
 * vCard); values encoded or disguised (percent escapes, HTML numeric references, base64 and hex of
 * a value, digits a transcriber groups, letters spaced or dotted, the NATO alphabet, digit words of
 * Spanish and French, look-alike letters of other scripts); values coming back in another form in a
 * later request that no longer holds the first mention; and the fields a request carries besides
 * its messages. What would go upstream is read as the seventh hunt read it (ADR 22).
 */
class ChatRequestNinthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hi, this is Marisol Quintanilla, date of birth 08/23/1974, my phone is 541 555 0127,"
          + " MRN 73641902, member id QTR508316, email marisol.quintanilla@example.net,"
          + " I live at 2267 Larkspur Hollow Road, Bend, OR 97702";

  /** The forms of every planted value a reader must not find. */
  static final String[] ALL = {
    "quintanilla", "marisol", "5415550127", "73641902", "508316", "08231974", "97702"
  };

  static final String NAME = "quintanilla";
  static final String PHONE = "5415550127";
  static final String MRN = "73641902";
  static final String DOB = "08231974";

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt9-" + sessions++),
        ChatRequestSeventhHuntProbesTest::readable);
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

  static String hex(String text) {
    var out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format("%02x", b));
    }
    return out.toString();
  }

  static String percentAll(String text) {
    var out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format("%%%02X", b));
    }
    return out.toString();
  }

  static String entities(String text) {
    var out = new StringBuilder();
    text.codePoints().forEach(c -> out.append("&#").append(c).append(';'));
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: structured text carried as a string

  static Stream<HuntProbe> structured() {
    return Stream.of(
            everywhere(
                "a CSV with its header",
                "name,dob,phone,mrn\nMarisol Quintanilla,1974-08-23,541-555-0127,73641902",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "a CSV with quoted cells and semicolons",
                "\"last\";\"first\";\"birth\";\"tel\"\n\"Quintanilla\";\"Marisol\";\"23.08.1974\";"
                    + "\"+1 541 555 0127\"",
                NAME,
                PHONE),
            everywhere(
                "a markdown table",
                "| field | value |\n|---|---|\n| Patient | Marisol Quintanilla |\n| DOB | 08/23/1974"
                    + " |\n| MRN | 73641902 |\n| Phone | (541) 555-0127 |",
                NAME,
                PHONE,
                MRN,
                DOB),
            everywhere(
                "an HTML table",
                "<table><tr><th>Patient</th><td>Marisol Quintanilla</td></tr><tr><th>MRN</th>"
                    + "<td>73641902</td></tr><tr><th>Phone</th><td>541-555-0127</td></tr></table>",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "an XML record",
                "<patient><family>Quintanilla</family><given>Marisol</given><mrn>73641902</mrn>"
                    + "<birthDate>1974-08-23</birthDate><phone>5415550127</phone></patient>",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "XML attributes",
                "<patient family=\"Quintanilla\" given=\"Marisol\" mrn=\"73641902\""
                    + " phone=\"541.555.0127\"/>",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "YAML",
                "patient:\n  name: Marisol Quintanilla\n  dob: 1974-08-23\n  mrn: 73641902\n"
                    + "  phone: 541 555 0127",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "a key=value log line",
                "ts=2026-12-05T20:00:00Z level=info patient_name=\"Marisol Quintanilla\""
                    + " mrn=73641902 phone=5415550127 dob=1974-08-23",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "a URL with a query string",
                "https://ehr.example.org/lookup?mrn=73641902&dob=1974-08-23&last=Quintanilla"
                    + "&first=Marisol&phone=5415550127",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "a query string with no URL",
                "mrn=73641902&dob=19740823&phone=%2B15415550127&name=Marisol%20Quintanilla",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "JSON encoded twice",
                "{\"payload\":"
                    + quoted(
                        "{\"patient\":{\"name\":\"Marisol Quintanilla\",\"mrn\":\"73641902\","
                            + "\"phone\":\"541-555-0127\"}}")
                    + "}",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "JSON encoded twice with u escapes",
                "{\"payload\":"
                    + quoted(
                        "{\"name\":\"\\u004darisol \\u0051uintanilla\","
                            + "\"phone\":\"\\u0035\\u0034\\u0031-555-0127\"}")
                    + "}",
                NAME,
                PHONE),
            everywhere(
                "a FHIR Patient",
                "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:mrn\","
                    + "\"value\":\"73641902\"}],\"name\":[{\"family\":\"Quintanilla\","
                    + "\"given\":[\"Marisol\"]}],\"telecom\":[{\"system\":\"phone\","
                    + "\"value\":\"+1-541-555-0127\"}],\"birthDate\":\"1974-08-23\"}",
                NAME,
                PHONE,
                MRN,
                DOB),
            everywhere(
                "an HL7 v2 PID segment",
                "MSH|^~\\&|EHR|CLINIC|||202612052000||ADT^A08|881|P|2.5\r"
                    + "PID|1||73641902^^^CLINIC^MR||QUINTANILLA^MARISOL^^^^^L||19740823|F|||"
                    + "2267 LARKSPUR HOLLOW RD^^BEND^OR^97702||(541)555-0127",
                NAME,
                PHONE,
                MRN,
                "19740823"),
            everywhere(
                "a vCard",
                "BEGIN:VCARD\nVERSION:3.0\nN:Quintanilla;Marisol;;;\nFN:Marisol Quintanilla\n"
                    + "TEL;TYPE=CELL:+1-541-555-0127\nBDAY:1974-08-23\nEND:VCARD",
                NAME,
                PHONE),
            everywhere(
                "a form body of an intake",
                "first_name=Marisol&last_name=Quintanilla&date_of_birth=08%2F23%2F1974"
                    + "&phone=541-555-0127",
                NAME,
                PHONE,
                DOB),
            everywhere(
                "a TSV with its header",
                "mrn\tlast\tfirst\tphone\n73641902\tQuintanilla\tMarisol\t5415550127",
                NAME,
                PHONE,
                MRN))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: values encoded or disguised

  static Stream<HuntProbe> encoded() {
    return Stream.of(
            everywhere(
                "a name percent-escaped letter by letter after its key",
                "?patient=" + percentAll("Marisol Quintanilla"),
                NAME),
            everywhere(
                "a phone percent-escaped after its key",
                "phone=" + percentAll("541-555-0127"),
                PHONE),
            everywhere(
                "a phone as HTML numeric references after its cue",
                "my phone is " + entities("541-555-0127"),
                PHONE),
            everywhere(
                "a phone as hex HTML references",
                "call back at &#x35;&#x34;&#x31;&#x2d;&#x35;&#x35;&#x35;&#x2d;&#x30;&#x31;&#x32;"
                    + "&#x37;",
                PHONE),
            everywhere(
                "a name as HTML numeric references after its cue",
                "my name is " + entities("Marisol Quintanilla"),
                NAME),
            everywhere(
                "an MRN in base64 under its key",
                "{\"mrn_b64\":\"" + base64("MRN 73641902") + "\"}",
                MRN),
            everywhere(
                "a record in base64",
                "attachment: " + base64("Patient: Marisol Quintanilla, phone 541-555-0127"),
                NAME,
                PHONE),
            everywhere(
                "a record in hex under a key",
                "{\"blob\":\"" + hex("Patient: Marisol Quintanilla") + "\"}",
                NAME),
            everywhere(
                "a phone with dashes between digit words",
                "my number is five-four-one five-five-five zero-one-two-seven",
                PHONE),
            everywhere(
                "a phone in spaced digits with spaced dashes",
                "my number is 5 4 1 - 5 5 5 - 0 1 2 7",
                PHONE),
            everywhere("a phone with a dash after every digit", "phone 5-4-1-5-5-5-0-1-2-7", PHONE),
            everywhere("an MRN in digits a transcriber spaced", "MRN is 7 3 6 4 1 9 0 2", MRN),
            everywhere(
                "a name spelled with dots after its cue",
                "my name is m.a.r.i.s.o.l q.u.i.n.t.a.n.i.l.l.a",
                NAME),
            everywhere(
                "a surname spelled with spaces after its cue",
                "my last name is Q U I N T A N I L L A",
                NAME),
            everywhere(
                "a surname in the NATO alphabet",
                "last name quebec uniform india november tango alpha november india lima lima"
                    + " alpha",
                NAME),
            everywhere(
                "a phone in Spanish digit words",
                "mi número es cinco cuatro uno cinco cinco cinco cero uno dos siete",
                PHONE),
            everywhere(
                "a name after a Spanish cue",
                "hola, mi nombre es Marisol Quintanilla y necesito una cita",
                NAME),
            everywhere(
                "a phone in French digit words",
                "mon numéro est cinq quatre un cinq cinq cinq zéro un deux sept",
                PHONE),
            everywhere(
                "a name after a French cue", "bonjour, je m'appelle Marisol Quintanilla", NAME),
            everywhere(
                "a date of birth in Spanish",
                "mi fecha de nacimiento es el 23 de agosto de 1974",
                "23081974",
                "1974"),
            everywhere(
                "a date of birth in French", "je suis née le 23 août 1974", "23081974", "1974"),
            everywhere(
                "a name with Cyrillic letters that look Latin",
                "my name is M\u0430ris\u043el Quint\u0430nill\u0430",
                NAME),
            everywhere(
                "a name with Greek letters that look Latin",
                "patient: Maris\u03bfl Quint\u03b1nilla",
                NAME),
            everywhere(
                "an MRN with Cyrillic and digits mixed in its key", "\u041cRN: 73641902", MRN),
            everywhere(
                "a phone spoken with a Spanish and English mix",
                "my phone es cinco four one, five five five, cero one two seven",
                PHONE))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: recurrences, in a later request that no longer holds the first mention

  static Stream<HuntProbe> recurrences() {
    return Stream.of(
            recurring("Quintanilla", NAME),
            recurring("QUINTANILLA", NAME),
            recurring("Quintanilla's", NAME),
            recurring("the Quintanillas", NAME),
            recurring("M. Quintanilla", NAME),
            recurring("Ms. Quintanilla", NAME),
            recurring("Marisol Q.", "marisol"),
            recurring("Mari Quintanilla", NAME),
            recurring("quintanilla,marisol", NAME),
            recurring("QUINTANILLA^MARISOL", NAME),
            recurring("Marisol%20Quintanilla", NAME),
            recurring("&#81;uintanilla", NAME),
            recurring("Q-u-i-n-t-a-n-i-l-l-a", NAME),
            recurring("q.u.i.n.t.a.n.i.l.l.a", NAME),
            recurring("Quint\u0430nilla", NAME),
            recurring("+1 541 555 0127", PHONE),
            recurring("+15415550127", PHONE),
            recurring("001 541 555 0127", PHONE),
            recurring("1-541-555-0127", PHONE),
            recurring("(541) 5550127", PHONE),
            recurring("54 15 55 01 27", PHONE),
            recurring("541.555.01.27", PHONE),
            recurring("%2B15415550127", PHONE),
            recurring("&#53;&#52;&#49;5550127", PHONE),
            recurring("cinco cuatro uno cinco cinco cinco cero uno dos siete", PHONE),
            recurring("cinq quatre un cinq cinq cinq zéro un deux sept", PHONE),
            recurring("1974-08-23", "1974"),
            recurring("23/08/1974", "1974"),
            recurring("Aug 23 '74", "2374"),
            recurring("8/23/74", "82374"),
            recurring("19740823", "19740823"),
            recurring("23 de agosto de 1974", "1974"),
            recurring("le 23 août 1974", "1974"),
            recurring("736-419-02", MRN),
            recurring("7364 1902", MRN),
            recurring("mrn%3D73641902", MRN),
            recurring("qtr 508316", "508316"),
            recurring("Q T R 5 0 8 3 1 6", "508316"),
            recurring("MARISOL.QUINTANILLA@EXAMPLE.NET", NAME),
            recurring("marisol.quintanilla%40example.net", NAME),
            recurring("marisol dot quintanilla at example dot net", NAME),
            recurring("2267 Larkspur Hollow Rd", "larkspur"),
            recurring("2267 Larkspur Hol. Rd.", "larkspur"),
            recurring("Bend OR 97702-1234", "97702"))
        .flatMap(s -> s);
  }

  /** Recurrences inside structured text, after the call, the first mention trimmed away. */
  static Stream<HuntProbe> recurringInShapes() {
    return Stream.of(
        afterSaying(
            "a tool result's CSV row with the surname alone",
            body(
                null,
                user("look me up"),
                toolCallNamed("c9", "search", "{\"q\":\"refills\"}"),
                toolAnswer("c9", "last,rx,refills\nQuintanilla,lisinopril,2")),
            NAME),
        afterSaying(
            "a system prompt's YAML with the surname and a regrouped phone",
            body(
                null,
                message("system", "caller:\n  surname: Quintanilla\n  callback: 54-15-55-01-27"),
                user("yes")),
            NAME,
            PHONE),
        afterSaying(
            "an HTML note with the phone country-coded",
            body(null, message("system", "<p>Call back <b>+1 (541) 555-0127</b></p>"), user("ok")),
            PHONE),
        afterSaying(
            "tool arguments with a query string holding the surname and the date",
            body(
                null,
                user("ok"),
                toolCallNamed(
                    "c9", "fetch", "{\"url\":\"/search?last=Quintanilla&dob=1974-08-23\"}")),
            NAME,
            "19740823"),
        afterSaying(
            "an HL7 segment with the surname and the MRN",
            body(
                null,
                user("look me up"),
                toolCallNamed("c9", "hl7", "{}"),
                toolAnswer("c9", "PID|1||73641902^^^CLINIC^MR||QUINTANILLA^M")),
            NAME,
            MRN),
        afterSaying(
            "a double-encoded JSON with the surname escaped",
            body(
                null,
                user("look me up"),
                toolCallNamed("c9", "get", "{}"),
                toolAnswer("c9", "{\"data\":" + quoted("{\"last\":\"Quintanill\\u0061\"}") + "}")),
            NAME),
        afterSaying(
            "a vCard with only the surname",
            body(null, message("system", "BEGIN:VCARD\nN:Quintanilla;;;;\nEND:VCARD"), user("hi")),
            NAME));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: fields beside the messages

  static String tool(String parameters, String description) {
    return "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"description\":"
        + quoted(description)
        + ",\"parameters\":"
        + parameters
        + "}}]";
  }

  static Stream<HuntProbe> fields() {
    var said = user(SAID);
    var plain = "{\"type\":\"object\",\"properties\":{}}";
    return Stream.of(
        fresh(
            "a tool description holding a query string",
            body(tool(plain, "Looks up /p?mrn=73641902&phone=5415550127"), user("hi")),
            MRN,
            PHONE),
        fresh(
            "a tool description holding an HL7 segment",
            body(tool(plain, "e.g. PID|1||73641902^^^C^MR||QUINTANILLA^MARISOL"), user("hi")),
            MRN,
            NAME),
        fresh(
            "a parameter default holding a CSV row",
            body(
                tool(
                    "{\"type\":\"object\",\"properties\":{\"row\":{\"type\":\"string\","
                        + "\"default\":\"Quintanilla,Marisol,1974-08-23,541-555-0127\"}}}",
                    "reads a row"),
                user("hi")),
            NAME,
            PHONE),
        fresh(
            "a parameter's examples holding a double-encoded record",
            body(
                tool(
                    "{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"string\",\"examples\":["
                        + quoted("{\"name\":\"Marisol Quintanilla\",\"mrn\":\"73641902\"}")
                        + "]}}}",
                    "reads a patient"),
                user("hi")),
            NAME,
            MRN),
        afterSaying(
            "a parameter enum holding the surname in capitals",
            body(
                tool(
                    "{\"type\":\"object\",\"properties\":{\"last\":{\"type\":\"string\","
                        + "\"enum\":[\"QUINTANILLA\",\"SMITH\"]}}}",
                    "reads a patient"),
                user("hi")),
            NAME),
        afterSaying(
            "a response schema description holding the phone country-coded",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"schema\":{\"type\":\"object\",\"description\":\"callback +1 541 555 0127\","
                    + "\"properties\":{}}}}",
                user("hi")),
            PHONE),
        fresh(
            "metadata holding a query string",
            body("\"metadata\":{\"ref\":\"mrn=73641902&dob=1974-08-23\"}", said),
            MRN),
        afterSaying(
            "metadata holding the surname alone",
            body("\"metadata\":{\"caller\":\"Quintanilla\"}", user("hi")),
            NAME),
        afterSaying(
            "user holding the phone with its country code",
            body("\"user\":\"+15415550127\"", user("hi")),
            PHONE),
        afterSaying(
            "stop holding the surname percent-escaped",
            body("\"stop\":[\"Quintanilla%27s\"]", user("hi")),
            NAME),
        afterSaying(
            "prediction holding a YAML record",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":\"name: Quintanilla\\nmrn:"
                    + " 7364-1902\"}",
                user("hi")),
            NAME,
            MRN),
        fresh(
            "an image URL with a query string",
            body(
                null,
                "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"see\"},"
                    + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://img.example.org/"
                    + "card.png?name=Marisol%20Quintanilla&mrn=73641902\"}}]}"),
            NAME,
            MRN),
        afterSaying(
            "an input audio part's format holding the surname",
            body(
                null,
                "{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"input_audio\":{"
                    + "\"data\":\"UklGRg==\",\"format\":\"Quintanilla\"}}]}"),
            NAME),
        afterSaying(
            "an assistant refusal holding the phone regrouped",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"content\":null,\"refusal\":\"I can't call"
                    + " 54-155-50-127\"}",
                user("ok")),
            PHONE));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 5: more shapes, after the first rounds leaked almost nothing

  static Stream<HuntProbe> moreShapes() {
    return Stream.of(
            everywhere(
                "an HL7 segment quoted after other words",
                "e.g. PID|1||73641902^^^C^MR||QUINTANILLA^MARISOL||19740823",
                MRN,
                NAME,
                "19740823"),
            everywhere(
                "an HL7 message with its segment breaks written as \\r",
                "MSH|^~\\&|A|B|||2026||ADT^A01|1|P|2.5\\rPID|1||73641902^^^C^MR||"
                    + "QUINTANILLA^MARISOL||19740823|F|||||5415550127\\rPV1|1|O",
                MRN,
                NAME,
                "19740823",
                PHONE),
            everywhere(
                "an HL7 message on one line, segments after spaces",
                "MSH|^~\\&|A|B|||2026||ADT^A01|1|P|2.5 PID|1||73641902^^^C^MR||"
                    + "QUINTANILLA^MARISOL||19740823 PV1|1|O",
                MRN,
                NAME,
                "19740823"),
            everywhere("an identifier glued to HL7 components", "id 73641902^^^C^MR", MRN),
            everywhere(
                "a markdown table with a header row",
                "| Name | DOB | Phone | MRN |\n|---|---|---|---|\n| Marisol Quintanilla | 1974-08-23"
                    + " | 541-555-0127 | 73641902 |",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "an HTML table with a header row",
                "<table><tr><th>Last</th><th>First</th><th>MRN</th></tr><tr><td>Quintanilla</td>"
                    + "<td>Marisol</td><td>73641902</td></tr></table>",
                NAME,
                MRN),
            everywhere(
                "JSON with abbreviated keys",
                "{\"pt_ln\":\"Quintanilla\",\"pt_fn\":\"Marisol\",\"pt_dob\":\"19740823\","
                    + "\"pt_tel\":\"5415550127\"}",
                NAME,
                PHONE,
                "19740823"),
            everywhere(
                "C-CDA elements",
                "<recordTarget><patientRole><id extension=\"73641902\" root=\"2.16.840.1\"/>"
                    + "<telecom value=\"tel:+1-541-555-0127\"/><patient><name><given>Marisol</given>"
                    + "<family>Quintanilla</family></name><birthTime value=\"19740823\"/></patient>"
                    + "</patientRole></recordTarget>",
                NAME,
                PHONE,
                MRN,
                "19740823"),
            everywhere(
                "keys in capitals with no colon",
                "LN=QUINTANILLA FN=MARISOL DOB=19740823 TEL=5415550127",
                NAME,
                PHONE,
                "19740823"),
            everywhere(
                "a URL path holding the values",
                "GET /patients/73641902/contacts/5415550127 and /by-name/quintanilla-marisol",
                MRN,
                PHONE,
                NAME),
            everywhere(
                "a URL fragment holding a name with plus signs",
                "https://portal.example.org/#/intake?name=Marisol+Quintanilla&dob=08%2F23%2F1974",
                NAME,
                DOB),
            everywhere(
                "a form body with plus signs",
                "name=Marisol+Quintanilla&phone=541+555+0127&mrn=73641902",
                NAME,
                PHONE,
                MRN),
            everywhere(
                "JSON encoded three times",
                "{\"a\":"
                    + quoted(
                        "{\"b\":"
                            + quoted("{\"name\":\"Marisol Quintanilla\",\"mrn\":\"73641902\"}")
                            + "}")
                    + "}",
                NAME,
                MRN),
            everywhere(
                "digits all as u escapes in JSON in JSON",
                "{\"p\":"
                    + quoted(
                        "{\"mrn\":\"\\u0037\\u0033\\u0036\\u0034\\u0031\\u0039\\u0030\\u0032\"}")
                    + "}",
                MRN),
            everywhere(
                "a eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3MzY0MTkwMiIsIm5hbWUiOiJNYXJpc29sIFF1aW50YW5pbGxhIiwicGhvbmUiOiI1NDE1NTUwMTI3In0.c2lnbmF0dXJl holding a record",
                "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3MzY0MTkwMiIsIm5hbWUiOiJNYXJpc29sIFF1aW50YW5pbGxhIiwicGhvbmUiOiI1NDE1NTUwMTI3In0.c2lnbmF0dXJl",
                MRN,
                NAME,
                PHONE),
            everywhere(
                "a data URL of a record",
                "data:text/plain;base64,"
                    + base64("name=Marisol Quintanilla;mrn=73641902;phone=541-555-0127"),
                MRN,
                NAME,
                PHONE),
            everywhere(
                "base64 of the name alone under its key",
                "{\"name_b64\":\"" + base64("Marisol Quintanilla") + "\"}",
                NAME),
            everywhere(
                "hex of the phone's digits under its key",
                "{\"phone_hex\":\"" + hex("5415550127") + "\"}",
                PHONE),
            everywhere(
                "a phone with dash said as a word",
                "my number is five four one dash five five five dash oh one two seven",
                PHONE),
            everywhere(
                "a phone read in pairs",
                "my number is five four one, fifty five five, oh one, twenty seven",
                PHONE),
            everywhere(
                "a surname spelled with as in",
                "my last name is Q as in queen, U as in umbrella, I as in igloo, N as in nancy, T"
                    + " as in tom, A as in apple, N as in nancy, I as in igloo, L as in lima, L as in"
                    + " lima, A as in apple",
                NAME),
            everywhere(
                "a surname spelled with for",
                "surname Q for Quebec U for uniform I for India N for November T for tango A for"
                    + " alpha N for November I for India L for Lima L for Lima A for alpha",
                NAME),
            everywhere("a name after a Spanish surname cue", "mi apellido es Quintanilla", NAME),
            everywhere("a name after me llamo", "me llamo Marisol Quintanilla", NAME),
            everywhere(
                "a Spanish e-mail",
                "mi correo es marisol punto quintanilla arroba example punto net",
                NAME),
            everywhere(
                "a Spanish phone in pairs",
                "mi teléfono es cinco cuatro uno, cinco cinco cinco, cero uno, veintisiete",
                PHONE),
            everywhere(
                "a Spanish date of birth in words",
                "nací el veintitrés de agosto de mil novecientos setenta y cuatro",
                "1974"),
            everywhere(
                "a name after a French surname cue", "mon nom de famille est Quintanilla", NAME),
            everywhere(
                "a French phone in pairs",
                "mon numéro est le cinq quarante et un, cinq cinquante-cinq, cinq zéro un, vingt-sept",
                PHONE),
            everywhere(
                "a French e-mail",
                "mon courriel est marisol point quintanilla arobase example point net",
                NAME),
            everywhere(
                "a reversed surname after its cue", "my name backwards is allinatniuq", NAME),
            everywhere(
                "an MRN in digit words with oh",
                "the MRN is seven three six four one nine oh two",
                MRN))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> moreRecurrences() {
    return Stream.of(
            recurring("Quintanilla-Reyes", NAME),
            recurring("MARISOL", "marisol"),
            recurring("Marisol's", "marisol"),
            recurring("Quintanillas'", NAME),
            recurring("tel:+1-541-555-0127", PHONE),
            recurring("+1.541.555.0127", PHONE),
            recurring("1 (541) 555 0127", PHONE),
            recurring("541-555-0127x12", PHONE),
            recurring("00 1 541 555 01 27", PHONE),
            recurring("area code five four one then five five five then oh one two seven", PHONE),
            recurring("five four one five five five zero one two seven", PHONE),
            recurring("23.08.1974", "1974"),
            recurring("1974/08/23", "1974"),
            recurring("23-Aug-1974", "1974"),
            recurring("AUG231974", "231974"),
            recurring("August 23rd, 1974", "1974"),
            recurring("the twenty third of august nineteen seventy four", "1974"),
            recurring("MR-73641902", MRN),
            recurring("7-3-6-4-1-9-0-2", MRN),
            recurring("seven three six four one nine oh two", MRN),
            recurring("736 41 902", MRN),
            recurring("2267 Larkspur Hollow", "larkspur"),
            recurring("zip 97702", "97702"),
            recurring("QUINTANILLA^MARISOL^^^^^L", NAME),
            recurring("Quintanilla;Marisol;;;", NAME),
            recurring("quintanilla-marisol", NAME),
            recurring("quintanilla_m", NAME),
            recurring("@mquintanilla", NAME),
            recurring("#Quintanilla", NAME),
            recurring("Quintanilla, M.", NAME))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 6: serialisations of programs, speech the earlier rounds did not try, request names

  static Stream<HuntProbe> programShapes() {
    return Stream.of(
            everywhere(
                "a Python dict",
                "{'name': 'Marisol Quintanilla', 'mrn': 73641902, 'phone': '541-555-0127'}",
                NAME,
                MRN,
                PHONE),
            everywhere(
                "a record's toString",
                "Patient[name=Marisol Quintanilla, mrn=73641902, phone=5415550127, dob=1974-08-23]",
                NAME,
                MRN,
                PHONE),
            everywhere(
                "a Ruby hash",
                "{:last=>\"Quintanilla\", :first=>\"Marisol\", :mrn=>\"73641902\"}",
                NAME,
                MRN),
            everywhere(
                "PHP serialized",
                "a:2:{s:4:\"last\";s:11:\"Quintanilla\";s:3:\"mrn\";s:8:\"73641902\";}",
                NAME,
                MRN),
            everywhere(
                "protobuf text",
                "patient { family_name: \"Quintanilla\" given_name: \"Marisol\" mrn: 73641902 }",
                NAME,
                MRN),
            everywhere(
                "an SQL where clause",
                "SELECT * FROM patients WHERE last_name = 'Quintanilla' AND dob = '1974-08-23'"
                    + " AND mrn = '73641902'",
                NAME,
                MRN),
            everywhere(
                "TOML",
                "[patient]\nname = \"Marisol Quintanilla\"\nmrn = \"73641902\"\nphone ="
                    + " \"541-555-0127\"",
                NAME,
                MRN,
                PHONE),
            everywhere(
                "YAML flow style",
                "{name: Marisol Quintanilla, mrn: 73641902, phone: 541-555-0127}",
                NAME,
                MRN,
                PHONE),
            everywhere(
                "YAML folded name", "patient:\n  name: >\n    Marisol\n    Quintanilla\n", NAME),
            everywhere(
                "XML CDATA",
                "<name><![CDATA[Marisol Quintanilla]]></name><mrn>73641902</mrn>",
                NAME),
            everywhere(
                "bracketed query keys",
                "patient[name]=Marisol%20Quintanilla&patient[mrn]=73641902&patient[tel]=5415550127",
                NAME,
                MRN,
                PHONE),
            everywhere(
                "a JSON log line after its level",
                "2026-12-05 20:00:01 INFO lookup {\"patient\":\"Marisol Quintanilla\",\"mrn\":73641902}",
                NAME,
                MRN),
            everywhere(
                "escaped slashes in a phone",
                "{\"phone\":\"541\\/555\\/0127\",\"dob\":\"08\\/23\\/1974\"}",
                PHONE,
                DOB),
            everywhere(
                "a name in markdown bold after its label",
                "**Patient:** **Marisol Quintanilla** (MRN `73641902`)",
                NAME,
                MRN),
            everywhere(
                "a surname hyphenated at a line's end",
                "Patient name: Marisol Quinta-\nnilla, seen today",
                NAME),
            everywhere("a name cut by an HTML tag", "my name is Marisol Quinta<b>nilla</b>", NAME),
            everywhere(
                "a phone said the American way",
                "my number is five forty-one, five fifty-five, oh one twenty-seven",
                PHONE),
            everywhere(
                "an MRN in NATO digits", "the MRN is seven tree six fower one niner zero two", MRN),
            everywhere(
                "a date said as numbers", "date of birth eight twenty three seventy four", "82374"),
            everywhere("a surname in capitals after its cue", "my name is QUINTANILLA", NAME),
            everywhere(
                "a surname in a plain tag after its cue", "my name is <b>Quintanilla</b>", NAME),
            everywhere(
                "a name in an SSML spell-out after its cue",
                "<speak>my name is <say-as interpret-as=\"characters\">QUINTANILLA</say-as></speak>",
                NAME))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> knownInDisguise() {
    return Stream.of(
            recurring(percentAll("Quintanilla"), NAME),
            recurring(entities("Quintanilla"), NAME),
            recurring(hex("Quintanilla"), NAME),
            recurring(hex("5415550127"), PHONE),
            recurring(base64("Quintanilla"), NAME),
            recurring(base64("5415550127"), PHONE),
            recurring(
                "\\u0051\\u0075\\u0069\\u006e\\u0074\\u0061\\u006e\\u0069\\u006c\\u006c\\u0061",
                NAME),
            recurring(
                "quebec uniform india november tango alpha november india lima lima alpha", NAME),
            recurring("Q as in queen U I N T A N I L L A", NAME),
            recurring("Quinta-\nnilla", NAME),
            recurring("Quinta<i>nilla</i>", NAME),
            recurring("Quinta**nilla**", NAME),
            recurring("Quin tanilla", NAME),
            recurring("Quintanila", NAME),
            recurring("Kintanilla", NAME),
            recurring("five forty-one, five fifty-five, oh one twenty-seven", PHONE),
            recurring("cinco cuarenta y uno, cinco cincuenta y cinco, cero uno veintisiete", PHONE),
            recurring("541 five five five 0127", PHONE),
            recurring("seven tree six fower one niner zero two", MRN),
            recurring("eight twenty three seventy four", "82374"),
            recurring("08-23-74", "82374"),
            recurring("Marisol", "marisol"))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> requestNames() {
    return Stream.of(
        afterSaying(
            "a message name holding the full name",
            body(null, "{\"role\":\"user\",\"name\":\"marisol_quintanilla\",\"content\":\"hi\"}"),
            NAME),
        afterSaying(
            "a tool call id holding the MRN",
            body(
                null,
                user("ok"),
                toolCallNamed("call_73641902", "lookup", "{}"),
                toolAnswer("call_73641902", "none")),
            MRN),
        afterSaying(
            "a tool call's function name holding the surname",
            body(
                null,
                user("ok"),
                toolCallNamed("c1", "find_quintanilla", "{}"),
                toolAnswer("c1", "x")),
            NAME),
        afterSaying(
            "a response schema's name holding the surname",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":"
                    + "\"quintanilla_record\",\"schema\":{\"type\":\"object\"}}}",
                user("hi")),
            NAME),
        afterSaying(
            "tool choice naming a function after the surname",
            body(
                tool("{\"type\":\"object\"}", "x").replace("\"lookup\"", "\"get_quintanilla\"")
                    + ",\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":"
                    + "\"get_quintanilla\"}}",
                user("hi")),
            NAME),
        afterSaying(
            "a metadata key holding the surname",
            body("\"metadata\":{\"Quintanilla\":\"vip\"}", user("hi")),
            NAME),
        afterSaying(
            "stop holding the phone regrouped",
            body("\"stop\":[\"54-15-55-01-27\"]", user("hi")),
            PHONE),
        afterSaying(
            "user holding base64 of the name",
            body("\"user\":\"" + base64("Marisol Quintanilla") + "\"", user("hi")),
            NAME),
        afterSaying(
            "a file part's name holding the name",
            body(
                null,
                "{\"role\":\"user\",\"content\":[{\"type\":\"file\",\"file\":{\"filename\":"
                    + "\"quintanilla_marisol_labs.pdf\",\"file_data\":\"data:application/pdf;base64,"
                    + "JVBERi0=\"}}]}"),
            NAME),
        afterSaying(
            "a tool property key holding the surname",
            body(
                tool(
                    "{\"type\":\"object\",\"properties\":{\"quintanilla\":{\"type\":\"string\"}}}",
                    "x"),
                user("hi")),
            NAME));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 7: the record shapes of round 1 quoted inside prose, and numbers grouped otherwise

  static Stream<HuntProbe> quotedRecords() {
    return Stream.of(
            everywhere(
                "an X12 segment quoted after other words",
                "the 271 said NM1*IL*1*QUINTANILLA*MARISOL****MI*QTR508316~DMG*D8*19740823*F~",
                NAME,
                "508316",
                "19740823"),
            everywhere(
                "X12 segments after a written line break",
                "ISA*00*x~GS*HB*x\\nNM1*IL*1*QUINTANILLA*MARISOL****MI*QTR508316\\nDMG*D8*19740823",
                NAME,
                "508316",
                "19740823"),
            everywhere(
                "an HL7 next of kin quoted after other words",
                "see NK1|1|QUINTANILLA^ROSA|MTH|2267 LARKSPUR HOLLOW RD^^BEND^OR^97702|(541)555-0127",
                NAME,
                PHONE,
                "97702"),
            everywhere(
                "an HL7 segment in lower case",
                "pid|1||73641902^^^c^mr||quintanilla^marisol||19740823",
                NAME,
                MRN,
                "19740823"))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> moreGroupings() {
    return Stream.of(
            recurring("73,641,902", MRN),
            recurring("7364,1902", MRN),
            recurring("73.641.902", MRN),
            recurring("541/555-0127", PHONE),
            recurring("541 555-01-27", PHONE),
            recurring("(541)555.0127", PHONE),
            recurring("+1-541-5550127", PHONE),
            recurring("five four one, five five five, zero one, twenty-seven", PHONE),
            recurring("QTR-508-316", "508316"),
            recurring("qtr508316", "508316"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 8: escapes of programming languages and byte dumps

  static String escaped(String text, String format) {
    var out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format(format, b));
    }
    return out.toString().trim();
  }

  static Stream<HuntProbe> byteEscapes() {
    return Stream.of(
            everywhere(
                "a name in C hex escapes after its cue",
                "my name is " + escaped("Marisol Quintanilla", "\\x%02x"),
                NAME),
            everywhere(
                "a record in spaced hex bytes",
                "dump: " + escaped("Patient: Marisol Quintanilla", "%02x "),
                NAME),
            everywhere(
                "a record in 0x bytes",
                "bytes " + escaped("Patient: Marisol Quintanilla", "0x%02x "),
                NAME),
            everywhere(
                "a phone in colon-separated hex",
                "phone hex " + escaped("5415550127", "%02x:").replaceAll(":$", ""),
                PHONE),
            everywhere(
                "a name in JavaScript code point escapes",
                "const name = \"\\u{4d}arisol \\u{51}uintanilla\";",
                NAME),
            everywhere(
                "a name in CSS escapes after its label",
                "content: \"Patient: \\4d arisol \\51 uintanilla\"",
                NAME),
            everywhere(
                "a name in U+ code points",
                "name U+004D U+0061 U+0072 U+0069 U+0073 U+006F U+006C",
                "marisol"),
            everywhere(
                "a data URL of a record in an image part's place",
                "see data:text/plain;base64," + base64("Patient: Marisol Quintanilla MRN 73641902"),
                NAME,
                MRN))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 9: links, abbreviated headers, letters a transcriber or a scanner writes for digits

  static Stream<HuntProbe> lettersAndLinks() {
    return Stream.of(
            everywhere(
                "a markdown link holding the name and the e-mail",
                "[Marisol Quintanilla](mailto:marisol.quintanilla@example.net) or"
                    + " [call](tel:+15415550127)",
                NAME,
                PHONE),
            everywhere(
                "an HTML link to the phone and a data attribute",
                "<a href=\"tel:+1-541-555-0127\" data-mrn=\"73641902\">call back</a>",
                PHONE,
                MRN),
            everywhere(
                "a CSV with abbreviated headers",
                "LN,FN,DOB,MRN\nQuintanilla,Marisol,08/23/1974,73641902",
                NAME,
                MRN,
                DOB),
            everywhere(
                "a surname first in capitals after its label",
                "Name: QUINTANILLA, MARISOL A.",
                NAME),
            everywhere(
                "a phone with the letter O for zero after its cue",
                "my number is 541 555 O127",
                PHONE),
            everywhere(
                "a phone with letters l and O for digits after its cue",
                "call me at 54l-555-Ol27",
                PHONE),
            everywhere("an MRN with the letter O for zero after its cue", "MRN 73641 9O2", MRN),
            everywhere("a date of birth with dots, year first", "DOB: 1974.08.23", "19740823"),
            everywhere(
                "a date of birth with an ordinal and a short year",
                "born on the 23rd of Aug, '74",
                "2374"))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> lettersRecurring() {
    return Stream.of(
            recurring("Quintanilla\u2019s", NAME),
            recurring("541 555 O127", PHONE),
            recurring("54l 555 0l27", PHONE),
            recurring("7364l9O2", MRN),
            recurring("1974.08.23", "19740823"),
            recurring("the 23rd of Aug, '74", "2374"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 10: the closed shapes again, in the fields beside the messages

  static Stream<HuntProbe> closedShapesInFields() {
    return Stream.of(
        afterSaying(
            "metadata holding the surname in hex",
            body("\"metadata\":{\"h\":\"" + hex("Quintanilla") + "\"}", user("hi")),
            NAME),
        fresh(
            "a tool description holding hex of a record",
            body(
                tool("{\"type\":\"object\"}", "seed " + hex("Patient: Marisol Quintanilla")),
                user("hi")),
            NAME),
        fresh(
            "prediction holding an HL7 segment after words",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":\"see PID|1||73641902^^^C^MR||"
                    + "QUINTANILLA^MARISOL||19740823\"}",
                user("hi")),
            MRN,
            "19740823"),
        fresh(
            "a response schema description holding an X12 segment after words",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"description\":\"like NM1*IL*1*QUINTANILLA*MARISOL****MI*QTR508316~\","
                    + "\"schema\":{\"type\":\"object\"}}}",
                user("hi")),
            NAME,
            "508316"),
        fresh(
            "a parameter default holding an SSML say-as after its cue",
            body(
                tool(
                    "{\"type\":\"object\",\"properties\":{\"greeting\":{\"type\":\"string\","
                        + "\"default\":\"her name is <say-as interpret-as='characters'>QUINTANILLA"
                        + "</say-as>\"}}}",
                    "greets"),
                user("hi")),
            NAME),
        fresh(
            "metadata holding bracketed form keys",
            body("\"metadata\":{\"form\":\"patient[mrn]=73641902\"}", user("hi")),
            MRN),
        afterSaying(
            "stop holding the birth date as plain numbers",
            body("\"stop\":[\"eight twenty three seventy four\"]", user("hi")),
            "82374"));
  }

  static Stream<HuntProbe> probes() {
    return Stream.of(
            structured(),
            encoded(),
            recurrences(),
            recurringInShapes(),
            fields(),
            moreShapes(),
            moreRecurrences(),
            programShapes(),
            knownInDisguise(),
            requestNames(),
            quotedRecords(),
            moreGroupings(),
            byteEscapes(),
            lettersAndLinks(),
            lettersRecurring(),
            closedShapesInFields())
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> all() {
    return probes().filter(probe -> !OPEN.contains(shape(probe)));
  }

  static Stream<HuntProbe> stillOpen() {
    return probes().filter(probe -> OPEN.contains(shape(probe)));
  }

  private static String shape(HuntProbe probe) {
    return probe
        .name()
        .replaceFirst(" \\((user turn|system prompt|tool result|tool arguments)\\)$", "")
        .replaceFirst("^recurring in [a-z ]+: ", "recurring: ");
  }

  private static final Set<String> OPEN =
      Set.of(
          // A fresh name with no cue, as a URL path's slug ("/by-name/quintanilla-marisol"): no
          // word a listed name, no label next to it; the name recognizers' matter (issue 11). Said
          // before in the call, it is masked (the recurrences above). (A surname whose label a
          // length prefix keeps apart, PHP's s:4:"last";s:11:"…", left open here, is closed since
          // the twelfth hunt: serialized pairs are read by key, ADR 32.)
          "a URL path holding the values");

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

  // ---------------------------------------------------------------------------------------------
  // The answer path: the caller hears the values in a refusal and in markup, and the next request,
  // holding them, goes up masked.

  private static java.util.Map<String, String> tokensOfTheCall(String session) {
    var request = ChatRequest.parse(body(null, user(SAID)));
    request.mask(TextMask.of(MASKER, session), RequestRules.DEFAULT);
    var tokens = new java.util.HashMap<String, String>();
    var matcher = ChatFixtures.TOKEN.matcher(request.toJson());
    while (matcher.find()) {
      tokens.putIfAbsent(matcher.group(1), matcher.group());
    }
    return tokens;
  }

  private static String nextTurnLeak(String session, String... messages) {
    var request = ChatRequest.parse(body(null, messages));
    assertThat(request.mask(TextMask.of(MASKER, session), RequestRules.DEFAULT))
        .isInstanceOf(ChatRequest.Masking.Masked.class);
    var found = ChatRequestSeventhHuntProbesTest.readable(request.toJson(), List.of(ALL));
    return found.isEmpty() ? null : found + " reached the upstream in " + request.toJson();
  }

  @Test
  void a_streamed_refusal_cut_anywhere_gives_the_caller_the_values() {
    var session = "agt_test/hunt9-refusal";
    var tokens = tokensOfTheCall(session);
    var refusal = "I can't share the chart of " + tokens.get("NAME") + " by phone.";
    String heard = null;
    for (int cut = 1; cut < refusal.length(); cut++) {
      var frames = new ArrayList<String>();
      frames.add(Chunks.role(0));
      frames.add(Chunks.refusal(0, refusal.substring(0, cut)));
      frames.add(Chunks.refusal(0, refusal.substring(cut)));
      frames.add(Chunks.finish(0, "stop"));
      var got =
          Chunks.texts(
                  Chunks.relay(new StreamedAnswer(() -> MASKER.streamRehydrator(session)), frames),
                  "refusal")
              .get(0);
      assertThat(got)
          .as("cut at %d", cut)
          .isEqualTo("I can't share the chart of Marisol Quintanilla by phone.");
      heard = got;
    }
    assertThat(
            nextTurnLeak(
                session,
                user("hi"),
                "{\"role\":\"assistant\",\"content\":null,\"refusal\":" + quoted(heard) + "}",
                user("ok")))
        .isNull();
  }

  @Test
  void tokens_inside_markup_and_a_query_string_come_back_as_the_values() {
    var session = "agt_test/hunt9-markup";
    var tokens = tokensOfTheCall(session);
    var content =
        "<p>Patient: <b>"
            + tokens.get("NAME")
            + "</b></p> | "
            + tokens.get("MRN")
            + " | /lookup?mrn="
            + tokens.get("MRN")
            + "&phone="
            + tokens.get("PHONE");
    var upstream =
        ChatFixtures.completion("{\"role\":\"assistant\",\"content\":" + quoted(content) + "}");
    var heard =
        ChatFixtures.firstMessage(
                ChatAnswer.rehydrate(upstream, text -> MASKER.rehydrateWithReport(session, text))
                    .json())
            .string("content");

    assertThat(heard)
        .isEqualTo(
            "<p>Patient: <b>Marisol Quintanilla</b></p> | 73641902 | /lookup?mrn=73641902"
                + "&phone=541 555 0127");
    assertThat(nextTurnLeak(session, user("hi"), assistant(heard), user("ok"))).isNull();
  }

  /** Ordinary text in the shapes the fixes read: no token. */
  static final List<String> ORDINARY =
      List.of(
          "Please <b>bring</b> your <i>insurance card</i> and arrive <em>early</em>.",
          "<speak>Thank you for calling. <break time=\"500ms\"/> How can I help?</speak>",
          "build 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 passed",
          "The PID|1 field and MSH|2 are explained in the HL7 guide",
          "form fields: appt[day]=tuesday&appt[time]=afternoon",
          "run `make test` then `npm start` and see page 12 of 30");

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain9-" + sessions++);
                      ChatRequest.parse(body(null, user(SAID))).mask(mask, RequestRules.DEFAULT);
                      var request = ChatRequest.parse(body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                    }));
  }
}
