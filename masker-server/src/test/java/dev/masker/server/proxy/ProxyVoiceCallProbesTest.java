package dev.masker.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.adapters.persistence.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Probes of what a voice call really sends (issue 11, second outside hunt): spelling with the
 * phonetic alphabet, numbers said in words across turns, the assistant's resent answers, and
 * transcription noise. The recording fake upstream is read the way a model reads speech: letters
 * spelled one by one ("L as in Lima", "Oscar", "double s") joined, and number words as digits.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(WireUpstreamResource.class)
class ProxyVoiceCallProbesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NAME_SAID = "Hi, my name is Maria Lopez";
  private static final String PHONE_SAID = "call me at 415 555 2671";

  @AfterAll
  static void nothing_planted_reached_the_log_or_the_database() throws Exception {
    Hygiene.assertNoPlantedValueLeaked(
        "Lopez", "Bassett", "Halvorsen", "4155552671", "4155550107", "40071882", "XJH447122");
  }

  static String user(String text) {
    return message("user", text);
  }

  static String assistant(String text) {
    return message("assistant", text);
  }

  static String message(String role, String text) {
    return "{\"role\":\"" + role + "\",\"content\":" + quoted(text) + "}";
  }

  static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(ProxyCalls.Agent agent, String call, String... messages) {
    return "{\"model\":\""
        + agent.model()
        + "\",\"call\":{\"id\":\""
        + call
        + "\"},\"messages\":["
        + String.join(",", messages)
        + "]}";
  }

  static JsonNode post(ProxyCalls.Agent agent, String call, String... messages) {
    var response = ProxyCalls.post(agent.id(), body(agent, call, messages));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ProxyCalls.parse(response.body());
  }

  private static final List<String> PHONETIC =
      List.of(
          "alpha",
          "bravo",
          "charlie",
          "delta",
          "echo",
          "foxtrot",
          "golf",
          "hotel",
          "india",
          "juliet",
          "kilo",
          "lima",
          "mike",
          "november",
          "oscar",
          "papa",
          "quebec",
          "romeo",
          "sierra",
          "tango",
          "uniform",
          "victor",
          "whiskey",
          "xray",
          "yankee",
          "zulu");

  private static final Map<String, Integer> DIGIT_WORDS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("oh", 0),
          Map.entry("o", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9));

  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  private static final List<String> TEENS =
      List.of(
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");

  /**
   * The letters a listener hears spelled: a letter alone, "X as in W", a phonetic word, "double X",
   * "two X's"; any other word ends the run (shown as "|").
   */
  static String spelled(String text) {
    var words = text.toLowerCase().split("[^a-z]+");
    var out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      var w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() == 1) {
        out.append(w);
        if (i + 2 < words.length && words[i + 1].equals("as") && words[i + 2].equals("in")) {
          i += (i + 3 < words.length && words[i + 3].startsWith(w)) ? 3 : 2;
        }
      } else if ((w.equals("double") || w.equals("two") || w.equals("triple"))
          && i + 1 < words.length
          && words[i + 1].length() == 1) {
        out.append(words[i + 1].repeat(w.equals("triple") ? 3 : 2));
        i += (i + 2 < words.length && words[i + 2].equals("s")) ? 2 : 1;
      } else if (PHONETIC.contains(w)) {
        out.append(w.charAt(0));
      } else {
        out.append('|');
      }
    }
    return out.toString();
  }

  /** The digits a listener hears: digits, digit words, "double"/"triple", tens and teens. */
  static String spokenDigits(String text) {
    var words = text.toLowerCase().split("[^a-z0-9]+");
    var out = new StringBuilder();
    int repeat = 1;
    for (int i = 0; i < words.length; i++) {
      var w = words[i];
      if (w.matches("[0-9]+")) {
        out.append(w.repeat(repeat));
        repeat = 1;
      } else if (w.equals("double")) {
        repeat = 2;
      } else if (w.equals("triple")) {
        repeat = 3;
      } else if (DIGIT_WORDS.containsKey(w) && !w.equals("o")) {
        out.append(String.valueOf(DIGIT_WORDS.get(w)).repeat(repeat));
        repeat = 1;
      } else if (TEENS.contains(w)) {
        out.append(10 + TEENS.indexOf(w));
      } else if (TENS.containsKey(w)) {
        int tens = TENS.get(w);
        if (i + 1 < words.length
            && DIGIT_WORDS.containsKey(words[i + 1])
            && DIGIT_WORDS.get(words[i + 1]) > 0) {
          out.append(tens + DIGIT_WORDS.get(words[i + 1]));
          i++;
        } else {
          out.append(tens);
        }
      }
    }
    return out.toString();
  }

  /**
   * Plays a call turn by turn as a platform sends it (each request holds the whole history so far,
   * sent when the history ends with a caller or tool turn) and asserts after every request that the
   * upstream could read none of {@code values}, and that the answer (the fake upstream echoes the
   * caller's last turn) comes back with every token put back.
   */
  private void call(ProxyCalls.Agent agent, List<String> values, String... messages) {
    String id = "voice-" + calls++;
    for (int k = 1; k <= messages.length; k++) {
      var turn = parsed(messages[k - 1]);
      if (turn.path("role").asText().equals("assistant")) {
        continue;
      }
      var history = java.util.Arrays.copyOf(messages, k);
      var answer = post(agent, id, history).at("/choices/0/message/content").asText();
      // A token comes back as the value it stands for, in the form it was first said in
      // ("415 555 2671" for "four one five, ..."): no token is left.
      assertThat(answer)
          .as("the answer is rehydrated")
          .isNotBlank()
          .doesNotContainIgnoringCase("mskv1");
      assertUnreadable(agent, values);
    }
  }

  private static JsonNode parsed(String json) {
    return ProxyCalls.parse(json);
  }

  private static void assertUnreadable(ProxyCalls.Agent agent, List<String> values) {
    var text = ProxyOutsideProbesTest.readByModel(agent);
    var letters = text.replaceAll("[^\\p{L}\\p{N}]", "");
    var spelled = spelled(text);
    var digits = spokenDigits(text);
    for (var value : values) {
      if (value.matches("[0-9]+")) {
        assertThat(digits)
            .as("%s reached the upstream, said as digits or words", value)
            .doesNotContain(value);
      } else {
        assertThat(letters).as("%s reached the upstream", value).doesNotContain(value);
        assertThat(spelled).as("%s reached the upstream, spelled", value).doesNotContain(value);
      }
    }
  }

  private int calls;

  @Test
  void a_name_spelled_with_words_for_letters_or_letters_said_twice_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    var lopez = List.of("lopez");
    call(agent, lopez, user(NAME_SAID), user("L as in Lima, O as in Oscar, P, E, Z as in zebra"));
    call(agent, lopez, user("my last name is L as in Lima, O as in Oscar, P, E, Z as in zebra"));
    call(agent, lopez, user(NAME_SAID), user("that's lopez, l o p e z"));
    call(agent, lopez, user(NAME_SAID), user("Lima Oscar Papa Echo Zulu"));
    call(agent, lopez, user(NAME_SAID), user("yes L-O-P-E-Z"));
    var bassett = List.of("bassett");
    call(agent, bassett, user("my name is Anna Bassett"), user("that's B A double s E two t's"));
    call(agent, bassett, user("my last name is B A double s E two t's"));
    call(
        agent,
        List.of("halvorsen"),
        user("the last name is h as in henry, a, l, v as in victor, o, r, s, e, n"));
    call(
        agent,
        List.of("447122"),
        user("my member id is X as in x-ray, J as in juliet, H, 4 4 7 1 2 2"));
    call(
        agent,
        List.of("lopez"),
        user("this is Maria Lopez"),
        user("M as in Mary, A, R, I, A, then L as in Lima, O, P, E, Z"));
  }

  @Test
  void a_number_said_again_in_words_in_pairs_or_across_turns_is_masked() {
    var agent = ProxyCalls.fakeAgent();
    var phone = List.of("4155552671");
    call(agent, phone, user(PHONE_SAID), user("four one five, five five five, two six seven one"));
    call(agent, phone, user(PHONE_SAID), user("four one five triple five two six seven one"));
    call(agent, phone, user(PHONE_SAID), user("four one five double five five two six seven one"));
    call(
        agent,
        phone,
        user(PHONE_SAID),
        user("it's four fifteen, five fifty-five, twenty-six seventy-one"));
    call(agent, List.of("552671"), user(PHONE_SAID), user("fifty-five twenty-six seventy-one"));
    call(
        agent,
        phone,
        user("my number is four one five five five five two six seven one"),
        user("so 415-555-2671 right"));
    call(
        agent,
        List.of("4155552671", "5552671"),
        user("my number, it's four one five"),
        user("five five five two six seven one"));
    call(agent, List.of("4155552671", "5552671"), user("it's 415"), user("555 2671"));
    call(
        agent,
        List.of("4155552671", "5552671"),
        user("my number is four one five..."),
        user("...five five five, two six seven one"));
    call(agent, List.of("2671"), user(PHONE_SAID), user("the one ending in two six seven one"));
    call(agent, List.of("2671"), user(PHONE_SAID), user("the one ending in 2671"));
    call(
        agent,
        List.of("4155550107"),
        user("my number is 415 555 0107"),
        user("four one five five five five oh one oh seven"));
    call(
        agent,
        List.of("40071882"),
        user("my MRN is 40071882"),
        user("four double oh seven one eight eight two"));
    call(
        agent,
        List.of("447122"),
        user("my member id is X J H 4 4 7 1 2 2"),
        user("so x-ray juliet hotel four four seven one two two"));
  }

  @Test
  void a_birth_date_said_again_in_words_and_an_old_age_in_words_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var dob = user("my date of birth is 03/14/1961");
    call(agent, List.of("marchfourteenth", "314"), dob, user("yes march fourteenth, sixty-one"));
    call(agent, List.of("fourteenthofmarch"), dob, user("it's the fourteenth of march"));
    call(agent, List.of("31461"), dob, user("3-14-61"));
    call(agent, List.of("march14"), dob, user("march 14th 61"));
    // A year with a birth cue is no PHI (Safe Harbor); the day and month are.
    call(agent, List.of("marchfourteenth"), dob, user("born nineteen sixty-one, march fourteenth"));
    call(agent, List.of("31461"), user("my date of birth is three fourteen sixty one"));
    call(agent, List.of("ninetytwo"), user("I'm ninety-two years old"));
    call(agent, List.of("ninetytwo"), user("my mother is ninety two"));
    call(agent, List.of("hundredandtwo"), user("I'm a hundred and two years old"));
  }

  @Test
  void values_the_assistant_or_a_tool_repeats_in_another_form_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var both = List.of("lopez", "4155552671");
    var said = user(NAME_SAID + ", " + PHONE_SAID);
    call(agent, both, said, assistant("Thanks Maria Lopez, I have 415-555-2671."), user("yes"));
    call(
        agent,
        List.of("lopez"),
        user(NAME_SAID),
        assistant("so that's Lopez, L-O-P-E-Z?"),
        user("yes"));
    call(
        agent,
        both,
        user(PHONE_SAID),
        assistant("I have four one five, five five five, two six seven one."),
        user("yes"));
    call(
        agent,
        both,
        assistant("I have Maria Lopez at 415-555-2671 on file."),
        user("yes that's right"));
    call(
        agent,
        both,
        said,
        assistant("Let me look that up."),
        message("tool", "Patient: LOPEZ, MARIA; tel (415)555-2671"));
    call(
        agent,
        both,
        said,
        assistant("Let me check."),
        message("tool", "{\"patient\":\"M. LOPEZ\",\"tel\":\"415.555.2671\"}"));
  }

  @Test
  void values_with_fillers_glued_words_pauses_or_repeated_words_are_masked() {
    var agent = ProxyCalls.fakeAgent();
    var lopez = List.of("lopez");
    var phone = List.of("4155552671");
    call(agent, phone, user("my number is four one five um five five five uh two six seven one"));
    call(agent, phone, user("my number is four one five\nfive five five two six seven one"));
    call(agent, phone, user("ya its four one five five five five two six seven one"));
    call(agent, phone, user("call me at 415...555...2671"));
    call(agent, lopez, user(NAME_SAID), user("it's mariaLopez"));
    call(agent, List.of("lopez", "2671"), user(NAME_SAID + ", " + PHONE_SAID), user("lopez2671"));
    call(
        agent,
        List.of("lopez", "2671"),
        user(NAME_SAID + ", " + PHONE_SAID),
        user("MariaLopez2671"));
    call(agent, lopez, user(NAME_SAID), user("lopez, maria"));
    call(agent, lopez, user("my name is maria\nlopez"));
    call(agent, lopez, user("my name is maria ... lopez"));
    call(agent, lopez, user("my name is maria, lopez"));
    call(agent, lopez, user("my name is is maria lopez"));
    call(agent, lopez, user("my name is Maria Lopez"), user("um my name is uh maria lopez"));
  }
}
