package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.message;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolResult;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a sixth outside leak hunt (ADR 20). A call says a name, a date of birth, a phone
 * number, an MRN, a member id, an e-mail address and a street with its town and ZIP; each probe
 * then plays one request (in a session of its own, after that call or fresh) and reads what would
 * go upstream the way a model does: the fifth hunt's reading, and more: text turned upside down
 * read back, quoted-printable escapes and soft line breaks decoded.
 */
class ChatRequestSixthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hello, my name is Maren Lindqvist, date of birth 03/09/1947, my phone is 617 555 0142,"
          + " MRN 73820516, member id WXK447120, email maren.lindqvist@example.net,"
          + " I live at 208 Tamarack Hollow Road, Medford, MA 02155";

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  // ---------------------------------------------------------------------------------------------
  // Reading the body as a model does, beyond the fifth hunt's reading

  private static final String FLIPPED =
      "ɐqɔpǝɟƃɥᴉɾʞꞁɯuodbɹsʇnʌʍxʎzꓯᗺƆᗡƎℲ⅁HIſꓘ˥WNOԀὉᴚS⊥∩ΛMX⅄ZıƖᄅᘔƐㄣϛㄥ96";
  private static final String UPRIGHT =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZi122345769";

  private static final String BRAILLE = "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵";

  /** Braille letters as the Latin letters they write. */
  static String braille(String text) {
    var out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              int at = BRAILLE.indexOf(c);
              out.appendCodePoint(at >= 0 ? 'a' + at : c);
            });
    return out.toString();
  }

  /** Text turned upside down ("ʇsᴉʌbpuᴉ˥"), read back: each letter turned, the order reversed. */
  static String upright(String text) {
    var out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              int at = FLIPPED.indexOf(c);
              out.appendCodePoint(at >= 0 ? UPRIGHT.charAt(at) : c);
            });
    return out.reverse().toString();
  }

  /** Quoted-printable: soft line breaks dropped, "=4C" as its byte. */
  static String quotedPrintable(String text) {
    var soft = text.replaceAll("=\\r?\\n", "");
    var out = new StringBuilder();
    for (int i = 0; i < soft.length(); i++) {
      char c = soft.charAt(i);
      if (c == '='
          && i + 2 < soft.length()
          && soft.substring(i + 1, i + 3).matches("[0-9A-F]{2}")) {
        out.append((char) Integer.parseInt(soft.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static List<String> readable(String sent, List<String> forms) {
    var found = new LinkedHashSet<>(ChatRequestFifthHuntProbesTest.readable(sent, forms));
    var text = ChatRequestFourthHuntProbesTest.reading(sent);
    var reversed = new StringBuilder(text).reverse().toString();
    for (var reading : List.of(upright(text), quotedPrintable(text), braille(text), reversed)) {
      found.addAll(ChatRequestFifthHuntProbesTest.readable(body(null, user(reading)), forms));
    }
    return new ArrayList<>(found);
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt6-" + sessions++),
        ChatRequestSixthHuntProbesTest::readable);
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

  private static String said() {
    return user(SAID);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: request fields

  static Stream<HuntProbe> fields() {
    var said = said();
    return Stream.of(
        fresh(
            "prediction parts cutting a fresh phone",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":[{\"type\":\"text\","
                    + "\"text\":\"call back 617 555\"},{\"type\":\"text\",\"text\":\"0142\"}]}",
                user("hi")),
            "6175550142"),
        fresh(
            "prediction parts cutting a fresh name",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":[{\"type\":\"text\","
                    + "\"text\":\"Patient: Maren\"},{\"type\":\"text\",\"text\":\" Lindqvist\"}]}",
                user("hi")),
            "lindqvist"),
        fresh(
            "prediction content fresh",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":\"Dear Maren Lindqvist,"
                    + " your MRN 73820516\"}",
                user("hi")),
            "lindqvist",
            "73820516"),
        fresh(
            "stop entries cutting a fresh phone",
            body("\"stop\":[\"617 555\",\"0142\"]", user("hi")),
            "6175550142"),
        fresh(
            "web search city and region after the address",
            body(
                "\"web_search_options\":{\"search_context_size\":\"low\",\"user_location\":"
                    + "{\"type\":\"approximate\",\"approximate\":{\"city\":\"Medford\","
                    + "\"region\":\"Massachusetts\",\"country\":\"US\"}}}",
                said),
            "medford"),
        fresh(
            "web search city fresh",
            body(
                "\"web_search_options\":{\"user_location\":{\"type\":\"approximate\","
                    + "\"approximate\":{\"city\":\"Medford\",\"region\":\"MA\"}}}",
                user("hi")),
            "medford"),
        fresh(
            "web search timezone holding a name",
            body(
                "\"web_search_options\":{\"user_location\":{\"type\":\"approximate\","
                    + "\"approximate\":{\"timezone\":\"Maren Lindqvist\"}}}",
                said),
            "lindqvist"),
        fresh(
            "unknown top-level member",
            body("\"patient\":{\"name\":\"Maren Lindqvist\"}", user("hi")),
            "lindqvist"),
        fresh(
            "unknown member in a message",
            body(null, "{\"role\":\"user\",\"content\":\"hi\",\"x_caller\":\"Maren Lindqvist\"}"),
            "lindqvist"),
        fresh(
            "unknown member in a content part",
            body(
                null,
                "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\","
                    + "\"note\":\"Maren Lindqvist\"}]}"),
            "lindqvist"),
        fresh(
            "unknown member in a tool call",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                    + "\"function\":{\"name\":\"f\",\"arguments\":\"{}\","
                    + "\"note\":\"Maren Lindqvist\"}}]}"),
            "lindqvist"),
        fresh(
            "unknown member in a tool definition",
            body(
                "\"tools\":[{\"type\":\"function\",\"x_owner\":\"Maren Lindqvist\","
                    + "\"function\":{\"name\":\"f\",\"parameters\":{\"type\":\"object\"}}}]",
                said),
            "lindqvist"),
        fresh(
            "unknown member in a function",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\","
                    + "\"owner\":\"Maren Lindqvist 6175550142\","
                    + "\"parameters\":{\"type\":\"object\"}}}]",
                user("hi")),
            "lindqvist",
            "6175550142"),
        fresh(
            "unknown member in response format",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"note\":\"Maren Lindqvist\","
                    + "\"json_schema\":{\"name\":\"r\",\"schema\":{\"type\":\"object\"}}}",
                user("hi")),
            "lindqvist"),
        fresh(
            "unknown member in stream options",
            body("\"stream_options\":{\"include_usage\":true,\"tag\":\"6175550142\"}", said),
            "6175550142"),
        fresh(
            "schema examples of objects, fresh",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"schema\":{\"type\":\"object\",\"examples\":[{\"name\":\"Maren Lindqvist\","
                    + "\"dob\":\"1947-03-09\",\"mrn\":\"73820516\"}]}}}",
                user("hi")),
            "lindqvist",
            "19470309",
            "73820516"),
        fresh(
            "tool parameter default, fresh phone",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"call\","
                    + "\"description\":\"Calls the caller back\",\"parameters\":{\"type\":\"object\","
                    + "\"properties\":{\"to\":{\"type\":\"string\",\"default\":\"+1 617 555 0142\","
                    + "\"description\":\"defaults to Maren Lindqvist's cell\"}}}}}]",
                user("hi")),
            "6175550142",
            "lindqvist"),
        fresh(
            "legacy functions description, fresh",
            body(
                "\"functions\":[{\"name\":\"chart\",\"description\":\"open the chart of Maren"
                    + " Lindqvist, MRN 73820516\",\"parameters\":{\"type\":\"object\"}}]",
                user("hi")),
            "lindqvist",
            "73820516"),
        fresh(
            "legacy function_call arguments in a message",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"content\":null,\"function_call\":{\"name\":\"chart\","
                    + "\"arguments\":\"{\\\"patient\\\":\\\"Maren Lindqvist\\\",\\\"phone\\\":"
                    + "\\\"6175550142\\\"}\"}}",
                "{\"role\":\"function\",\"name\":\"chart\",\"content\":\"ok\"}"),
            "lindqvist",
            "6175550142"),
        fresh(
            "function message name",
            body(
                null,
                user("hi"),
                "{\"role\":\"function\",\"name\":\"Maren_Lindqvist\",\"content\":\"found\"}"),
            "lindqvist"),
        fresh(
            "message name with a diacritic and a cue-less surname",
            body(null, "{\"role\":\"user\",\"name\":\"Máren_Lindqvíst\",\"content\":\"hi\"}"),
            "lindqvist"),
        fresh(
            "assistant audio id",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"audio\":{\"id\":\"Maren Lindqvist\"}}",
                user("go on")),
            "lindqvist"),
        fresh(
            "audio output",
            body("\"audio\":{\"voice\":\"alloy\",\"format\":\"wav\"}", said),
            "lindqvist"),
        fresh(
            "tool choice naming the caller after saying",
            body(
                "\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"lindqvist\"}},"
                    + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lindqvist\"}}]",
                said),
            "lindqvist"),
        fresh(
            "metadata",
            body("\"metadata\":{\"patient\":\"Maren Lindqvist\"}", user("hi")),
            "lindqvist"),
        fresh(
            "safety identifier fresh",
            body("\"safety_identifier\":\"maren.lindqvist@example.net\"", user("hi")),
            "lindqvist"),
        fresh(
            "prompt cache key with a phone",
            body("\"prompt_cache_key\":\"caller-6175550142\"", user("hi")),
            "6175550142"));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: recurrences in another form

  static Stream<HuntProbe> recurrences() {
    return Stream.of(
            recurring("LINDQVIST called again", "lindqvist"),
            recurring("ms lindqvist called again", "lindqvist"),
            recurring("Dr. Lindqvist's note", "lindqvist"),
            recurring("Maren Lindqvist-Okafor", "lindqvist"),
            recurring("the Lindqvist-Okafor family", "lindqvist"),
            recurring("Lindquist called again", "lindqu"),
            recurring("Lindkvist called again", "lindkvist"),
            recurring("Lind qvist called again", "lindqvist"),
            recurring("M. LINDQVIST", "lindqvist"),
            recurring("LINDQVIST, MAREN", "lindqvist"),
            recurring("Mären Lindqvíst", "lindqvist"),
            recurring("maren", "maren"),
            recurring("MAREN", "maren"),
            recurring("six one seven five five five oh one four two", "6175550142"),
            recurring("sixty-one seven, five fifty-five, oh one forty-two", "5550142"),
            recurring("+1 (617) 555-0142 ext. 12", "6175550142"),
            recurring("16175550142", "6175550142"),
            recurring("617.555.0142", "6175550142"),
            recurring("its last four are 0142 and before that 555", "5550142"),
            recurring("MRN-73820516", "73820516"),
            recurring("mrn 0073820516", "73820516"),
            recurring("ref 73820516A", "73820516"),
            recurring("7382-0516", "73820516"),
            recurring("73 82 05 16", "73820516"),
            recurring("seven three eight two oh five one six", "73820516"),
            recurring("seventy-three eighty-two oh five sixteen", "73820516"),
            recurring("wxk-447-120", "447120"),
            recurring("W X K four four seven one two zero", "447120"),
            recurring("3/9/47", "3947"),
            recurring("09.03.1947", "09031947"),
            recurring("March 9th, '47", "march9"),
            recurring("born 1947-03-09T00:00:00Z", "19470309"),
            recurring("9 Mar 1947", "9mar1947"),
            recurring("the ninth of march, forty seven", "ninthofmarchfortyseven"),
            recurring("maren.lindqvist+clinic@example.net", "lindqvist"),
            recurring("MAREN.LINDQVIST@EXAMPLE.NET", "lindqvist"),
            recurring("mlindqvist@gmail.com", "lindqvist"),
            recurring("208 Tamarack Hollow Rd", "tamarack"),
            recurring("Tamarack Hollow", "tamarack"),
            recurring("two oh eight tamarack hollow road", "tamarack"),
            recurring("zip 02155-1234", "02155"),
            recurring("oh two one five five", "02155"),
            recurring("Medford", "medford"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: characters

  static Stream<HuntProbe> characters() {
    return Stream.of(
            everywhere(
                "zero-width joiners inside a name",
                "my name is Ma\u200dren Lind\u200dqvist",
                "lindqvist"),
            everywhere(
                "combining marks on a name", "my name is Mare\u0308n Li\u0301ndqvist", "lindqvist"),
            everywhere(
                "soft hyphen inside a name", "my name is Maren Lind\u00adqvist", "lindqvist"),
            everywhere("no-break space in a name", "my name is Maren\u00a0Lindqvist", "lindqvist"),
            everywhere(
                "ideographic spaces in a phone",
                "my phone is 617\u3000555\u30000142",
                "6175550142"),
            everywhere(
                "bidi override around a reversed name",
                "my name is \u202etsivqdniL neraM\u202c",
                "lindqvist"),
            everywhere("Greek look-alikes", "my name is \u039caren Lindqv\u03b9st", "lindqvist"),
            everywhere(
                "full-width name",
                "my name is \uff2d\uff41\uff52\uff45\uff4e \uff2c\uff49\uff4e\uff44\uff51\uff56\uff49\uff53\uff54",
                "lindqvist"),
            everywhere("upside-down name", "my name is ʇsᴉʌbpuᴉ˥ uǝɹɐW", "lindqvist"),
            everywhere("upside-down surname, no cue", "ʇsᴉʌbpuᴉ˥ uǝɹɐW called", "lindqvist"),
            everywhere("upside-down phone", "my phone is ᘔ𝟙0 9ƐƐ ㄥ𝟙9", "6175550142"),
            everywhere(
                "tag characters spelling a phone",
                "ok \udb40\udc36\udb40\udc31\udb40\udc37\udb40\udc35\udb40\udc35\udb40\udc35\udb40\udc30\udb40\udc31\udb40\udc34\udb40\udc32",
                "6175550142"),
            everywhere("emoji between digits", "phone 617🔥555🔥0142", "6175550142"),
            everywhere("superscript digits", "phone ⁶¹⁷⁵⁵⁵⁰¹⁴²", "6175550142"),
            everywhere("mixed digit scripts", "phone ٦١7 ५५5 0١4२", "6175550142"),
            everywhere("math italic name", "my name is 𝑀𝑎𝑟𝑒𝑛 𝐿𝑖𝑛𝑑𝑞𝑣𝑖𝑠𝑡", "lindqvist"),
            everywhere(
                "strikethrough combining",
                "my name is L\u0336i\u0336n\u0336d\u0336q\u0336v\u0336i\u0336s\u0336t\u0336",
                "lindqvist"),
            everywhere("fraction slash date", "dob 3\u20449\u20441947", "391947"),
            everywhere("vulgar fraction in a date", "dob ⅗/1947", "351947"),
            everywhere(
                "digits with combining keycap",
                "phone 6\u20e31\u20e37\u20e35\u20e35\u20e35\u20e30\u20e31\u20e34\u20e32\u20e3",
                "6175550142"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: content shapes

  static Stream<HuntProbe> shapes() {
    return Stream.of(
            everywhere(
                "YAML record",
                "patient:\n  name: Maren Lindqvist\n  dob: 1947-03-09\n  mrn: \"73820516\"\n"
                    + "  phone: 617-555-0142",
                "lindqvist",
                "19470309",
                "73820516",
                "6175550142"),
            everywhere(
                "XML attributes",
                "<patient family=\"Lindqvist\" given=\"Maren\" birthDate=\"1947-03-09\""
                    + " mrn=\"73820516\"/>",
                "lindqvist",
                "19470309",
                "73820516"),
            everywhere(
                "HL7 with carriage returns between segments",
                "MSH|^~\\&|EHR|HOSP|||202612051200||ADT^A01|1|P|2.5\rPID|1||73820516^^^HOSP^MR||"
                    + "LINDQVIST^MAREN||19470309|F|||208 TAMARACK HOLLOW RD^^MEDFORD^MA^02155||"
                    + "(617)555-0142",
                "lindqvist",
                "73820516",
                "19470309",
                "tamarack",
                "6175550142"),
            everywhere(
                "FHIR bundle",
                "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\","
                    + "\"name\":[{\"family\":\"Lindqvist\",\"given\":[\"Maren\"]}],"
                    + "\"birthDate\":\"1947-03-09\",\"telecom\":[{\"system\":\"phone\","
                    + "\"value\":\"617-555-0142\"}],\"identifier\":[{\"type\":{\"text\":\"MRN\"},"
                    + "\"value\":\"73820516\"}],\"address\":[{\"line\":[\"208 Tamarack Hollow Rd\"],"
                    + "\"city\":\"Medford\",\"postalCode\":\"02155\"}]}}]}",
                "lindqvist",
                "19470309",
                "6175550142",
                "73820516",
                "tamarack",
                "02155"),
            everywhere(
                "CSV with quoted cells holding commas",
                "name,address,phone\n\"Lindqvist, Maren\",\"208 Tamarack Hollow Rd, Medford, MA"
                    + " 02155\",6175550142",
                "lindqvist",
                "tamarack",
                "02155",
                "6175550142"),
            everywhere(
                "query string",
                "name=Maren+Lindqvist&dob=1947-03-09&mrn=73820516",
                "lindqvist",
                "19470309",
                "73820516"),
            everywhere(
                "URL with the name in its path",
                "see https://ehr.example.org/patients/Maren-Lindqvist?dob=1947-03-09",
                "lindqvist",
                "19470309"),
            everywhere(
                "URL without a scheme",
                "ehr.example.org/patients/maren-lindqvist/mrn/73820516",
                "lindqvist",
                "73820516"),
            everywhere(
                "JWT-like blob",
                "Bearer eyJhbGciOiJIUzI1NiJ9."
                    + ChatRequestFifthHuntProbesTest.base64(
                            "{\"sub\":\"Maren Lindqvist\",\"mrn\":\"73820516\"}")
                        .replace("=", "")
                    + ".c2lnbmF0dXJl",
                "lindqvist",
                "73820516"),
            everywhere(
                "quoted-printable soft break inside a name",
                "Patient: Maren Lind=\r\nqvist, phone 617-555-=\r\n0142",
                "lindqvist",
                "6175550142"),
            everywhere(
                "diff of label lines",
                "- phone: 617 555 0100\n+ phone: 617 555 0142\n+ mrn: 73820516",
                "6175550142",
                "73820516"),
            everywhere(
                "Python repr with a date call",
                "Patient(name='Maren Lindqvist', dob=datetime.date(1947, 3, 9), mrn=73820516)",
                "lindqvist",
                "194739",
                "73820516"),
            everywhere(
                "JSON with the name as a key",
                "{\"Maren Lindqvist\": {\"dob\": \"1947-03-09\"}}",
                "lindqvist",
                "19470309"),
            everywhere(
                "markdown table with the name split by emphasis",
                "| Patient | Phone |\n|---|---|\n| Maren **Lind**qvist | 617 555 0142 |",
                "lindqvist",
                "6175550142"),
            everywhere(
                "xxd hex dump",
                "00000000: 4d61 7265 6e20 4c69 6e64 7176 6973 7420  Maren Lindqvist ",
                "lindqvist"),
            everywhere(
                "HTML attribute title",
                "<a title=\"Maren Lindqvist, 617-555-0142\" href=\"#\">caller</a>",
                "lindqvist",
                "6175550142"),
            everywhere(
                "Markdown image alt and link title",
                "![Maren Lindqvist](x.png \"MRN 73820516\")",
                "lindqvist",
                "73820516"),
            everywhere(
                "SQL date literal",
                "UPDATE patients SET dob = DATE '1947-03-09' WHERE mrn = 73820516",
                "19470309",
                "73820516"),
            everywhere(
                "key=value with spaces in a log line",
                "level=info caller=\"Maren Lindqvist\" phone=6175550142 mrn=73820516",
                "lindqvist",
                "6175550142",
                "73820516"),
            everywhere(
                "spoken zip after a street",
                "I live at two oh eight tamarack hollow road medford zip oh two one five five",
                "tamarack",
                "02155"),
            everywhere(
                "Italian digit words",
                "il mio numero è sei uno sette cinque cinque cinque zero uno quattro due",
                "6175550142"),
            everywhere(
                "Portuguese digit words",
                "meu telefone é seis um sete cinco cinco cinco zero um quatro dois",
                "6175550142"),
            everywhere(
                "a two-digit year after a birth cue",
                "date of birth march ninth forty seven",
                "march"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 5: glued identifiers, turned text, e-mail encodings

  static Stream<HuntProbe> round5() {
    return Stream.of(
            everywhere("a phone glued by a hyphen", "ref caller-6175550142", "6175550142"),
            everywhere("a phone glued by a dot", "ref caller.6175550142", "6175550142"),
            everywhere("a phone glued by a colon", "ref tel:+16175550142", "6175550142"),
            everywhere("a phone glued by a slash", "ref callers/6175550142", "6175550142"),
            everywhere("a phone glued by a hash", "ref caller#6175550142", "6175550142"),
            everywhere("a phone glued to a letter", "ref p6175550142", "6175550142"),
            everywhere("a phone glued to a word", "ref callback6175550142", "6175550142"),
            everywhere("an mrn glued by a hyphen", "chart mrn-73820516-a", "73820516"),
            recurring("caller-6175550142", "6175550142"),
            recurring("session-73820516-x", "73820516"),
            recurring("ʇsᴉʌbpuᴉ˥", "lindqvist"),
            recurring("ʇsᴉʌbpuᴉꞁ ɯɐ,ɐɯ", "lindqvist"),
            recurring("Lind=\r\nqvist called", "lindqvist"),
            recurring("617555=\r\n0142", "6175550142"),
            recurring("Lindqv=C3=ADst called", "lindqv"),
            everywhere(
                "quoted-printable UTF-8 in a name",
                "From: Maren Lindqv=C3=ADst <x@example.net>\nmy number 617 555 0142",
                "lindqv",
                "6175550142"),
            everywhere(
                "variation selectors between digits",
                "phone 6\ufe0f1\ufe0f7\ufe0f555\ufe0f0142",
                "6175550142"),
            everywhere("invisible separators", "phone 617\u2063555\u20620142", "6175550142"),
            everywhere(
                "segmented digits",
                "phone \ud83e\udff6\ud83e\udff1\ud83e\udff7 555 0142",
                "6175550142"),
            everywhere(
                "enclosing circles",
                "my name is L\u20ddi\u20ddn\u20ddd\u20ddq\u20ddv\u20ddi\u20dds\u20ddt\u20dd",
                "lindqvist"),
            everywhere(
                "hundreds said",
                "my number is six hundred seventeen, five fifty five, zero one four two",
                "5550142"),
            everywhere(
                "groups in members", "{\"first\":\"617 555\",\"second\":\"0142\"}", "6175550142"),
            everywhere("a phone over a value and a unit", "call 617 555 0142 now", "6175550142"),
            Stream.of(
                fresh(
                    "a number cut between system and user",
                    body(
                        null,
                        message("system", "the caller's number starts 617 555"),
                        user("0142")),
                    "6175550142"),
                fresh(
                    "a name cut between two tool results",
                    body(null, user("look"), toolResult("surname: Lind"), message("tool", "qvist")),
                    "lindqvist"),
                fresh(
                    "tool description with a table",
                    body(
                        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\","
                            + "\"description\":\"| name | mrn |\\n|---|---|\\n| Maren Lindqvist | 73820516 |\","
                            + "\"parameters\":{\"type\":\"object\"}}}]",
                        user("hi")),
                    "lindqvist",
                    "73820516"),
                fresh(
                    "enum entries cutting a phone",
                    body(
                        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\","
                            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\","
                            + "\"enum\":[\"617 555\",\"0142\"]}}}}}]",
                        user("hi")),
                    "6175550142")))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> round6() {
    return Stream.of(
            everywhere(
                "CDATA",
                "<name><![CDATA[Maren Lindqvist]]></name><mrn><![CDATA[73820516]]></mrn>",
                "lindqvist",
                "73820516"),
            everywhere(
                "dot leaders",
                "Name.........Maren Lindqvist\nDOB..........03/09/1947\nMRN..........73820516",
                "lindqvist",
                "03091947",
                "73820516"),
            everywhere(
                "underscore leaders",
                "Name ________ Maren Lindqvist\nMRN _________ 73820516",
                "lindqvist",
                "73820516"),
            everywhere(
                "abbreviated keys",
                "{\"fn\":\"Maren\",\"ln\":\"Lindqvist\",\"pn\":\"617 555 0142\"}",
                "lindqvist",
                "6175550142"),
            everywhere(
                "abbreviated columns",
                "{\"fname\":\"Maren\",\"lname\":\"Lindqvist\",\"mname\":\"Ann\"}",
                "lindqvist"),
            everywhere("spelled cue", "my m r n is 7 3 8 2 0 5 1 6", "73820516"),
            everywhere("dotted cue", "M.R.N. 73820516", "73820516"),
            everywhere(
                "spoken mrn with a pause",
                "medical record number seven three eight two, oh five one six",
                "73820516"),
            everywhere(
                "ordinal month",
                "my date of birth is the ninth of the third forty seven",
                "ninthofthethird"),
            everywhere(
                "data URI percent",
                "data:text/plain,Maren%20Lindqvist%20MRN%2073820516",
                "lindqvist",
                "73820516"),
            everywhere(
                "URL with percent-encoded name",
                "https://ehr.example.org/p/Maren%20Lindqvist",
                "lindqvist"),
            everywhere(
                "link with PHI in the query",
                "[chart](https://ehr.example.org/?mrn=73820516&name=Lindqvist)",
                "73820516",
                "lindqvist"),
            everywhere(
                "code comment",
                "// TODO call Maren Lindqvist back on 6175550142",
                "lindqvist",
                "6175550142"),
            everywhere(
                "a quoted CSV header",
                "\"Last Name\",\"DOB\",\"MRN\"\n\"Lindqvist\",\"03/09/1947\",\"73820516\"",
                "lindqvist",
                "03091947",
                "73820516"),
            everywhere(
                "TSV", "last\tfirst\tmrn\nLindqvist\tMaren\t73820516", "lindqvist", "73820516"),
            everywhere(
                "roster line",
                "Lindqvist, Maren  F  03/09/1947  MRN 73820516",
                "lindqvist",
                "73820516"),
            recurring("030947", "030947"),
            recurring("47-03-09", "470309"),
            recurring("9-Mar-47", "9mar47"),
            recurring("two hundred eight tamarack hollow", "tamarack"),
            recurring("maren_lindqvist", "lindqvist"),
            recurring("https://ehr.example.org/p/Maren%20Lindqvist", "lindqvist"),
            recurring("LindqvÃ\u00adst called", "lindqv"),
            recurring("Lindqvist\u2019s file", "lindqvist"),
            recurring("MS. LINDQVIST\u2019S FILE", "lindqvist"),
            recurring("l i n d q v i s t", "lindqvist"),
            recurring("the lindqvists", "lindqvist"),
            recurring("lind-qvist", "lindqvist"),
            Stream.of(
                new HuntProbe(
                    "mojibake of a name with a diacritic",
                    List.of(body(null, user("my name is José Núñez"))),
                    body(null, user("JosÃ© NÃºÃ±ez called")),
                    List.of("nunez", "jose")),
                new HuntProbe(
                    "the name without diacritics",
                    List.of(body(null, user("my name is José Núñez"))),
                    body(null, user("JOSE NUNEZ called")),
                    List.of("nunez")),
                new HuntProbe(
                    "an assistant saying the surname first",
                    List.of(),
                    body(
                        null,
                        user("hi"),
                        assistant("Thanks, I have Lindqvist, Maren, born 03/09/1947"),
                        user("yes")),
                    List.of("lindqvist", "03091947")),
                new HuntProbe(
                    "a value said in a tool result, recurring in the user turn",
                    List.of(),
                    body(
                        null,
                        user("look me up"),
                        toolResult("{\"patient\":{\"family\":\"Lindqvist\"}}"),
                        user("yes lindqvist is right")),
                    List.of("lindqvist"))))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> round7() {
    return Stream.of(
            everywhere(
                "C-CDA birth time",
                "<patient><name><given>Maren</given><family>Lindqvist</family></name><administrativeGenderCode code=\"F\"/><birthTime value=\"19470309\"/></patient>",
                "lindqvist",
                "19470309"),
            everywhere(
                "X12 DMG segment",
                "NM1*IL*1*LINDQVIST*MAREN****MI*WXK447120~DMG*D8*19470309*F~",
                "lindqvist",
                "19470309",
                "447120"),
            everywhere(
                "DICOM tags",
                "(0010,0010) PN [Lindqvist^Maren]\n(0010,0020) LO [73820516]\n(0010,0030) DA [19470309]",
                "lindqvist",
                "73820516",
                "19470309"),
            everywhere(
                "LDIF",
                "dn: cn=Maren Lindqvist,ou=patients\ncn: Maren Lindqvist\ntelephoneNumber: +1 617 555 0142",
                "lindqvist",
                "6175550142"),
            everywhere("br between groups", "call 617<br>555<br>0142", "6175550142"),
            everywhere(
                "SRT cues cutting a number",
                "1\n00:00:01,000 --> 00:00:03,000\nmy number is 617\n\n2\n00:00:03,500 --> 00:00:05,000\n555 0142",
                "6175550142"),
            everywhere(
                "WebVTT cues cutting a number",
                "WEBVTT\n\n00:01.000 --> 00:03.000\n<v Caller>my number is 617 555\n\n00:03.500 --> 00:05.000\n<v Caller>0142",
                "6175550142"),
            everywhere(
                "word timestamps",
                "[00:01.2] six [00:01.5] one [00:01.7] seven [00:02.0] five [00:02.2] five [00:02.4] five [00:02.9] zero [00:03.1] one [00:03.3] four [00:03.5] two",
                "6175550142"),
            everywhere(
                "HL7 escapes in a name",
                "PID|1||73820516^^^HOSP^MR||LINDQVIST\\S\\MAREN||19470309",
                "lindqvist",
                "73820516",
                "19470309"),
            everywhere("MRN with a letter O", "mrn 7382O516", "73820516"),
            everywhere("phone with a letter I", "call me at 6I7 555 OI42", "6175550142"),
            everywhere(
                "JSON lines with a cut",
                "{\"t\":\"my number is 617\"}\n{\"t\":\"555 0142\"}",
                "6175550142"),
            everywhere(
                "a name in a JSON key of a record",
                "{\"patients\":{\"Lindqvist, Maren\":{\"mrn\":\"73820516\"}}}",
                "lindqvist",
                "73820516"),
            recurring("7382O516", "73820516"),
            recurring("LINDQVIST\\S\\MAREN", "lindqvist"),
            recurring("D8*19470309", "19470309"))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> all() {
    return Stream.of(
            fields(),
            recurrences(),
            characters(),
            shapes(),
            round5(),
            round6(),
            round7(),
            closedByCodes(),
            closedByBraille())
        .flatMap(s -> s);
  }

  /**
   * Probes of the classes ADR 20 leaves open, each for a reason it gives: they still leak, and this
   * says so, so that the ADR stays true (a fix moves them to the probes above).
   */
  static Stream<HuntProbe> stillOpen() {
    return Stream.of(
            // ASCII letters and signs written as quoted-printable escapes: no encoder writes them
            // so (it escapes "=" and non-ASCII bytes only), and "mrn=52930471" is a pair, not an R.
            everywhere(
                "quoted-printable escapes of ASCII letters",
                "Patient: Maren =4Cindqvist, phone 617=2D555=2D0142",
                "lindqvist",
                "6175550142"),
            Stream.of(
                // The user field is an identifier the model never reads beside the turn; a value
                // cut between it and the turn is a client bent on leaking.
                fresh(
                    "a phone cut between the user field and content",
                    body("\"user\":\"617 555\"", user("0142")),
                    "6175550142")))
        .flatMap(s -> s);
  }

  /**
   * A probe this hunt left open (Braille, a client's encoding like Morse) that the tenth outside
   * hunt closed (ADR 28): a stretch of Braille letters is read in place as Latin letters.
   */
  static Stream<HuntProbe> closedByBraille() {
    return everywhere("Braille name", "my name is ⠍⠁⠗⠑⠝ ⠇⠊⠝⠙⠟⠧⠊⠎⠞", "lindqvist");
  }

  /**
   * Probes this hunt left open that the tenth round of issue 11 closed the same day: a code of
   * seven digits or more standing alone is masked whatever its cue (ADR 21).
   */
  static Stream<HuntProbe> closedByCodes() {
    return Stream.of(
            everywhere("a compact date glued to a name", "key lindqvist-19470309", "19470309"),
            everywhere(
                "a C-CDA id extension",
                "<patientRole><id root=\"2.16.840.1.113883.19.5\" extension=\"73820516\"/>"
                    + "</patientRole>",
                "73820516"),
            everywhere("an MRN under the key mr", "{\"mr\":\"73820516\"}", "73820516"))
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

  @Test
  void there_are_at_least_seven_hundred_probes() {
    assertThat(all().count()).isGreaterThanOrEqualTo(700);
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
    var probe =
        fresh(
            "the call",
            body(null, user(SAID)),
            "lindqvist",
            "maren",
            "6175550142",
            "73820516",
            "447120",
            "03091947",
            "tamarackhollow",
            "02155");
    assertThat(leak(probe)).isNull();
  }

  /** Ordinary text in the shapes the probes use: no token. */
  static final List<String> ORDINARY =
      List.of(
          "ref order-1234567 shipped",
          "sku ABC-7654321-X is back in stock",
          "the digest is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
          "release v2.1.0-rc7 is out",
          "ɥǝllo ʍoɹlp",
          "the word is pronounced /ˈɹʌnɪŋ/",
          "Ɔdɔ yɛ dɛ",
          "caf=C3=A9 au lait, x=52 and y=C3",
          "<note><![CDATA[take 2 tablets]]></note>",
          "Dose.........20 mg\nTimes........2\nRoute.......oral",
          "\"drug\",\"dose\"\n\"aspirin, low dose\",\"81 mg\"",
          "<dose value=\"20\" unit=\"mg\"/>",
          "(0008,0060) CS [MR]\n(0018,0050) DS [5.0]",
          "rows 1<br>2<br>3",
          "{\"first\":\"12 34\",\"second\":\"5\"}",
          "the fn key and the ln button",
          "¿Cómo está? ¡Muy bien!");

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain6-" + sessions++);
                      var request = ChatRequest.parse(body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                    }));
  }

  @Test
  void stop_entries_and_prediction_parts_without_a_value_pass_as_they_are() {
    var text =
        body(
            "\"stop\":[\"END\",\"\\n\\n\"],\"prediction\":{\"type\":\"content\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"Your visit is \"},"
                + "{\"type\":\"text\",\"text\":\"on Monday\"}]}",
            user("hi"));
    var request = ChatRequest.parse(text);
    assertThat(request.mask(TextMask.of(MASKER, "agt_test/plain6-stop"), RequestRules.DEFAULT))
        .isInstanceOf(ChatRequest.Masking.Masked.class);
    assertThat(request.toJson()).isEqualTo(ChatRequest.parse(text).toJson());
  }

  @Test
  void a_stop_entry_a_token_swallowed_is_dropped() {
    var request = ChatRequest.parse(body("\"stop\":[\"617 555\",\"0142\",\"END\"]", user("hi")));
    request.mask(TextMask.of(MASKER, "agt_test/plain6-stop2"), RequestRules.DEFAULT);
    var sent = request.toJson();
    assertThat(sent).doesNotContain("0142").contains("\"END\"");
    assertThat(ChatFixtures.tokens(sent)).hasSize(1);
  }
}
