package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolAnswer;
import static dev.masker.domain.chat.ChatRequestEighthHuntProbesTest.toolCallNamed;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.message;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of a sixteenth outside leak hunt (ADR 53): values of the call said again in the words a
 * radio operator or a tired transcriber uses (the ICAO digits "tree", "fife", "niner"; digit words
 * run together; hundreds; stutters, fillers, corrections), values cut over turns and fields in
 * shapes the fifteen hunts before it had not tried, fields and content shapes, and characters. What
 * would go upstream is read as the fifteenth hunt read it (ADR 38), and also with the ICAO digits
 * read as digits beside other digits' words, digit words run together read apart, and "five hundred
 * forty one" read as 541.
 */
class ChatRequestSixteenthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hi, this is Velquissa Thornazeck, date of birth 03/22/1956, my phone is 541 555 0173,"
          + " MRN 47208316, member id WRX730452, email velquissa.thornazeck@example.com,"
          + " I live at 2387 Fennimarsh Lane, Medford, OR 97504";

  static final String NAME = "thornazeck";
  static final String FIRST = "velquissa";
  static final String PHONE = "5415550173";
  static final String LOCAL = "5550173";
  static final String MRN = "47208316";
  static final String MEMBER = "730452";
  static final String DOB = "19560322";
  static final String US_DOB = "03221956";
  static final String ZIP = "97504";
  static final String STREET = "fennimarsh";

  /** The forms of every planted value a reader must not find. */
  static final String[] ALL = {NAME, FIRST, PHONE, MRN, MEMBER, US_DOB, ZIP, STREET};

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  // ---------------------------------------------------------------------------------------------
  // Reading what is sent

  /** What a reader finds of the forms in what is sent: the fifteenth hunt's readings and more. */
  static List<String> readable(String sent, List<String> forms) {
    var found = new LinkedHashSet<>(ChatRequestFifteenthHuntProbesTest.readable(sent, forms));
    var text = ChatRequestFourthHuntProbesTest.reading(sent);
    var heard = radioDigits(unglued(text));
    var hundreds = hundreds(heard);
    for (var reading : List.of(heard, hundreds, lisu(text))) {
      if (!reading.equals(text)) {
        found.addAll(ChatRequestFifteenthHuntProbesTest.readable(body(null, user(reading)), forms));
      }
    }
    return new ArrayList<>(found);
  }

  private static final Map<String, String> RADIO =
      Map.of(
          "tree", "three", "fife", "five", "fower", "four", "wun", "one", "niner", "nine", "ait",
          "eight", "zee-ro", "zero");

  private static final List<String> DIGIT_WORDS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh",
          "double", "triple");

  /** The ICAO digits ("tree", "fife", "niner") read as digits' words beside a digit's word. */
  static String radioDigits(String text) {
    var words = text.split(" ");
    var out = new ArrayList<String>();
    for (int i = 0; i < words.length; i++) {
      var lower = words[i].toLowerCase(Locale.ROOT);
      var digit = RADIO.get(lower);
      boolean beside =
          (i > 0 && digitish(words[i - 1])) || (i + 1 < words.length && digitish(words[i + 1]));
      out.add(digit != null && beside ? digit : words[i]);
    }
    return String.join(" ", out);
  }

  private static boolean digitish(String word) {
    var w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return DIGIT_WORDS.contains(w) || RADIO.containsKey(w) || w.matches("[0-9]{1,4}");
  }

  private static final Pattern GLUED =
      Pattern.compile(
          "(?i)\\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|oh)[-_]?){3,}\\b");

  /** Digit words run together ("fivefourone", "FiveFourOne", "five-four-one") read apart. */
  static String unglued(String text) {
    var m = GLUED.matcher(text);
    var out = new StringBuilder();
    while (m.find()) {
      var words =
          m.group()
              .replaceAll("(?i)(zero|one|two|three|four|five|six|seven|eight|nine|oh)", " $1 ")
              .replaceAll("[-_]", " ");
      m.appendReplacement(out, words.replaceAll(" +", " ").strip());
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final Map<String, Integer> UNITS =
      Map.of(
          "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8,
          "nine", 9);

  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  /** "five hundred forty one" read as "541", "five hundred and three" as "503". */
  static String hundreds(String text) {
    var words = text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    var out = new ArrayList<String>();
    for (int i = 0; i < words.length; i++) {
      if (i + 1 < words.length && UNITS.containsKey(words[i]) && words[i + 1].equals("hundred")) {
        int value = UNITS.get(words[i]) * 100;
        int j = i + 2;
        if (j < words.length && words[j].equals("and")) {
          j++;
        }
        if (j < words.length && TENS.containsKey(words[j])) {
          value += TENS.get(words[j]);
          j++;
          if (j < words.length && UNITS.containsKey(words[j])) {
            value += UNITS.get(words[j]);
            j++;
          }
        } else if (j < words.length && UNITS.containsKey(words[j])) {
          value += UNITS.get(words[j]);
          j++;
        }
        out.add(String.valueOf(value));
        i = j - 1;
      } else {
        out.add(words[i]);
      }
    }
    return String.join(" ", out);
  }

  private static final String LISU =
      "\uA4D0\uA4D3\uA4D4\uA4D6\uA4D7\uA4D9\uA4DA\uA4DC\uA4DD"
          + "\uA4DF\uA4E0\uA4E1\uA4E2\uA4E3\uA4E6\uA4E7\uA4EA\uA4EB\uA4EC\uA4EE\uA4F0\uA4F2"
          + "\uA4F3\uA4F4";

  private static final String LISU_SHOWN = "bdtgkjczfmnlsrvhwxyaeiou";

  /** Lisu letters that look like Latin capitals read as those letters. */
  static String lisu(String text) {
    var out = new StringBuilder();
    for (char c : text.toCharArray()) {
      int at = LISU.indexOf(c);
      out.append(at >= 0 ? LISU_SHOWN.charAt(at) : c);
    }
    return out.toString();
  }

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt16-" + sessions++),
        ChatRequestSixteenthHuntProbesTest::readable);
  }

  private static HuntProbe after(String name, String request, String... forms) {
    return new HuntProbe(name, List.of(body(null, user(SAID))), request, List.of(forms));
  }

  private static Stream<HuntProbe> recurring(String form, String... read) {
    return HuntProbe.recurring(SAID, form, read);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 1: values said once with their cue, then again as a radio operator or a tired
  // transcriber says them

  static Stream<HuntProbe> recurrences() {
    return Stream.of(
            // the phone
            recurring("fife fower wun fife fife fife zero wun seven tree", PHONE),
            recurring("five four one five five five five oh one seven three", LOCAL),
            recurring("fivefouronefivefivefivezerooneseventhree", PHONE),
            recurring("FiveFourOne FiveFiveFive ZeroOneSevenThree", PHONE),
            recurring("five four one uh five five five um oh one seven three", PHONE),
            recurring(
                "five four one, five five five, oh one seven two, no, oh one seven three",
                "541555017"),
            recurring("five hundred forty one, five fifty five, oh one seventy three", PHONE),
            recurring("five four one point five five five point oh one seven three", PHONE),
            recurring("fifty four fifteen fifty five oh one seventy three", PHONE),
            recurring("5-4-1 5-5-5 0-1-7-3", PHONE),
            recurring("five four one and five five five and oh one seven three", PHONE),
            recurring(
                "the line ending oh one seven three at five four one five five five", "0173541555"),
            // the MRN
            recurring("four seven two zero eight tree one six", MRN),
            recurring("fourseventwozeroeightthreeonesix", MRN),
            recurring("47 208 316", MRN),
            recurring("four seven two, uh, oh eight, three one six", MRN),
            recurring("four hundred seventy two oh eight three sixteen", MRN),
            // the member id
            recurring("whiskey romeo x-ray seven three zero four five two", MEMBER),
            recurring("w.r.x.7.3.0.4.5.2", MEMBER),
            recurring("dub are ex seventy three oh four fifty two", MEMBER),
            recurring("seven tree zero fower fife two", MEMBER),
            // the birth date
            recurring("born 22.III.1956", "22iii1956"),
            recurring("born 56-03-22", "560322"),
            recurring("born 22-Mar-56", "22mar56"),
            recurring("march twenty second fifty six", "marchtwentysecondfiftysix"),
            recurring("born 1956/03/22", DOB),
            recurring("born the 22nd of the 3rd, 1956", "22ndofthe3rd1956"),
            // the surname
            recurring("thor naz eck", NAME),
            recurring("Thornaz-eck is the name", NAME),
            recurring("tornazeck", "tornazeck"),
            recurring("thornaseck", "thornaseck"),
            recurring("Thornæzeck", "thornæzeck"),
            recurring("the THORNAZECK file", NAME),
            recurring("velquissa t h o r n a z e c k", NAME, FIRST),
            recurring("#VelquissaThornazeck", NAME, FIRST),
            recurring("vthornazeck@example.org", NAME),
            recurring("Thorn Azeck", NAME),
            recurring("Thornazeckova, her married name", NAME),
            // the street and the ZIP
            recurring("fenni marsh lane", STREET),
            recurring("fenimarsh lane", "fenimarsh"),
            recurring("fennymarsh lane", "fennymarsh"),
            recurring("twenty three eighty seven fennimarsh", STREET),
            recurring("nine seven five zero fower", ZIP),
            recurring("975-04", ZIP))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: values cut over turns, roles and fields

  static Stream<HuntProbe> cuts() {
    return Stream.of(
        fresh(
            "an area code read back by the agent, the rest said by the caller",
            body(
                null,
                user("you can reach me on my cell"),
                assistant("Is the area code five four one?"),
                user("yes, then five five five oh one seven three")),
            PHONE),
        fresh(
            "a phone said over a barge-in: the agent's cut sentence between the pieces",
            body(
                null,
                user("my number is five four one five"),
                assistant("Sorry, I didn't—"),
                user("five five oh one seven three")),
            PHONE),
        fresh(
            "a phone over four user turns with a filler turn between",
            body(
                null,
                user("my callback number is five four one"),
                user("uh"),
                user("five five five"),
                user("oh one seven three")),
            PHONE),
        fresh(
            "interim transcripts of a phone, each longer than the last",
            body(
                null,
                user("my phone is five four"),
                user("my phone is five four one five five"),
                user("my phone is five four one five five five oh one seven three")),
            PHONE),
        fresh(
            "a phone echoed by a barge-in: its start said twice",
            body(
                null,
                user("my phone is five four one"),
                user("five four one five five five"),
                user("oh one seven three")),
            PHONE),
        fresh(
            "a surname cut over a tool call's arguments and the caller's next turn",
            body(
                null,
                user("my name is Velquissa"),
                toolCallNamed("c1", "lookup", "{\"last\":\"Thorna\"}"),
                toolAnswer("c1", "{\"found\":false}"),
                user("no, zeck at the end, Thornazeck")),
            NAME,
            FIRST),
        fresh(
            "a birth date cut between the system prompt and the user turn",
            body(
                null,
                message("system", "The caller's date of birth starts 03/22"),
                user("and the year is 1956")),
            US_DOB),
        fresh(
            "an MRN said with ICAO digits after its cue",
            body(null, user("my MRN is fower seven two zero ait tree wun six")),
            MRN),
        fresh(
            "a fresh phone said with ICAO digits after its cue",
            body(null, user("my phone is fife fower wun fife fife fife zero wun seven tree")),
            PHONE),
        fresh(
            "a fresh phone said as digit words run together after its cue",
            body(null, user("my phone is fivefourone fivefivefive zerooneseventhree")),
            PHONE),
        fresh(
            "a fresh phone with its exchange stuttered after its cue",
            body(null, user("my phone is five four one five five five five oh one seven three")),
            LOCAL),
        fresh(
            "a fresh phone said in hundreds after its cue",
            body(
                null,
                user("my phone is five hundred forty one, five fifty five, oh one seventy three")),
            PHONE),
        fresh(
            "a fresh phone corrected mid number",
            body(
                null,
                user(
                    "my phone is five four one five five five oh one seven two, sorry, oh one"
                        + " seven three")),
            "541555017"),
        fresh(
            "a fresh MRN said as digit words run together after its cue",
            body(null, user("MRN fourseventwozeroeightthreeonesix")),
            MRN));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: fields and content shapes

  static Stream<HuntProbe> shapes() {
    return Stream.of(
            everywhere(
                "a phone's groups under keys in another order",
                "{\"line\":\"0173\",\"area\":\"541\",\"exchange\":\"555\"}",
                "0173541555"),
            everywhere(
                "a date's parts under short keys in another order",
                "{\"d\":22,\"m\":3,\"y\":1956,\"kind\":\"dob\"}",
                "2231956"),
            everywhere(
                "an array of objects each holding one digit",
                "[{\"d\":\"5\"},{\"d\":\"4\"},{\"d\":\"1\"},{\"d\":\"5\"},{\"d\":\"5\"},{\"d\":\"5\"},"
                    + "{\"d\":\"0\"},{\"d\":\"1\"},{\"d\":\"7\"},{\"d\":\"3\"}]",
                PHONE),
            everywhere(
                "an array of arrays of digit groups",
                "{\"callback\":[[\"541\"],[\"555\"],[\"0173\"]]}",
                PHONE),
            everywhere(
                "a record whose keys are the values",
                "{\"Thornazeck\":{\"Velquissa\":{\"5415550173\":true}}}",
                NAME,
                FIRST,
                PHONE),
            everywhere(
                "JSON in a string in JSON in a string",
                "{\"payload\":\"{\\\"inner\\\":\\\"{\\\\\\\"patient\\\\\\\":\\\\\\\"Velquissa"
                    + " Thornazeck\\\\\\\",\\\\\\\"mrn\\\\\\\":\\\\\\\"47208316\\\\\\\"}\\\"}\"}",
                NAME,
                FIRST,
                MRN),
            everywhere(
                "a data URI of base64 text",
                "see data:text/plain;base64,"
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            "patient Velquissa Thornazeck phone 5415550173"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                NAME,
                PHONE),
            everywhere(
                "a JavaScript string of hex escapes",
                "name = \"\\x54\\x68\\x6f\\x72\\x6e\\x61\\x7a\\x65\\x63\\x6b\"",
                "x54x68x6fx72x6ex61x7ax65x63x6b"),
            everywhere(
                "a long filler before the values",
                "ok ".repeat(4000) + "my name is Velquissa Thornazeck and my phone is 541 555 0173",
                NAME,
                FIRST,
                PHONE),
            everywhere(
                "a CSV row of a name and its parts shifted a column",
                "id,last,first,phone\n1,,Thornazeck,Velquissa,541-555-0173",
                NAME,
                FIRST,
                PHONE),
            everywhere(
                "a Markdown task list with the values",
                "- [x] Velquissa Thornazeck\n- [ ] call back 541.555.0173\n- [ ] MRN 47208316",
                NAME,
                FIRST,
                PHONE,
                MRN),
            Stream.of(
                fresh(
                    "a response format schema's default and examples",
                    body(
                        "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{"
                            + "\"name\":\"p\",\"schema\":{\"type\":\"object\",\"properties\":{"
                            + "\"phone\":{\"type\":\"string\",\"default\":\"541-555-0173\","
                            + "\"examples\":[\"Velquissa Thornazeck\"]}}}}}",
                        user("hi")),
                    NAME,
                    PHONE),
                fresh(
                    "a schema property named by the MRN",
                    body(
                        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"book\","
                            + "\"parameters\":{\"type\":\"object\",\"properties\":{"
                            + "\"mrn_47208316\":{\"type\":\"string\"}}}}}]",
                        user("my MRN is 47208316")),
                    MRN),
                fresh(
                    "a tool call id holding the surname after the name was said",
                    body(
                        null,
                        user("this is Velquissa Thornazeck"),
                        toolCallNamed("call_thornazeck", "lookup", "{}"),
                        toolAnswer("call_thornazeck", "ok")),
                    NAME),
                fresh(
                    "a prediction holding the phone in ICAO digits",
                    body(
                        "\"prediction\":{\"type\":\"content\",\"content\":\"call fife fower wun"
                            + " fife fife fife zero wun seven tree\"}",
                        user("my phone is 541 555 0173")),
                    PHONE),
                fresh(
                    "stop strings cutting the surname",
                    body("\"stop\":[\"Thorna\",\"zeck\"]", user("this is Velquissa Thornazeck")),
                    NAME),
                fresh(
                    "a user field in ICAO digits",
                    body(
                        "\"user\":\"fife fower wun fife fife fife zero wun seven tree\"",
                        user("hi")),
                    PHONE),
                fresh(
                    "a content part of an unknown type holding the name",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":"
                        + "\"transcript\",\"transcript\":\"Velquissa Thornazeck\"}]}]}",
                    NAME),
                fresh(
                    "a text part with annotations holding the phone",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":"
                        + "\"text\",\"text\":\"hi\",\"annotations\":[\"5415550173\"]}]}]}",
                    PHONE)))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: characters

  static Stream<HuntProbe> characters() {
    return Stream.of(
            recurring("Thorn\u200Dazeck", NAME),
            recurring("Thorn\u200Cazeck", NAME),
            recurring("T\uFE0Fh\uFE0Fo\uFE0Fr\uFE0Fn\uFE0Fa\uFE0Fz\uFE0Fe\uFE0Fc\uFE0Fk", NAME),
            recurring(
                "T\u0336h\u0336o\u0336r\u0336n\u0336a\u0336z\u0336e\u0336c\u0336k\u0336", NAME),
            recurring("\uA4D4\uA4E7\uA4F3\uA4E3\uA4E0\uA4EE\uA4DC\uA4F0\uA4DA\uA4D7", NAME),
            recurring("5\u20E04\u20E01\u20E0 555 0173", PHONE),
            recurring("541\u00A0555\u00A00173", PHONE),
            recurring("541\u2060555\u20600173", PHONE),
            recurring("\u2464\u2463\u2460 \u2464\u2464\u2464 \u24EA\u2460\u2466\u2462", PHONE),
            recurring("\u2075\u2074\u00B9 \u2075\u2075\u2075 \u2070\u00B9\u2077\u00B3", PHONE),
            recurring("\u0665\u0664\u0661 \u0665\u0665\u0665 \u0660\u0661\u0667\u0663", PHONE),
            recurring("\uD835\uDFFB\uD835\uDFFA\uD835\uDFF7 555 0173", PHONE),
            recurring("Ｔｈｏｒｎａｚｅｃｋ", NAME),
            recurring("\u202Ekcezanroht\u202C", "kcezanroht"),
            recurring("Thorna\u00ADzeck", NAME),
            recurring("T\u0068\u006F\u0072\u006E\u0430\u007A\u0435\u0441\u006B", NAME),
            recurring("fennim\u0430rsh l\u0430ne", STREET),
            recurring("velquissa\uFF0Ethornazeck\uFE6Bexample\u2024com", NAME))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // A second batch: every round again, in other shapes

  static Stream<HuntProbe> secondBatch() {
    return Stream.of(
            recurring("five-four-one, five-fifty-five, oh-one-seven-three", PHONE),
            recurring("text me at 5415550173@vtext.com", PHONE),
            recurring("https://wa.me/15415550173", PHONE),
            recurring("541 555 01 73", PHONE),
            recurring("472 08 316", MRN),
            recurring("wrx730452", MEMBER),
            recurring("1956-3-22", "1956322"),
            recurring("Mar. 22 '56", "mar2256"),
            recurring("22/03/1956", "22031956"),
            recurring("03221956", US_DOB),
            recurring("/home/vthornazeck/notes.txt", NAME),
            recurring("Thornazeck1956", NAME),
            recurring("Thornazeckian", NAME),
            recurring("the Thornazecks' place", NAME),
            recurring("2387 N Fennimarsh Ln apt 4B", STREET),
            recurring("97504-2231", ZIP),
            Stream.of(
                after(
                    "a response format schema named by the surname",
                    body(
                        "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{"
                            + "\"name\":\"thornazeck_record\",\"schema\":{\"type\":\"object\"}}}",
                        user("hi")),
                    NAME),
                after(
                    "a schema property named by the surname",
                    body(
                        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"book\","
                            + "\"parameters\":{\"type\":\"object\",\"properties\":{"
                            + "\"thornazeck\":{\"type\":\"string\"}}}}}]",
                        user("hi")),
                    NAME),
                after(
                    "a tool call's function named by the phone",
                    body(
                        null,
                        user("ok"),
                        toolCallNamed("c1", "dial_5415550173", "{}"),
                        toolAnswer("c1", "ok")),
                    PHONE),
                after(
                    "a message name holding the surname in capitals",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":"
                        + "\"THORNAZECK\",\"content\":\"hi\"}]}",
                    NAME),
                after(
                    "a web search location holding the street",
                    body(
                        "\"web_search_options\":{\"user_location\":{\"type\":\"approximate\","
                            + "\"approximate\":{\"city\":\"2387 Fennimarsh Lane\"}}}",
                        user("pharmacies near me")),
                    STREET),
                fresh(
                    "a fresh name spelled with the radio alphabet after its cue",
                    body(
                        null,
                        user(
                            "last name is tango hotel oscar romeo november alfa zulu echo charlie"
                                + " kilo")),
                    NAME)))
        .flatMap(s -> s);
  }

  static Stream<HuntProbe> probes() {
    return Stream.of(recurrences(), cuts(), shapes(), characters(), secondBatch()).flatMap(s -> s);
  }

  static Stream<HuntProbe> all() {
    return probes().filter(probe -> !isOpen(probe));
  }

  static Stream<HuntProbe> stillOpen() {
    return probes().filter(ChatRequestSixteenthHuntProbesTest::isOpen);
  }

  private static boolean isOpen(HuntProbe probe) {
    return OPEN.contains(shape(probe)) || OPEN.contains(probe.name());
  }

  private static String shape(HuntProbe probe) {
    return probe
        .name()
        .replaceFirst(" \\((user turn|system prompt|tool result|tool arguments)\\)$", "")
        .replaceFirst(
            "^recurring in (a user turn|an assistant turn|a system prompt|a tool result|tool"
                + " arguments): ",
            "recurring: ");
  }

  private static final Set<String> OPEN =
      Set.of(
          // A birth date said with its month's ordinal ("the 22nd of the 3rd, 1956"): no date
          // reader takes "the 3rd" for a month, and the known-value search masks a date whole; a
          // month said as an ordinal is far more often a day ("the 3rd").
          "recurring: born the 22nd of the 3rd, 1956",
          // A surname said alone, capitalised, after its first half was given in a tool call's
          // arguments: the half is masked under its key, but the whole word in the next turn has
          // no cue and is not the known half.
          "a surname cut over a tool call's arguments and the caller's next turn",
          // A date's day, month and year under the short keys d, m, y: each number alone is no
          // date, and an object of one-key members is read in order only for a phone's groups.
          "a date's parts under short keys in another order",
          // A record whose keys are a surname and a given name no list has, with no cue at all.
          "a record whose keys are the values",
          // A CSV row one cell longer than its header: the cells are not read under the header's
          // labels, and the names in them have no cue.
          "a CSV row of a name and its parts shifted a column");

  @TestFactory
  Stream<DynamicTest> every_probe_would_leak_if_nothing_were_masked() {
    return probes()
        .map(
            probe ->
                DynamicTest.dynamicTest(
                    probe.name(),
                    () ->
                        assertThat(
                                readable(
                                    ChatRequest.parse(probe.request()).toJson(), probe.forms()))
                            .as(probe.name())
                            .isNotEmpty()));
  }

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
          body(null, user("volume XIV of the 2nd edition, pages 1715 to 1720, chapter VIII")),
          body(null, user("read part II, chapter 3, and section 4.2 for 12 pages")),
          body(null, user("we planted a tree, then four more, and one tree died in 2021")),
          body(null, user("{\"scores\":[[7],[12],[30]]}")),
          body(null, user("{\"line\":3,\"area\":12,\"label\":\"grid\"}")));

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain16-" + sessions++);
                      ChatRequest.parse(body(null, user(SAID))).mask(mask, RequestRules.DEFAULT);
                      var request = ChatRequest.parse(text);
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                      assertThat(request.toJson()).isEqualTo(ChatRequest.parse(text).toJson());
                    }));
  }

  @Test
  void a_birth_date_with_its_month_in_roman_numerals_is_masked_as_one() {
    var mask = TextMask.of(MASKER, "agt_test/roman16");
    var request = ChatRequest.parse(body(null, user("date of birth 22.III.1956")));
    request.mask(mask, RequestRules.DEFAULT);
    assertThat(ChatFixtures.tokens(request.toJson(), "DOB")).hasSize(1);
    assertThat(request.toJson()).doesNotContain("III", "1956");
  }

  @Test
  void the_call_itself_goes_up_masked() {
    assertThat(leak(fresh("the call", body(null, user(SAID)), ALL))).isNull();
  }
}
