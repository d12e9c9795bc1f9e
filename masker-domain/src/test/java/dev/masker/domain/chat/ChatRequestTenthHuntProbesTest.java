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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a tenth outside leak hunt (ADR 28): unusual characters (other scripts' digits,
 * mathematical letters, tag characters, bidi controls, Morse, ROT13, pig latin), content shapes
 * (values cut across parts, messages, names and roles; the fields voice platforms add; numbers as
 * JSON numbers; very long texts and deep nesting), what a tired transcriber writes (homophones of
 * digits, hundreds, letters said as words), and recurrences after the platform trimmed its history.
 * What would go upstream is read as the seventh hunt read it (ADR 22), and also with NFKC, tag
 * characters as ASCII, Morse decoded, ROT13 turned back, Braille digits read and pig latin undone.
 */
class ChatRequestTenthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hello, this is Ysolde Pemberthy, date of birth 11/06/1968, my phone is 208 555 0139,"
          + " MRN 64820375, member id ZKP730194, email ysolde.pemberthy@example.com,"
          + " I live at 4419 Thistledown Crescent, Pocatello, ID 83201";

  /** The forms of every planted value a reader must not find. */
  static final String[] ALL = {
    "pemberthy", "ysolde", "2085550139", "64820375", "730194", "11061968", "83201", "thistledown"
  };

  static final String NAME = "pemberthy";
  static final String FIRST = "ysolde";
  static final String PHONE = "2085550139";
  static final String MRN = "64820375";
  static final String MEMBER = "730194";
  static final String DOB = "11061968";
  static final String ZIP = "83201";
  static final String STREET = "thistledown";

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  /** What a reader finds of the forms in what is sent: the seventh hunt's readings and more. */
  static List<String> readable(String sent, List<String> forms) {
    var found = new LinkedHashSet<>(ChatRequestSeventhHuntProbesTest.readable(sent, forms));
    var text = ChatRequestFourthHuntProbesTest.reading(sent);
    for (var reading :
        List.of(
            Normalizer.normalize(text, Normalizer.Form.NFKC),
            tagsAsAscii(text),
            morse(text),
            rot13(text),
            brailleDigits(text),
            pigLatinUndone(text))) {
      if (!reading.equals(text)) {
        found.addAll(ChatRequestSeventhHuntProbesTest.readable(body(null, user(reading)), forms));
      }
    }
    return new ArrayList<>(found);
  }

  /** Braille's number sign and the cells for a to j after it as the digits 1 to 0. */
  static String brailleDigits(String text) {
    var letters = "\u2801\u2803\u2809\u2819\u2811\u280B\u281B\u2813\u280A\u281A";
    var out = new StringBuilder();
    boolean number = false;
    for (char c : text.toCharArray()) {
      int at = letters.indexOf(c);
      if (c == '\u283C') {
        number = true;
      } else if (number && at >= 0) {
        out.append((char) ('0' + (at + 1) % 10));
      } else {
        number = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  static String tagsAsAscii(String text) {
    var out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c >= 0xE0020 && c <= 0xE007E) {
                out.append((char) (c - 0xE0000));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  private static final Map<String, String> MORSE =
      Map.ofEntries(
          Map.entry(".-", "a"),
          Map.entry("-...", "b"),
          Map.entry("-.-.", "c"),
          Map.entry("-..", "d"),
          Map.entry(".", "e"),
          Map.entry("..-.", "f"),
          Map.entry("--.", "g"),
          Map.entry("....", "h"),
          Map.entry("..", "i"),
          Map.entry(".---", "j"),
          Map.entry("-.-", "k"),
          Map.entry(".-..", "l"),
          Map.entry("--", "m"),
          Map.entry("-.", "n"),
          Map.entry("---", "o"),
          Map.entry(".--.", "p"),
          Map.entry("--.-", "q"),
          Map.entry(".-.", "r"),
          Map.entry("...", "s"),
          Map.entry("-", "t"),
          Map.entry("..-", "u"),
          Map.entry("...-", "v"),
          Map.entry(".--", "w"),
          Map.entry("-..-", "x"),
          Map.entry("-.--", "y"),
          Map.entry("--..", "z"),
          Map.entry("-----", "0"),
          Map.entry(".----", "1"),
          Map.entry("..---", "2"),
          Map.entry("...--", "3"),
          Map.entry("....-", "4"),
          Map.entry(".....", "5"),
          Map.entry("-....", "6"),
          Map.entry("--...", "7"),
          Map.entry("---..", "8"),
          Map.entry("----.", "9"));

  static String morse(String text) {
    var out = new StringBuilder();
    for (var word :
        text.replace('\u2013', '-')
            .replace('_', '-')
            .replace('\u2022', '.')
            .replace('\u00B7', '.')
            .split("\\s+")) {
      var letter = MORSE.get(word);
      out.append(letter != null ? letter : " " + word + " ");
    }
    return out.toString();
  }

  static String rot13(String text) {
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        out.append((char) ('a' + (c - 'a' + 13) % 26));
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) ('A' + (c - 'A' + 13) % 26));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Each word ending in "ay" read back with its last one to three letters moved to the front. */
  static String pigLatinUndone(String text) {
    var out = new StringBuilder();
    for (var word : text.split("[^\\p{L}]+")) {
      var lower = word.toLowerCase();
      if (lower.length() > 5 && lower.endsWith("ay")) {
        var base = lower.substring(0, lower.length() - 2);
        for (int k = 1; k <= 3; k++) {
          out.append(base.substring(base.length() - k))
              .append(base, 0, base.length() - k)
              .append(' ');
        }
      }
    }
    return out.toString();
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt10-" + sessions++),
        ChatRequestTenthHuntProbesTest::readable);
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

  /** Each ASCII letter and digit of {@code text} moved into the block starting at a and 0. */
  static String shifted(String text, int upper, int lower, int digit) {
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c >= 'A' && c <= 'Z' && upper >= 0) {
        out.appendCodePoint(upper + (c - 'A'));
      } else if (c >= 'a' && c <= 'z' && lower >= 0) {
        out.appendCodePoint(lower + (c - 'a'));
      } else if (c >= '0' && c <= '9' && digit >= 0) {
        out.appendCodePoint(digit + (c - '0'));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String digitsIn(String text, int zero) {
    return shifted(text, -1, -1, zero);
  }

  static String tags(String text) {
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.appendCodePoint(0xE0000 + c);
    }
    return out.toString();
  }

  static String between(String text, String mark) {
    var out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i));
      if (i < text.length() - 1 && text.charAt(i) != ' ') {
        out.append(mark);
      }
    }
    return out.toString();
  }

  static String morseOf(String text) {
    var back = new java.util.HashMap<Character, String>();
    MORSE.forEach((code, letter) -> back.put(letter.charAt(0), code));
    var out = new ArrayList<String>();
    for (char c : text.toLowerCase().toCharArray()) {
      out.add(c == ' ' ? "/" : back.get(c));
    }
    return String.join(" ", out);
  }

  static String superscript(String digits) {
    var sup = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    var out = new StringBuilder();
    for (char c : digits.toCharArray()) {
      out.append(Character.isDigit(c) ? sup.charAt(c - '0') : c);
    }
    return out.toString();
  }

  static String keycaps(String digits) {
    var out = new StringBuilder();
    for (char c : digits.toCharArray()) {
      out.append(Character.isDigit(c) ? c + "\uFE0F\u20E3" : String.valueOf(c));
    }
    return out.toString();
  }

  static String circled(String digits) {
    var out = new StringBuilder();
    for (char c : digits.toCharArray()) {
      out.appendCodePoint(c == '0' ? 0x24EA : c >= '1' && c <= '9' ? 0x2460 + (c - '1') : c);
    }
    return out.toString();
  }

  static String parenthesised(String digits) {
    var out = new StringBuilder();
    for (char c : digits.toCharArray()) {
      out.appendCodePoint(c >= '1' && c <= '9' ? 0x2474 + (c - '1') : c);
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: unusual characters

  static Stream<HuntProbe> characters() {
    return Stream.of(
            everywhere(
                "fullwidth letters after a cue",
                "my name is " + shifted("Ysolde Pemberthy", 0xFF21, 0xFF41, 0xFF10),
                NAME),
            everywhere(
                "a fullwidth phone", "call me at " + digitsIn("208-555-0139", 0xFF10), PHONE),
            everywhere(
                "a name in mathematical bold",
                "patient " + shifted("Ysolde Pemberthy", 0x1D400, 0x1D41A, 0x1D7CE),
                NAME),
            everywhere(
                "a name in mathematical italic",
                "this is "
                    + shifted("Ysolde Pemberthy", 0x1D434, 0x1D44E, -1)
                        .replace("\uD835\uDC55", "\u210E"),
                NAME),
            everywhere(
                "a name in monospace after its label",
                "Name: " + shifted("Ysolde Pemberthy", 0x1D670, 0x1D68A, 0x1D7F6),
                NAME),
            everywhere(
                "an MRN in double-struck digits", "MRN " + digitsIn("64820375", 0x1D7D8), MRN),
            everywhere(
                "a phone in monospace digits", "phone " + digitsIn("208 555 0139", 0x1D7F6), PHONE),
            everywhere(
                "a phone in superscript digits", "cell " + superscript("208-555-0139"), PHONE),
            everywhere("an MRN in subscript digits", "MRN " + digitsIn("64820375", 0x2080), MRN),
            everywhere("a phone in circled digits", "phone " + circled("208 555 0139"), PHONE),
            everywhere(
                "an MRN in parenthesised digits",
                "MRN " + parenthesised("64820375").replace("0", "\u24EA"),
                MRN),
            everywhere(
                "a phone in Arabic-Indic digits",
                "my number is " + digitsIn("208 555 0139", 0x0660),
                PHONE),
            everywhere(
                "a phone in Persian digits", "number " + digitsIn("2085550139", 0x06F0), PHONE),
            everywhere("an MRN in Devanagari digits", "MRN " + digitsIn("64820375", 0x0966), MRN),
            everywhere(
                "a birth date in Bengali digits",
                "date of birth " + digitsIn("11/06/1968", 0x09E6),
                DOB),
            everywhere(
                "a phone in Thai digits", "phone " + digitsIn("208-555-0139", 0x0E50), PHONE),
            everywhere("a phone in keycap emoji", "text me " + keycaps("2085550139"), PHONE),
            everywhere(
                "a record smuggled in tag characters",
                "hello" + tags("Patient Ysolde Pemberthy MRN 64820375 phone 2085550139"),
                NAME,
                MRN,
                PHONE),
            everywhere(
                "a phone smuggled in tag characters after its cue",
                "my phone is " + tags("208-555-0139"),
                PHONE),
            everywhere(
                "a phone reversed by a right-to-left override",
                "phone \u202E9310-555-802\u202C",
                PHONE),
            everywhere(
                "a surname reversed by an override after its cue",
                "my name is Ysolde \u202Eyhtrebmep\u202C",
                NAME),
            everywhere(
                "an MRN inside isolates",
                "MRN \u2067\u2066648\u2069\u2066203\u2069\u2066 75\u2069\u2069",
                MRN),
            everywhere(
                "combining marks stacked on a name",
                "this is Y\u0301\u0308so\u0323lde P\u0300e\u0301m\u0302ber\u0327thy",
                NAME),
            everywhere(
                "combining marks stacked on digits",
                "call 2\u03030\u03038 5\u03305\u03305 0\u03061\u030639",
                PHONE),
            everywhere(
                "variation selectors between digits",
                "phone 2\uFE0E0\uFE0F8\uFE015\uFE0E55 0\uFE0F139",
                PHONE),
            everywhere(
                "invisible times and separators in a phone", "call 208\u2062555\u20630139", PHONE),
            everywhere(
                "invisible function application in a name",
                "name: Pem\u2061ber\u2064thy, Ysolde",
                NAME),
            everywhere("a Hangul filler in a surname", "my surname is Pem\u3164berthy", NAME),
            everywhere("word joiners in an MRN", "MRN 648\u206020\u2060375", MRN),
            everywhere(
                "an NFD name with accents", "this is Ysold\u0065\u0301 Pe\u0301mberthy", NAME),
            everywhere(
                "a surname in Braille",
                "name in braille \u280F\u2811\u280D\u2803\u2811\u2817\u281E\u2813\u283D",
                NAME),
            everywhere("a name in Morse", "morse: " + morseOf("ysolde pemberthy"), NAME),
            everywhere("a phone in Morse", "phone in morse " + morseOf("2085550139"), PHONE),
            everywhere("a name in ROT13", "rot13 name: " + rot13("Ysolde Pemberthy"), NAME),
            everywhere(
                "a record in ROT13", rot13("Patient Ysolde Pemberthy, phone two zero eight"), NAME),
            everywhere("leetspeak after a cue", "my name is Y5old3 P3mb3r7hy", NAME),
            everywhere(
                "a surname backwards after its cue", "my last name backwards is yhtrebmep", NAME),
            everywhere("a surname in pig latin", "in pig latin I am Ysolde-ay Embertypay", NAME),
            everywhere("syllables split by hyphens", "this is Ysolde Pem-ber-thy", NAME),
            everywhere("syllables split by dots", "my name is Ysolde Pem.ber.thy", NAME),
            everywhere(
                "a phone in fullwidth with ideographic spaces",
                "tel\u3000" + digitsIn("208\u3000555\u30000139", 0xFF10),
                PHONE),
            everywhere(
                "mixed scripts of digits in one phone",
                "phone "
                    + digitsIn("208", 0x0660)
                    + " "
                    + digitsIn("555", 0x0966)
                    + " "
                    + digitsIn("0139", 0x0E50),
                PHONE),
            everywhere(
                "a member id in fullwidth",
                "member id " + shifted("ZKP730194", 0xFF21, 0xFF41, 0xFF10),
                MEMBER),
            everywhere(
                "an e-mail in mathematical sans",
                "email " + shifted("ysolde.pemberthy", 0x1D5A0, 0x1D5BA, 0x1D7E2) + "@example.com",
                NAME),
            everywhere(
                "a ZIP in circled digits after its town", "Pocatello, ID " + circled("83201"), ZIP))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> charactersRecurring() {
    return Stream.of(
            recurring(shifted("PEMBERTHY", 0xFF21, 0xFF41, 0xFF10), NAME),
            recurring(shifted("Pemberthy", 0x1D400, 0x1D41A, 0x1D7CE), NAME),
            recurring(digitsIn("0139", 0x0660) + " " + digitsIn("2085550139", 0x0660), PHONE),
            recurring(superscript("64820375"), MRN),
            recurring("Pemberthy" + tags(" 2085550139"), PHONE),
            recurring(tags("Pemberthy"), NAME),
            recurring("\u202Eyhtrebmep\u202C", NAME),
            recurring(rot13("Pemberthy"), NAME),
            recurring(morseOf("pemberthy"), NAME),
            recurring("Embertypay", NAME),
            recurring("P3mb3rthy", NAME),
            recurring("Pem\u00ADber\u00ADthy", NAME),
            recurring(keycaps("64820375"), MRN),
            recurring(circled("2085550139"), PHONE),
            recurring("Ysold\u0065\u0301", FIRST),
            recurring("\u280F\u2811\u280D\u2803\u2811\u2817\u281E\u2813\u283D", NAME))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: content shapes

  static String parts(String... texts) {
    var out = new ArrayList<String>();
    for (var t : texts) {
      out.add("{\"type\":\"text\",\"text\":" + quoted(t) + "}");
    }
    return "[" + String.join(",", out) + "]";
  }

  static String named(String role, String name, String text) {
    return "{\"role\":\""
        + role
        + "\",\"name\":"
        + quoted(name)
        + ",\"content\":"
        + quoted(text)
        + "}";
  }

  static String longText(int before, String value) {
    var filler = "The clinic opens at nine and the parking lot is behind the building. ";
    var out = new StringBuilder();
    while (out.length() < before) {
      out.append(filler);
    }
    return out.append(value).append(' ').append(filler.repeat(5)).toString();
  }

  static String nested(int depth, String inner) {
    var out = inner;
    for (int i = 0; i < depth; i++) {
      out = "{\"level" + i + "\":" + out + "}";
    }
    return out;
  }

  static Stream<HuntProbe> shapes() {
    var said = user(SAID);
    return Stream.of(
        fresh(
            "a phone split across two text parts",
            body(
                null,
                "{\"role\":\"user\",\"content\":" + parts("my phone is 208 555", "0139") + "}"),
            PHONE),
        fresh(
            "a surname split across two text parts",
            body(
                null,
                "{\"role\":\"user\",\"content\":" + parts("this is Ysolde Pem", "berthy") + "}"),
            NAME),
        fresh(
            "a phone split across two user messages",
            body(null, user("my phone is 208 555"), user("0139")),
            PHONE),
        fresh(
            "an MRN split across two user messages",
            body(null, user("MRN 6482"), user("0375")),
            MRN),
        fresh(
            "a phone split across a message's name and its content",
            body(null, named("user", "208555", "0139 is my number")),
            PHONE),
        fresh(
            "a name in a message's name field",
            body(null, named("user", "Ysolde_Pemberthy", "hi")),
            NAME),
        fresh(
            "a phone begun by the assistant and ended by the user",
            body(null, user("call me back"), assistant("Is it 208 555?"), user("0139")),
            PHONE),
        fresh(
            "a surname begun by the assistant and ended by the user",
            body(null, assistant("Your surname is Pem...?"), user("berthy, Ysolde Pemberthy")),
            NAME),
        fresh(
            "the developer role",
            body(
                null,
                message("developer", "Caller is Ysolde Pemberthy, DOB 11/06/1968, MRN 64820375"),
                user("hi")),
            NAME,
            MRN,
            DOB),
        fresh(
            "the legacy function role",
            body(
                null,
                user("look up"),
                "{\"role\":\"function\",\"name\":\"lookup\",\"content\":\"{\\\"patient\\\":\\\"Ysolde Pemberthy\\\",\\\"phone\\\":\\\"2085550139\\\"}\"}"),
            NAME,
            PHONE),
        fresh(
            "legacy functions and function_call",
            body(
                "\"functions\":[{\"name\":\"lookup\",\"description\":\"Looks up Ysolde Pemberthy, MRN 64820375\",\"parameters\":{\"type\":\"object\"}}],\"function_call\":{\"name\":\"lookup\",\"arguments\":\"{\\\"mrn\\\":\\\"64820375\\\"}\"}",
                user("hi")),
            NAME,
            MRN),
        fresh(
            "an assistant's function_call arguments",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"content\":null,\"function_call\":{\"name\":\"lookup\",\"arguments\":\"{\\\"phone\\\":2085550139,\\\"name\\\":\\\"Ysolde Pemberthy\\\"}\"}}"),
            NAME,
            PHONE),
        fresh(
            "an assistant's audio object",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"content\":null,\"audio\":{\"id\":\"audio_Pemberthy_2085550139\"}}"),
            NAME,
            PHONE),
        fresh(
            "web_search_options user_location",
            body(
                "\"web_search_options\":{\"user_location\":{\"type\":\"approximate\",\"approximate\":{\"city\":\"Pocatello\",\"region\":\"4419 Thistledown Crescent\",\"country\":\"US\",\"timezone\":\"America/Boise\"}}}",
                said),
            STREET),
        fresh(
            "prompt_cache_key holding a phone",
            body("\"prompt_cache_key\":\"caller-2085550139\"", user("hi")),
            PHONE),
        fresh(
            "safety_identifier holding an e-mail",
            body("\"safety_identifier\":\"ysolde.pemberthy@example.com\"", user("hi")),
            NAME),
        fresh("service_tier holding a name", body("\"service_tier\":\"Pemberthy\"", said), NAME),
        fresh(
            "verbosity and reasoning_effort holding values",
            body("\"verbosity\":\"64820375\",\"reasoning_effort\":\"2085550139\"", user("hi")),
            MRN,
            PHONE),
        fresh(
            "modalities and audio holding values",
            body(
                "\"modalities\":[\"text\",\"Pemberthy\"],\"audio\":{\"voice\":\"2085550139\",\"format\":\"wav\"}",
                said),
            NAME,
            PHONE),
        fresh(
            "a Vapi call with customer number and name",
            body(
                "\"call\":{\"id\":\"call_1\",\"type\":\"inboundPhoneCall\",\"customer\":{\"number\":\"+12085550139\",\"name\":\"Ysolde Pemberthy\"},\"phoneNumber\":{\"number\":\"+12085550100\"}}",
                user("hi")),
            NAME,
            PHONE),
        fresh(
            "a Vapi assistant with variable values",
            body(
                "\"assistant\":{\"variableValues\":{\"patientName\":\"Ysolde Pemberthy\",\"mrn\":\"64820375\",\"dob\":\"1968-11-06\"}}",
                user("hi")),
            NAME,
            MRN),
        fresh(
            "Vapi metadata with a phone number as a JSON number",
            body("\"metadata\":{\"callerPhone\":12085550139,\"mrn\":64820375}", user("hi")),
            PHONE,
            MRN),
        fresh(
            "Retell's dynamic variables",
            body(
                "\"call\":{\"call_id\":\"c\",\"from_number\":\"+12085550139\",\"retell_llm_dynamic_variables\":{\"patient_name\":\"Ysolde Pemberthy\",\"member_id\":\"ZKP730194\"}}",
                user("hi")),
            NAME,
            PHONE,
            MEMBER),
        fresh(
            "a phone as a JSON number in tool arguments",
            body(
                null,
                user("ok"),
                toolCallNamed("c1", "book", "{\"phone\":2085550139,\"mrn\":64820375}"),
                toolAnswer("c1", "ok")),
            PHONE,
            MRN),
        fresh(
            "a phone as a JSON number under a neutral key",
            body(
                null,
                user("ok"),
                toolCallNamed("c1", "book", "{\"n\":2085550139,\"v\":[64820375]}"),
                toolAnswer("c1", "ok")),
            PHONE,
            MRN),
        fresh(
            "a phone as a float and an MRN in exponent form",
            body(
                null,
                user("ok"),
                toolCallNamed("c1", "book", "{\"a\":2085550139.0,\"b\":6.4820375E7}"),
                toolAnswer("c1", "ok")),
            PHONE,
            MRN),
        fresh(
            "a schema's default, examples and const as numbers",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\",\"schema\":{\"type\":\"object\",\"properties\":{\"phone\":{\"type\":\"integer\",\"default\":2085550139,\"examples\":[64820375],\"const\":11061968}}}}}",
                user("hi")),
            PHONE,
            MRN,
            DOB),
        fresh(
            "a tool parameter's enum of numbers",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{\"type\":\"object\",\"properties\":{\"mrn\":{\"type\":\"integer\",\"enum\":[64820375]}}}}}]",
                user("hi")),
            MRN),
        fresh(
            "a value 4,100 chars inside a user turn",
            body(
                null,
                user(longText(4100, "my name is Ysolde Pemberthy and my phone is 208 555 0139"))),
            NAME,
            PHONE),
        fresh(
            "a value 10,500 chars inside a user turn",
            body(null, user(longText(10500, "my name is Ysolde Pemberthy, MRN 64820375"))),
            NAME,
            MRN),
        fresh(
            "a value 12,000 chars inside a tool result",
            body(
                null,
                user("look up"),
                ChatRequestFourthHuntProbesTest.toolResult(
                    longText(
                        12000, "patient: Pemberthy, Ysolde; DOB 11/06/1968; phone 208-555-0139"))),
            NAME,
            PHONE,
            DOB),
        fresh(
            "a value 5,000 chars inside a system prompt",
            body(
                null,
                message(
                    "system",
                    longText(5000, "The caller is Ysolde Pemberthy, member id ZKP730194")),
                user("hi")),
            NAME,
            MEMBER),
        fresh(
            "a name in the 180th of 200 messages",
            body(null, manyMessages(200, 180, "this is Ysolde Pemberthy, call me at 208 555 0139")),
            NAME,
            PHONE),
        fresh(
            "a surname alone after many messages that said it",
            body(
                null,
                manyMessages(120, 3, "I'm Ysolde Pemberthy")
                    + ","
                    + user("yes Pemberthy with a y")),
            NAME),
        fresh(
            "deeply nested tool arguments",
            body(
                null,
                user("ok"),
                toolCallNamed(
                    "c1",
                    "f",
                    nested(
                        40,
                        "{\"patient\":{\"name\":\"Ysolde Pemberthy\",\"phone\":\"208-555-0139\"}}")),
                toolAnswer("c1", "ok")),
            NAME,
            PHONE),
        fresh(
            "a deeply nested tool result",
            body(
                null,
                user("ok"),
                toolCallNamed("c1", "f", "{}"),
                toolAnswer("c1", nested(60, "{\"mrn\":\"64820375\",\"dob\":\"1968-11-06\"}"))),
            MRN,
            "19681106"),
        fresh(
            "a name as a key in tool arguments",
            body(
                null,
                user("ok"),
                toolCallNamed("c1", "f", "{\"Ysolde Pemberthy\":{\"phone\":\"2085550139\"}}"),
                toolAnswer("c1", "ok")),
            NAME,
            PHONE),
        fresh(
            "a phone as a key in a tool result",
            body(
                null,
                user("ok"),
                toolCallNamed("c1", "f", "{}"),
                toolAnswer("c1", "{\"2085550139\":\"Pemberthy\"}")),
            PHONE,
            NAME),
        fresh(
            "a name as a key in metadata",
            body("\"metadata\":{\"Ysolde Pemberthy\":\"caller\"}", user("hi")),
            NAME),
        fresh(
            "a phone split across two tool arguments",
            body(
                null,
                user("ok"),
                toolCallNamed("c1", "f", "{\"area\":\"208\",\"number\":\"555-0139\"}"),
                toolAnswer("c1", "ok")),
            PHONE),
        fresh(
            "a phone split across two tool results",
            body(
                null,
                user("ok"),
                toolCallNamed("c1", "f", "{}"),
                toolAnswer("c1", "area 208"),
                toolCallNamed("c2", "g", "{}"),
                toolAnswer("c2", "line 555-0139")),
            PHONE));
  }

  static String manyMessages(int count, int at, String text) {
    var out = new ArrayList<String>();
    for (int i = 0; i < count; i++) {
      out.add(
          i == at
              ? user(text)
              : i % 2 == 0 ? user("okay, sure, thanks") : assistant("Got it. Anything else?"));
    }
    return String.join(",", out);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: a tired transcriber

  static Stream<HuntProbe> transcriber() {
    return Stream.of(
            everywhere(
                "homophones for digits",
                "my number is to oh ate, five five five, oh won tree nine",
                PHONE),
            everywhere(
                "too and for and tree",
                "phone is too zero eight five five five zero one tree nine",
                PHONE),
            everywhere(
                "nought for zero",
                "my number is two nought eight, five five five, nought one three nine",
                PHONE),
            everywhere(
                "zero said zee ro",
                "call two zee ro eight five five five zee ro one three nine",
                PHONE),
            everywhere(
                "a phone with hundreds",
                "my number is two hundred eight, five hundred fifty five, oh one thirty nine",
                PHONE),
            everywhere(
                "a phone with hundred and thousand",
                "my number is two oh eight, five five five, one hundred thirty nine",
                "555139"),
            everywhere(
                "an MRN with thousands",
                "MRN sixty four million eight hundred twenty thousand three hundred seventy five",
                MRN),
            everywhere(
                "a phone corrected mid-number",
                "my number is two oh eight five five five oh one four no sorry oh one three nine",
                PHONE),
            everywhere(
                "a phone broken by uh and line breaks",
                "my number is two oh eight uh\nfive five five\num oh one three nine",
                PHONE),
            everywhere("a phone with the ums spread", "phone is 208, uh, 555, um, 0139", PHONE),
            everywhere(
                "letters said as words", "my surname is pee ee em bee ee ar tee aitch why", NAME),
            everywhere(
                "letters said as words with double-u and zed",
                "member id zed kay pee seven three oh one nine four",
                MEMBER),
            everywhere(
                "a name spelled with commas", "it's spelled P, E, M, B, E, R, T, H, Y", NAME),
            everywhere("a name spelled with periods", "spelled P. E. M. B. E. R. T. H. Y.", NAME),
            everywhere(
                "a date with the and of everywhere",
                "I was born on the sixth of the eleventh of the nineteen sixty eight",
                "1968"),
            everywhere(
                "a date said with the month's name and the",
                "born on the sixth of November of nineteen sixty-eight",
                "1968"),
            everywhere(
                "an ordinal misheard",
                "date of birth November the sixt, nineteen sixty eight",
                "1968"),
            everywhere("a ZIP in pairs", "my zip is eighty three, twenty, one", ZIP),
            everywhere(
                "a ZIP in digit words after its town",
                "Pocatello Idaho eight three two oh one",
                ZIP),
            everywhere(
                "an MRN in pairs of words",
                "MRN sixty four, eighty two, oh three, seventy five",
                MRN),
            everywhere(
                "a member id in words", "member id zee kay pee seven thirty nineteen four", MEMBER),
            everywhere(
                "an MRN with homophones", "my MRN is six for ate to oh tree seven five", MRN),
            everywhere(
                "a phone with ate and won",
                "two oh ate five five five oh won three nine is my cell",
                PHONE),
            everywhere("a surname said with a stutter", "this is Ysolde Pem- Pem- Pemberthy", NAME),
            everywhere(
                "a surname spelled em-dash separated",
                "P\u2014E\u2014M\u2014B\u2014E\u2014R\u2014T\u2014H\u2014Y is my surname",
                NAME),
            everywhere(
                "a house number said in words",
                "I live at forty four nineteen Thistledown Crescent",
                "4419",
                STREET),
            everywhere(
                "a house number with a filler",
                "I live at forty four nineteen, uh, Thistledown Crescent",
                "4419",
                STREET),
            everywhere(
                "twenty-turd for twenty-third",
                "my birthday is November sixth sixty eight, no wait the twenty turd",
                "1968"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: recurrences after the platform trimmed its history

  static Stream<HuntProbe> recurrences() {
    return Stream.of(
            recurring("Ysolde", FIRST),
            recurring("thanks Ysolde", FIRST),
            recurring("Y.P. called back", "ysoldepemberthy"),
            recurring("ysolde.pemberthy", NAME, FIRST),
            recurring("reply to ysolde.pemberthy at the usual address", NAME),
            recurring("4419 Thistledown", STREET),
            recurring("the Thistledown house", STREET),
            recurring("4419 Thistledown Cres", STREET),
            recurring("the phone ending in 0139", "0139"),
            recurring("555-0139", "5550139"),
            recurring("ending in oh one three nine", "0139"),
            recurring("the last six of the MRN are 820375", "820375"),
            recurring("MRN ending 0375", "0375"),
            recurring("member ending 0194", "0194"),
            recurring("Nov 6 '68", "1168"),
            recurring("6 November 1968", "61968"),
            recurring("P-E-M-B-E-R-T-H-Y", NAME),
            recurring("Pemberthy-Ysolde", NAME),
            recurring("pemberthy_y", NAME),
            recurring("YSOLDE", FIRST),
            recurring("Ms. P", "pemberthy"),
            recurring("8 3 2 0 1", ZIP),
            recurring("ID 83201", ZIP),
            recurring(digitsIn("0139", 0x0966), "0139"),
            recurring(digitsIn("820375", 0xFF10), "820375"),
            recurring("o139", "0139"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 5: the shapes of the first rounds' leaks again, elsewhere

  static Stream<HuntProbe> againElsewhere() {
    return Stream.of(
            everywhere(
                "a capitalised given name and a lower-case surname after a naming cue",
                "my name is Ysolde pemberthy and I need a refill",
                NAME),
            everywhere(
                "a capitalised given name and a lower-case surname after this is",
                "this is Ysolde pemberthy calling about my refill",
                NAME),
            everywhere(
                "a birth date reversed by an override after its label",
                "DOB \u202E8691/60/11\u202C",
                DOB),
            everywhere(
                "a record reversed by an override",
                "\u202E5730 2846 NRM ,yhtrebmeP edlosY :tneitaP\u202C",
                NAME,
                MRN),
            everywhere("an MRN in Morse after its label", "MRN " + morseOf("64820375"), MRN),
            everywhere(
                "a record in Morse",
                morseOf("patient ysolde pemberthy phone 2085550139"),
                NAME,
                PHONE),
            everywhere(
                "Morse with middle dots and underscores",
                "phone " + morseOf("2085550139").replace('.', '\u00B7').replace('-', '_'),
                PHONE),
            everywhere(
                "a phone smuggled in tags glued to a word",
                "ok" + tags("call2085550139") + "thanks",
                PHONE),
            everywhere("an MRN in full-stop digits", "MRN \u248D\u248B\u248F\u24890375", MRN),
            everywhere(
                "a year after of the",
                "she was born the twelfth of march of the nineteen sixty eight, Ysolde Pemberthy",
                "1968"),
            everywhere(
                "a phone in Braille digits after its cue",
                "my phone is \u283C\u2803\u281A\u2813 \u283C\u2811\u2811\u2811"
                    + " \u283C\u281A\u2801\u2809\u280A",
                PHONE),
            everywhere(
                "a record in Braille",
                "\u2820\u280F\u2801\u281E\u280A\u2811\u281D\u281E\u2800\u283D\u280E\u2815"
                    + "\u2807\u2819\u2811\u2800\u280F\u2811\u280D\u2803\u2811\u2817\u281E"
                    + "\u2813\u283D",
                NAME),
            everywhere(
                "a surname restarted twice after its cue",
                "my name is Ysolde Pemb- Pemb- Pemberthy",
                NAME))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> fieldsAgain() {
    return Stream.of(
        fresh(
            "metadata holding Morse",
            body("\"metadata\":{\"m\":" + quoted(morseOf("2085550139")) + "}", user("hi")),
            PHONE),
        fresh(
            "a tool description holding tag characters",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"description\":"
                    + quoted("looks up" + tags("Patient Ysolde Pemberthy"))
                    + ",\"parameters\":{\"type\":\"object\"}}}]",
                user("hi")),
            NAME),
        fresh(
            "a Vapi customer number as a JSON number",
            body("\"call\":{\"customer\":{\"number\":12085550139}}", user("hi")),
            PHONE),
        fresh(
            "a JSON number float in metadata",
            body("\"metadata\":{\"mrn\":64820375.0}", user("hi")),
            MRN),
        fresh(
            "a schema property's examples holding an MRN as a string",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\",\"schema\":{\"type\":\"object\",\"properties\":{\"member_id\":{\"type\":\"string\",\"examples\":[\"ZKP730194\"]},\"dob\":{\"type\":\"string\",\"default\":\"11061968\"}}}}}",
                user("hi")),
            MEMBER,
            DOB),
        fresh(
            "stop holding a reversed surname", body("\"stop\":[\"yhtrebmep\"]", user(SAID)), NAME),
        fresh(
            "a user name field holding ROT13",
            body(null, user(SAID), named("user", "Crzoregul", "hi")),
            NAME));
  }

  static Stream<HuntProbe> probes() {
    return Stream.of(
            characters(),
            charactersRecurring(),
            shapes(),
            transcriber(),
            recurrences(),
            againElsewhere(),
            fieldsAgain())
        .flatMap(s -> s);
  }

  /**
   * Every probe: what the hunt left open is closed since, its lower-case surname, its number said
   * with "million" and its misheard ordinal by the fifteenth round (ADR 31), its surname under a
   * phone number's key and its number cut between a message's name and its content by the eleventh
   * hunt (ADR 30). (A street with a filler between its number and its name, left open by ADRs 22
   * and 28, is closed since the fourteenth round, ADR 29.)
   */
  static Stream<HuntProbe> all() {
    return probes();
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
          "Loading... please wait -- done. Signal: - - - - . . . . (none)",
          "Go Scotland \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63"
              + "\uDB40\uDC74\uDB40\uDC7F! See you at the match",
          "take \u2474 one tablet \u2475 with water \u2476 after food",
          "Loading \u280B\u2819\u2839\u2838\u283C\u2834\u2826\u2827\u2807\u280F done,"
              + " the exit sign has braille \u2811\u282D\u280A\u281E on it",
          "the sign reads \u202Epots\u202C at the corner, room \u202E21\u202C is on the left",
          "I'll see the doctor on the sixth of the month, the one in the morning",
          "we moved there in the year of the flood, the one in the spring",
          "so um, uh, ok -- ok -- yes, the pharmacy said . . . maybe tomorrow",
          body(
              null,
              user("ok"),
              toolCallNamed("c1", "dose", "{\"dose\":2.5,\"amount\":1.5E3,\"count\":30.0}"),
              toolAnswer("c1", "ok")),
          body(
              "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                  + "\"schema\":{\"type\":\"object\",\"properties\":{\"quantity\":{\"type\":"
                  + "\"integer\",\"examples\":[30],\"default\":1,\"description\":\"how many"
                  + " tablets\"}}}}}",
              user("hi")),
          body(null, user("how many pills"), assistant("Is it 2?"), user("yes 30 mg")),
          "my name is on the waiting list, she said it takes a week");

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain10-" + sessions++);
                      ChatRequest.parse(body(null, user(SAID))).mask(mask, RequestRules.DEFAULT);
                      var request =
                          ChatRequest.parse(text.startsWith("{") ? text : body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                    }));
  }
}
