package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.message;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.quoted;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolCall;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Probes of an eighth outside leak hunt (ADR 24), about what voice platforms send turn after turn:
 * the whole conversation again each turn, assistant turns holding what the caller said, tool calls
 * and results of a record look-up (JSON records with numbers, nulls and booleans), message names
 * and content parts; values coming back in forms speech-to-text or the model changed; fields of the
 * request body; and unusual characters inside values. What would go upstream is read as the seventh
 * hunt read it (ADR 22).
 */
class ChatRequestEighthHuntProbesTest {
  /** What the call said first, each value with its cue. */
  static final String SAID =
      "Hi, this is Ottilie Brackenridge, date of birth 02/17/1961, my phone is 971 555 0148,"
          + " MRN 58203917, member id KVN415062, email ottilie.brackenridge@example.org,"
          + " I live at 3318 Saffronfield Court, Tigard, OR 97223";

  /** The forms of every planted value a reader must not find. */
  static final String[] ALL = {
    "brackenridge",
    "ottilie",
    "9715550148",
    "58203917",
    "415062",
    "02171961",
    "saffronfield",
    "97223"
  };

  private static final Masker MASKER = ChatFixtures.masker();
  private int sessions;

  /** Plays a probe in a session of its own: null when nothing leaked, else what did. */
  String leak(HuntProbe probe) {
    return probe.leakIn(
        TextMask.of(MASKER, "agt_test/hunt8-" + sessions++),
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

  /** A probe played as the last of several requests of one call, each the whole history so far. */
  private static HuntProbe turnByTurn(String name, List<String> turns, String... forms) {
    var before = new java.util.ArrayList<String>();
    for (int i = 1; i < turns.size(); i++) {
      before.add(body(null, turns.subList(0, i).toArray(String[]::new)));
    }
    return new HuntProbe(name, before, body(null, turns.toArray(String[]::new)), List.of(forms));
  }

  static String toolCallNamed(String id, String function, String arguments) {
    return "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\""
        + id
        + "\",\"type\":\"function\",\"function\":{\"name\":\""
        + function
        + "\",\"arguments\":"
        + quoted(arguments)
        + "}}]}";
  }

  static String toolAnswer(String id, String content) {
    return "{\"role\":\"tool\",\"tool_call_id\":\""
        + id
        + "\",\"content\":"
        + quoted(content)
        + "}";
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

  static String parts(String role, String... texts) {
    var out = new StringBuilder("{\"role\":\"" + role + "\",\"content\":[");
    for (int i = 0; i < texts.length; i++) {
      out.append(i == 0 ? "" : ",").append("{\"type\":\"text\",\"text\":");
      out.append(quoted(texts[i])).append('}');
    }
    return out.append("]}").toString();
  }

  private static final String SYSTEM =
      message(
          "system",
          "You are Maple, the scheduling assistant of Rosewood Family Clinic. Verify the caller"
              + " with name and date of birth before you look up a record.");

  private static final String GREETING =
      assistant(
          "Thank you for calling Rosewood Family Clinic, this is Maple. Who am I speaking with?");

  /** An EHR look-up's record, as a pharmacy or EHR tool returns it: numbers, nulls, booleans. */
  static final String RECORD =
      "{\"resourceType\":\"Patient\",\"id\":58203917,\"active\":true,\"deceased\":false,"
          + "\"name\":[{\"use\":\"official\",\"family\":\"Brackenridge\",\"given\":[\"Ottilie\"]}],"
          + "\"telecom\":[{\"system\":\"phone\",\"value\":9715550148},{\"system\":\"email\","
          + "\"value\":\"ottilie.brackenridge@example.org\"}],\"birthDate\":\"1961-02-17\","
          + "\"address\":[{\"line\":[\"3318 Saffronfield Ct\"],\"city\":\"Tigard\","
          + "\"state\":\"OR\",\"postalCode\":97223}],\"insurance\":{\"memberId\":\"KVN415062\","
          + "\"group\":null,\"primary\":true},\"allergies\":[],\"notes\":null}";

  // ---------------------------------------------------------------------------------------------
  // Round 1: whole conversations as voice platforms send them

  static Stream<HuntProbe> conversations() {
    var caller =
        user(
            "hi um yes this is ottilie brackenridge i'm calling about my refill, my date of birth"
                + " is february seventeenth nineteen sixty one");
    var readBack =
        assistant(
            "Thank you, Ottilie Brackenridge. I have your date of birth as February 17, 1961."
                + " Let me pull up your chart.");
    var lookup =
        toolCallNamed(
            "call_lookup",
            "lookup_patient",
            "{\"last_name\":\"Brackenridge\",\"first_name\":\"Ottilie\",\"dob\":\"1961-02-17\"}");
    var found = toolAnswer("call_lookup", RECORD);
    var confirm =
        assistant(
            "I found your chart. Is the best number still nine seven one, five five five, zero one"
                + " four eight?");
    var yes = user("yes that's right and I'm still at thirty three eighteen saffronfield court");
    return Stream.of(
        fresh(
            "a whole conversation in one request",
            body(null, SYSTEM, GREETING, caller, readBack, lookup, found, confirm, yes),
            ALL),
        turnByTurn(
            "a whole conversation, turn by turn, each turn the whole history",
            List.of(SYSTEM, GREETING, caller, readBack, lookup, found, confirm, yes),
            ALL),
        fresh(
            "an EHR record as a tool result with numbers as JSON numbers",
            body(null, user("look me up"), lookupOf(RECORD)),
            ALL),
        fresh(
            "a record with numbers, no names in keys",
            body(
                null,
                user("what's on file"),
                lookupOf("{\"result\":[58203917,9715550148,\"1961-02-17\",null,true,97223]}")),
            "58203917",
            "9715550148"),
        fresh(
            "a pharmacy record with nested arrays",
            body(
                null,
                user("check my refills"),
                lookupOf(
                    "{\"patient\":{\"mrn\":58203917,\"dob\":19610217,\"contact\":{\"phones\":"
                        + "[{\"type\":\"home\",\"number\":9715550148,\"ext\":null}]}},"
                        + "\"rx\":[{\"drug\":\"lisinopril\",\"qty\":30,\"refills\":2}]}")),
            "58203917",
            "19610217",
            "9715550148"),
        fresh(
            "tool arguments with numbers as JSON numbers",
            body(
                null,
                user("hi"),
                toolCall("{\"mrn\":58203917,\"phone\":9715550148,\"zip\":97223,\"dob\":19610217}")),
            "58203917",
            "9715550148",
            "19610217"),
        fresh(
            "tool arguments of a phone as a number with no key naming it",
            body(null, user("hi"), toolCall("{\"q\":9715550148}")),
            "9715550148"),
        fresh(
            "tool arguments holding an MRN as a number after the caller said it",
            body(null, user("my MRN is 58203917"), toolCall("{\"id\":58203917}")),
            "58203917"),
        fresh(
            "the MRN as a float in a record",
            body(null, user("look"), lookupOf("{\"patient_id\":58203917.0}")),
            "58203917"),
        fresh(
            "the MRN in exponent notation in a record",
            body(null, user("look"), lookupOf("{\"mrn\":5.8203917E7}")),
            "58203917"),
        fresh(
            "a name on the user message",
            body(null, named("user", "Ottilie_Brackenridge", "hi I need a refill")),
            "brackenridge"),
        fresh(
            "a name on the assistant message",
            body(null, user("hi"), named("assistant", "OttilieBrackenridge", "hello")),
            "brackenridge"),
        fresh(
            "a phone as the user message name",
            body(null, named("user", "caller_9715550148", "hi")),
            "9715550148"),
        fresh(
            "a name on the system message",
            body(null, named("system", "Brackenridge", "be brief"), user("hi")),
            "brackenridge"),
        fresh(
            "a phone cut across two content parts",
            body(null, parts("user", "my number is 971 555", "0148")),
            "9715550148"),
        fresh(
            "a name cut across two content parts",
            body(null, parts("user", "this is Ottilie Bracken", "ridge")),
            "brackenridge"),
        fresh(
            "a date cut across two content parts",
            body(null, parts("user", "date of birth february seventeenth", "nineteen sixty one")),
            "february17"),
        fresh(
            "assistant content as parts rehydrated",
            body(
                null,
                user(SAID),
                parts("assistant", "Thanks Ottilie Brackenridge,", " I have 971 555 0148 on file")),
            ALL),
        fresh(
            "an assistant refusal naming the caller",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"content\":null,\"refusal\":\"I can't share Ottilie"
                    + " Brackenridge's chart, MRN 58203917\"}",
                user("ok")),
            "brackenridge",
            "58203917"),
        fresh(
            "an assistant refusal part",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"content\":[{\"type\":\"refusal\",\"refusal\":"
                    + "\"I can't read out 971 555 0148\"}]}",
                user("ok")),
            "9715550148"),
        fresh(
            "a developer message holding the caller",
            body(
                null,
                message("developer", "Caller: Ottilie Brackenridge, DOB 1961-02-17"),
                user("hi")),
            "brackenridge",
            "19610217"),
        fresh(
            "a legacy function message",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"content\":null,\"function_call\":{\"name\":\"lookup\","
                    + "\"arguments\":\"{\\\"mrn\\\":58203917}\"}}",
                "{\"role\":\"function\",\"name\":\"lookup\",\"content\":\"Brackenridge, Ottilie"
                    + " 971-555-0148\"}"),
            "brackenridge",
            "58203917",
            "9715550148"),
        fresh(
            "parallel tool calls each holding part of the phone",
            body(
                null,
                user("check both"),
                "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"a\",\"type\":"
                    + "\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"area\\\":"
                    + "\\\"971\\\",\\\"number\\\":\\\"5550148\\\"}\"}},{\"id\":\"b\",\"type\":"
                    + "\"function\",\"function\":{\"name\":\"g\",\"arguments\":\"{\\\"mrn\\\":"
                    + "58203917}\"}}]}",
                toolAnswer("a", "ok"),
                toolAnswer("b", "ok")),
            "9715550148",
            "58203917"),
        fresh(
            "an assistant turn that rehydrated the name in a fresh session",
            body(
                null,
                user("hello"),
                assistant("Hello Ms. Brackenridge, how can I help?"),
                user("refill")),
            "brackenridge"),
        fresh(
            "an assistant turn reading the phone back in words",
            body(
                null,
                user("call me back"),
                assistant("Sure, I'll call nine seven one, five five five, oh one four eight."),
                user("thanks")),
            "9715550148"),
        fresh(
            "a tool result with an error naming the caller",
            body(
                null,
                user("look"),
                lookupOf(
                    "{\"error\":{\"code\":404,\"message\":\"no patient Brackenridge, Ottilie dob 1961-02-17\"}}")),
            "brackenridge",
            "19610217"),
        fresh(
            "a tool result as plain key value lines",
            body(
                null,
                user("look"),
                lookupOf(
                    "last_name=Brackenridge\nfirst_name=Ottilie\ndob=1961-02-17\nphone=9715550148")),
            "brackenridge",
            "19610217",
            "9715550148"),
        fresh(
            "a tool result as a CSV row under its header",
            body(
                null,
                user("look"),
                lookupOf(
                    "mrn,last,first,dob,phone\n58203917,Brackenridge,Ottilie,1961-02-17,9715550148")),
            ALL[0],
            "58203917",
            "19610217",
            "9715550148"));
  }

  private static String lookupOf(String content) {
    return toolCallNamed("call_1", "lookup_patient", "{}") + "," + toolAnswer("call_1", content);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 2: recurrences in forms changed by speech-to-text or the model

  static Stream<HuntProbe> recurrences() {
    return Stream.of(
            recurring("Brackenridge", "brackenridge"),
            recurring("BRACKENRIDGE", "brackenridge"),
            recurring("brackenridge's", "brackenridge"),
            recurring("Mrs Brackenridge", "brackenridge"),
            recurring("O. Brackenridge", "brackenridge"),
            recurring("Brackenridge, O.", "brackenridge"),
            recurring("Tillie Brackenridge", "brackenridge"),
            recurring("Ottie Brackenridge", "brackenridge"),
            recurring("Ottilie B.", "ottilie"),
            recurring("Bracken Ridge", "brackenridge"),
            recurring("Brackenrige", "brackenrige"),
            recurring("Breckenridge", "breckenridge"),
            recurring("Brackenridge-Hale", "brackenridge"),
            recurring("b r a c k e n r i d g e", "brackenridge"),
            recurring("ottilie", "ottilie"),
            recurring("97 15 55 01 48", "9715550148"),
            recurring("9 7 1 5 5 5 0 1 4 8", "9715550148"),
            recurring("971.555.0148", "9715550148"),
            recurring("(971)5550148", "9715550148"),
            recurring("971-5550-148", "9715550148"),
            recurring("+1 (971) 555-0148", "9715550148"),
            recurring("nine seven one five five five zero one four eight", "9715550148"),
            recurring("nine seventy one, five five five, oh one four eight", "9715550148"),
            recurring("971 triple five 0148", "9715550148"),
            recurring("nine seven one, 555, zero one forty eight", "9715550148"),
            recurring("area code 971, then 555 0148", "9715550148"),
            recurring("2/17/61", "21761"),
            recurring("17/02/1961", "17021961"),
            recurring("1961-02-17", "19610217"),
            recurring("17 Feb 1961", "17feb1961"),
            recurring("Feb. 17th, '61", "feb17"),
            recurring("February seventeenth, nineteen sixty one", "february17"),
            recurring("the seventeenth of February sixty one", "17thoffebruary"),
            recurring("seventeen February nineteen sixty-one", "17february"),
            recurring("02-17-1961", "02171961"),
            recurring("19610217", "19610217"),
            recurring("born 2 17 61", "21761"),
            recurring("58-20-39-17", "58203917"),
            recurring("582 039 17", "58203917"),
            recurring("five eight two oh three nine one seven", "58203917"),
            recurring("fifty eight twenty thirty nine seventeen", "58203917"),
            recurring("MRN # 58203917", "58203917"),
            recurring("K V N 4 1 5 0 6 2", "415062"),
            recurring("KVN-415-062", "415062"),
            recurring("kilo victor november four one five oh six two", "415062"),
            recurring("kvn415062", "415062"),
            recurring("ottilie dot brackenridge at example dot org", "brackenridge"),
            recurring("OTTILIE.BRACKENRIDGE@EXAMPLE.ORG", "brackenridge"),
            recurring("ottilie brackenridge at example dot org", "brackenridge"),
            recurring("o brackenridge at example.org", "brackenridge"),
            recurring("3318 Saffronfield Ct", "saffronfield"),
            recurring("thirty three eighteen Saffronfield Court", "saffronfield"),
            recurring("Saffronfield Ct.", "saffronfield"),
            recurring("33-18 Saffron Field Court", "saffronfield"),
            recurring("saffron field", "saffronfield"),
            recurring("97223", "97223"),
            recurring("nine seven two two three", "97223"),
            recurring("Tigard, Oregon, 97223-4410", "97223"))
        .flatMap(s -> s);
  }

  /** A value said over two turns, with the agent's prompt between. */
  static Stream<HuntProbe> acrossTurns() {
    return Stream.of(
        afterSaying(
            "the phone read back in two assistant turns",
            body(
                null,
                user("what number do you have"),
                assistant("I have nine seven one"),
                user("go on"),
                assistant("five five five zero one four eight"),
                user("yes")),
            "9715550148"),
        fresh(
            "a phone said over two user turns with a prompt between",
            body(
                null,
                user("my number is nine seven one"),
                assistant("mm-hm"),
                user("five five five zero one four eight")),
            "9715550148"),
        fresh(
            "a surname spelled over two turns with a prompt between",
            body(
                null, user("my last name is b r a c k e n"), assistant("go on"), user("r i d g e")),
            "brackenridge"),
        fresh(
            "a date said over two turns",
            body(
                null,
                user("date of birth february seventeenth"),
                assistant("and the year?"),
                user("nineteen sixty one")),
            "february17"),
        fresh(
            "the name in one content part, the date in the next",
            body(null, parts("user", "Ottilie Brackenridge", "02/17/1961")),
            "brackenridge",
            "02171961"),
        afterSaying(
            "the MRN cut between an assistant prompt and the answer",
            body(null, assistant("Your MRN starts 5820, what's the rest?"), user("3917")),
            "58203917"),
        afterSaying(
            "the last four of the phone alone",
            body(null, assistant("Can you confirm the last four of your phone?"), user("0148")),
            "0148"));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 3: request fields

  static Stream<HuntProbe> fields() {
    var said = user(SAID);
    return Stream.of(
        fresh(
            "metadata holding the name",
            body("\"metadata\":{\"patient\":\"Ottilie Brackenridge\"}", said),
            "brackenridge"),
        fresh(
            "metadata key naming the MRN",
            body("\"store\":true,\"metadata\":{\"58203917\":\"x\"}", said),
            "58203917"),
        fresh(
            "user holding the e-mail",
            body("\"user\":\"ottilie.brackenridge@example.org\"", said),
            "brackenridge"),
        fresh(
            "safety identifier holding the phone",
            body("\"safety_identifier\":\"9715550148\"", said),
            "9715550148"),
        fresh(
            "prompt cache key holding the MRN",
            body("\"prompt_cache_key\":\"mrn58203917\"", said),
            "58203917"),
        fresh(
            "prediction content string",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":\"Ottilie Brackenridge 971 555 0148\"}",
                said),
            "brackenridge",
            "9715550148"),
        fresh(
            "prediction content string, a name with no cue in a fresh call",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":\"Ottilie Brackenridge 971 555 0148\"}",
                user("hi")),
            "brackenridge",
            "9715550148"),
        fresh(
            "prediction content parts",
            body(
                "\"prediction\":{\"type\":\"content\",\"content\":[{\"type\":\"text\",\"text\":\"Brackenridge\"}]}",
                said),
            "brackenridge"),
        fresh(
            "response format schema enum of names",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"schema\":{\"type\":\"object\",\"properties\":{\"who\":{\"type\":\"string\","
                    + "\"enum\":[\"Ottilie Brackenridge\",\"someone else\"]}}}}}",
                said),
            "brackenridge"),
        fresh(
            "response format schema const phone",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"schema\":{\"type\":\"object\",\"properties\":{\"phone\":{\"const\":9715550148}}}}}",
                said),
            "9715550148"),
        fresh(
            "response format schema title",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"schema\":{\"title\":\"Ottilie Brackenridge summary\",\"type\":\"object\"}}}",
                said),
            "brackenridge"),
        fresh(
            "response format schema examples of numbers",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"schema\":{\"type\":\"object\",\"properties\":{\"mrn\":{\"type\":\"integer\","
                    + "\"examples\":[58203917]}}}}}",
                said),
            "58203917"),
        fresh(
            "response format schema minimum holding the MRN",
            body(
                "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\","
                    + "\"schema\":{\"type\":\"object\",\"properties\":{\"mrn\":{\"type\":\"integer\","
                    + "\"minimum\":58203917,\"maximum\":58203917}}}}}",
                said),
            "58203917"),
        fresh(
            "tool description holding the phone",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"call_back\","
                    + "\"description\":\"calls the patient back at 971 555 0148\",\"parameters\":{\"type\":\"object\"}}}]",
                said),
            "9715550148"),
        fresh(
            "tool parameter enum of names",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"who\":{\"type\":\"string\",\"enum\":"
                    + "[\"Brackenridge\",\"Other\"]}}}}}]",
                said),
            "brackenridge"),
        fresh(
            "tool parameter enum of numbers",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"mrn\":{\"type\":\"integer\",\"enum\":"
                    + "[58203917]}}}}}]",
                said),
            "58203917"),
        fresh(
            "tool parameter default number",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                    + "{\"type\":\"object\",\"properties\":{\"phone\":{\"type\":\"integer\",\"default\":"
                    + "9715550148}}}}}]",
                said),
            "9715550148"),
        fresh(
            "a custom tool's description and grammar",
            body(
                "\"tools\":[{\"type\":\"custom\",\"custom\":{\"name\":\"lookup\",\"description\":"
                    + "\"for Ottilie Brackenridge\",\"format\":{\"type\":\"grammar\",\"grammar\":"
                    + "{\"syntax\":\"regex\",\"definition\":\"9715550148|58203917\"}}}}]",
                said),
            "brackenridge",
            "9715550148",
            "58203917"),
        fresh(
            "tool choice of allowed tools",
            body(
                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}],\"tool_choice\":"
                    + "{\"type\":\"allowed_tools\",\"allowed_tools\":{\"mode\":\"auto\",\"tools\":"
                    + "[{\"type\":\"function\",\"function\":{\"name\":\"brackenridge\"}}]}}",
                said),
            "brackenridge"),
        fresh(
            "logit bias key holding the phone",
            body("\"logit_bias\":{\"9715550148\":5}", said),
            "9715550148"),
        fresh(
            "logit bias key holding the MRN",
            body("\"logit_bias\":{\"58203917\":-100}", said),
            "58203917"),
        fresh("stop holding the surname", body("\"stop\":\"Brackenridge\"", said), "brackenridge"),
        fresh(
            "stop holding the phone",
            body("\"stop\":[\"971 555 0148\",\"bye\"]", said),
            "9715550148"),
        fresh(
            "max completion tokens holding the MRN",
            body("\"max_completion_tokens\":58203917", said),
            "58203917"),
        fresh("max tokens holding the ZIP", body("\"max_tokens\":97223", said), "97223"),
        fresh("n holding the ZIP", body("\"n\":97223", said), "97223"),
        fresh(
            "top logprobs holding a number",
            body("\"logprobs\":true,\"top_logprobs\":58203917", said),
            "58203917"),
        fresh(
            "temperature holding the phone",
            body("\"temperature\":9715550148", said),
            "9715550148"),
        fresh(
            "verbosity holding the surname",
            body("\"verbosity\":\"Brackenridge\"", said),
            "brackenridge"),
        fresh(
            "modalities holding the surname",
            body("\"modalities\":[\"text\",\"Brackenridge\"]", said),
            "brackenridge"),
        fresh(
            "web search context size holding the surname",
            body("\"web_search_options\":{\"search_context_size\":\"Brackenridge\"}", said),
            "brackenridge"),
        fresh(
            "stream options holding the surname",
            body(
                "\"stream\":true,\"stream_options\":{\"include_usage\":true,\"include_obfuscation\":\"Brackenridge\"}",
                said),
            "brackenridge"),
        fresh(
            "a file part with data holding a record",
            body(
                null,
                "{\"role\":\"user\",\"content\":[{\"type\":\"file\",\"file\":{\"filename\":\"r.txt\","
                    + "\"file_data\":\"data:text/plain;base64,"
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            "Ottilie Brackenridge MRN 58203917"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    + "\"}}]}"),
            "brackenridge",
            "58203917"),
        fresh(
            "an input audio part",
            body(
                null,
                "{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"input_audio\":{\"data\":\""
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            "Ottilie Brackenridge"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    + "\",\"format\":\"wav\"}}]}"),
            "brackenridge"),
        fresh(
            "an assistant audio id",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"audio\":{\"id\":\"audio_9715550148\"}}",
                user("ok")),
            "9715550148"),
        fresh(
            "a function call name",
            body(
                "\"functions\":[{\"name\":\"f\"}],\"function_call\":{\"name\":\"brackenridge_58203917\"}",
                said),
            "brackenridge",
            "58203917"),
        fresh(
            "an image detail field",
            body(
                null,
                "{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x.example/a.png\",\"detail\":\"Brackenridge\"}}]}"),
            "brackenridge"),
        fresh(
            "a tool call type holding the name",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"type\":\"Brackenridge\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}"),
            "brackenridge"),
        fresh(
            "a custom tool call's input",
            body(
                null,
                user("hi"),
                "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"type\":\"custom\",\"custom\":"
                    + "{\"name\":\"lookup\",\"input\":\"Ottilie Brackenridge 1961-02-17\"}}]}",
                toolAnswer("c", "ok")),
            "brackenridge",
            "19610217"));
  }

  // ---------------------------------------------------------------------------------------------
  // Round 4: unusual characters inside values, in voice turns and in tool JSON

  static Stream<HuntProbe> characters() {
    return Stream.of(
            everywhere(
                "zero-width spaces in a phone", "my phone is 971\u200b555\u200b0148", "9715550148"),
            everywhere(
                "soft hyphen in a surname",
                "my name is Ottilie Bracken\u00adridge",
                "brackenridge"),
            everywhere(
                "no-break spaces in a phone", "my phone is 971\u00a0555\u00a00148", "9715550148"),
            everywhere(
                "narrow no-break spaces in a phone", "phone 971\u202f555\u202f0148", "9715550148"),
            everywhere("figure spaces in a phone", "phone 971\u2007555\u20070148", "9715550148"),
            everywhere("thin spaces in an MRN", "MRN 5820\u20093917", "58203917"),
            everywhere("full-width digits", "my phone is ９７１ ５５５ ０１４８", "9715550148"),
            everywhere("full-width letters", "my name is Ｏｔｔｉｌｉｅ Ｂｒａｃｋｅｎｒｉｄｇｅ", "brackenridge"),
            everywhere(
                "combining marks in a surname",
                "my name is Ottilie Bra\u0301cke\u0300nridge",
                "brackenridge"),
            everywhere(
                "right-to-left mark in a phone", "phone \u200f971\u200f 555 0148", "9715550148"),
            everywhere(
                "right-to-left override of a name",
                "my name is \u202eegdirnekcarB\u202c",
                "brackenridge"),
            everywhere("ligatures in a street", "I live at 3318 Saﬀronﬁeld Court", "saffronfield"),
            everywhere("superscript digits", "phone ⁹⁷¹⁵⁵⁵⁰¹⁴⁸", "9715550148"),
            everywhere("subscript digits", "MRN ₅₈₂₀₃₉₁₇", "58203917"),
            everywhere("mathematical bold digits", "phone 𝟗𝟕𝟏 𝟓𝟓𝟓 𝟎𝟏𝟒𝟖", "9715550148"),
            everywhere(
                "mathematical bold letters",
                "my name is 𝐎𝐭𝐭𝐢𝐥𝐢𝐞 𝐁𝐫𝐚𝐜𝐤𝐞𝐧𝐫𝐢𝐝𝐠𝐞",
                "brackenridge"),
            everywhere(
                "mathematical script letters",
                "my name is 𝒪𝓉𝓉𝒾𝓁𝒾𝑒 𝐵𝓇𝒶𝒸𝓀𝑒𝓃𝓇𝒾𝒹𝑔𝑒",
                "brackenridge"),
            everywhere("mathematical monospace digits", "MRN 𝟻𝟾𝟸𝟶𝟹𝟿𝟷𝟽", "58203917"),
            everywhere(
                "word joiners in a surname",
                "my name is Ottilie Brack\u2060en\u2060ridge",
                "brackenridge"),
            everywhere("byte order marks in a phone", "phone 971\ufeff555\ufeff0148", "9715550148"),
            everywhere(
                "ideographic space in a phone", "phone 971\u3000555\u30000148", "9715550148"),
            everywhere("en dashes in a phone", "phone 971–555–0148", "9715550148"),
            everywhere(
                "non-breaking hyphens in a phone", "phone 971\u2011555\u20110148", "9715550148"),
            everywhere("fraction slash in a date", "date of birth 02⁄17⁄1961", "02171961"),
            everywhere("circled digits", "MRN ⑤⑧②⓪③⑨①⑦", "58203917"),
            everywhere("dingbat circled digits", "MRN ➎➑➋⓿➌➒➊➐", "58203917"),
            everywhere(
                "keycap digits",
                "phone 9\ufe0f\u20e37\ufe0f\u20e31\ufe0f\u20e3 555 0148",
                "9715550148"),
            everywhere("small capitals", "my name is ᴏᴛᴛɪʟɪᴇ ʙʀᴀᴄᴋᴇɴʀɪᴅɢᴇ", "brackenridge"),
            everywhere("a tab inside a phone", "phone 971\t555\t0148", "9715550148"),
            everywhere(
                "a line break inside a name", "my name is Ottilie\nBrackenridge", "brackenridge"),
            everywhere("dotless i in a name", "my name is Ottılıe Brackenrıdge", "brackenrdge"),
            everywhere(
                "zero-width chars in a record's JSON",
                "{\"family\":\"Bracken\u200dridge\",\"phone\":\"971\u200c555\u200c0148\"}",
                "brackenridge",
                "9715550148"),
            everywhere(
                "escaped zero-width chars in a record's JSON",
                "{\"family\":\"Bracken\\u200bridge\",\"phone\":\"971\\u00a0555\\u00a00148\"}",
                "brackenridge",
                "9715550148"),
            everywhere(
                "escaped full-width digits in a record's JSON",
                "{\"mrn\":\"\\uff15\\uff18\\uff12\\uff10\\uff13\\uff19\\uff11\\uff17\"}",
                "58203917"),
            everywhere(
                "soft hyphen escaped in a record's JSON",
                "{\"name\":\"Ottilie Bracken\\u00adridge\"}",
                "brackenridge"),
            recurring("Bracken\u00adridge", "brackenridge"),
            recurring("Bräckenridge", "brackenridge"),
            recurring("Ｂｒａｃｋｅｎｒｉｄｇｅ", "brackenridge"),
            recurring("𝐁𝐫𝐚𝐜𝐤𝐞𝐧𝐫𝐢𝐝𝐠𝐞", "brackenridge"),
            recurring("ʙʀᴀᴄᴋᴇɴʀɪᴅɢᴇ", "brackenridge"),
            recurring("９７１５５５０１４８", "9715550148"),
            recurring("⁹⁷¹⁵⁵⁵⁰¹⁴⁸", "9715550148"),
            recurring("971\u200b555\u200b0148", "9715550148"),
            recurring("Saﬀronﬁeld", "saffronfield"),
            recurring("Bracken\u200bridge", "brackenridge"))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Round 5: more of what voice platforms send

  static String toolParts(String id, String... texts) {
    var out = new StringBuilder("{\"role\":\"tool\",\"tool_call_id\":\"" + id + "\",\"content\":[");
    for (int i = 0; i < texts.length; i++) {
      out.append(i == 0 ? "" : ",").append("{\"type\":\"text\",\"text\":");
      out.append(quoted(texts[i])).append('}');
    }
    return out.append("]}").toString();
  }

  static Stream<HuntProbe> platforms() {
    var said = user(SAID);
    return Stream.of(
        fresh(
            "a platform's caller object beside the messages",
            body(
                "\"customer\":{\"number\":\"+19715550148\",\"name\":\"Ottilie Brackenridge\"}",
                said),
            "9715550148",
            "brackenridge"),
        fresh(
            "a platform's extra body of dynamic variables",
            body("\"elevenlabs_extra_body\":{\"patient_name\":\"Ottilie Brackenridge\"}", said),
            "brackenridge"),
        fresh(
            "a platform's metadata of the call",
            body("\"metadata\":{\"caller_number\":\"+19715550148\"}", said),
            "9715550148"),
        fresh(
            "a tool result as content parts",
            body(null, user(SAID), toolCallNamed("c1", "lookup", "{}"), toolParts("c1", RECORD)),
            ALL),
        fresh(
            "a tool result as content parts cutting the phone",
            body(
                null,
                user("look me up"),
                toolCallNamed("c1", "lookup", "{}"),
                toolParts("c1", "phone on file: 971 555", "0148")),
            "9715550148"),
        fresh(
            "a system prompt as content parts holding the caller",
            body(
                null,
                parts("system", "Caller: Ottilie Brackenridge", "DOB: 1961-02-17"),
                user("hi")),
            "brackenridge",
            "19610217"),
        fresh(
            "an assistant turn with content and tool calls",
            body(
                null,
                user(SAID),
                "{\"role\":\"assistant\",\"content\":\"Let me look up Ottilie Brackenridge, born"
                    + " February 17, 1961.\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                    + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{\\\"name\\\":"
                    + "\\\"Brackenridge\\\"}\"}}]}",
                toolAnswer("c1", "found")),
            ALL),
        fresh(
            "an assistant turn's parts cutting the phone",
            body(
                null,
                user("hi"),
                parts("assistant", "Your number is 971 555", " 0148, right?"),
                user("yes")),
            "9715550148"),
        fresh(
            "a record naming the caller in HL7 order under a name key",
            body(null, user("look"), lookupOf("{\"patient_name\":\"BRACKENRIDGE^OTTILIE\"}")),
            "brackenridge"),
        fresh(
            "a record naming the caller surname first under a name key",
            body(null, user("look"), lookupOf("{\"name\":\"Brackenridge, Ottilie\"}")),
            "brackenridge"),
        fresh(
            "a record with the phone as a number with its country code",
            body(null, user("look"), lookupOf("{\"phone\":19715550148}")),
            "9715550148"),
        fresh(
            "a record with the phone under a key of another language",
            body(
                null,
                user("look"),
                lookupOf("{\"telefono\":9715550148,\"apellido\":\"Brackenridge\"}")),
            "9715550148",
            "brackenridge"),
        fresh(
            "a record with the date of birth as a number",
            body(null, user("look"), lookupOf("{\"birth_date\":19610217}")),
            "19610217"),
        fresh(
            "a record with nested arrays of arrays",
            body(
                null,
                user("look"),
                lookupOf("{\"rows\":[[\"Brackenridge\",\"Ottilie\",58203917,9715550148]]}")),
            "58203917",
            "9715550148"),
        fresh(
            "a record whose value is JSON in a string in JSON",
            body(
                null,
                user("look"),
                lookupOf(
                    "{\"payload\":\"{\\\"family\\\":\\\"Brackenridge\\\",\\\"mrn\\\":58203917}\"}")),
            "brackenridge",
            "58203917"),
        fresh(
            "a record with booleans and nulls around the name",
            body(
                null,
                user("look"),
                lookupOf(
                    "{\"verified\":true,\"last_name\":\"Brackenridge\",\"middle_name\":null,\"vip\":false}")),
            "brackenridge"),
        turnByTurn(
            "the assistant reading the record back in a later turn",
            List.of(
                user("hi it's about my refill"),
                assistant("Sure, can I have your date of birth?"),
                user("two seventeen sixty one"),
                lookupOf(RECORD),
                assistant(
                    "Thanks Ottilie, I see you at 3318 Saffronfield Ct in Tigard. Is 971-555-0148 still good?"),
                user("yes")),
            ALL),
        turnByTurn(
            "a caller correcting the surname the agent misheard",
            List.of(
                user("my name is ottilie brackenridge"),
                assistant("Thank you Ottilie Breckenridge"),
                user("no it's brackenridge with an a")),
            "brackenridge",
            "breckenridge"),
        turnByTurn(
            "the surname spelled by the caller after the agent asks",
            List.of(
                assistant("Could you spell your last name?"),
                user("b as in bravo r a c k e n r i d g e")),
            "brackenridge"),
        turnByTurn(
            "the e-mail spelled over two turns",
            List.of(
                user("my email is ottilie dot brackenridge"),
                assistant("at which domain?"),
                user("example dot org")),
            "brackenridge"),
        turnByTurn(
            "the e-mail said over two turns, the domain after the agent's prompt",
            List.of(
                user("my email is ottilie dot brackenridge"),
                assistant("go on"),
                user("at example dot org")),
            "brackenridge"),
        turnByTurn(
            "the e-mail's local part spelled, then the domain",
            List.of(
                assistant("What's your email address?"),
                user("o t t i l i e dot b r a c k e n r i d g e at example dot org")),
            "brackenridge"),
        turnByTurn(
            "the phone regrouped by the agent in a later turn",
            List.of(
                user("my number is 971 555 0148"),
                assistant("So that's 97 15 55 01 48?"),
                user("yes")),
            "9715550148"),
        turnByTurn(
            "the date said another way by the agent in a later turn",
            List.of(
                user("I was born on 02/17/1961"),
                assistant("Got it, the seventeenth of February, sixty-one."),
                user("right")),
            "17thoffebruary",
            "02171961"));
  }

  static Stream<HuntProbe> probes() {
    return Stream.of(
            conversations(), recurrences(), acrossTurns(), fields(), characters(), platforms())
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
          // A name with no cue in a fresh call before a phone or a date, given name first
          // ("Ottilie Brackenridge 1961-02-17", a content part, a prediction, a custom tool's
          // input) or surname first ("Brackenridge, Ottilie 971-555-0148", a legacy function
          // message), is a record line's name since the thirteenth round: none is left open.
          // A known five-digit value (the ZIP) as a number in a numeric field: numbers of six
          // digits or more are checked like a seed; a five-digit max_tokens or n is as often an
          // ordinary setting, and only a client bent on leaking puts a ZIP there.
          "max tokens holding the ZIP",
          "n holding the ZIP",
          // An e-mail's local part said after its cue, and its domain only in the next turn after
          // an agent's question that does not say "at": no reading joins them into an address,
          // and the local part alone is no value the e-mail recognizer finds (issue 11).
          "the e-mail spelled over two turns");

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
  // Round 6: the answer path. The caller must hear the real values, however the model split or
  // recased its tokens, and the next request, which holds them, must go up masked.

  /** The session's tokens of the planted call, by kind, after it went up masked. */
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

  private static List<Integer> everySeven(String text) {
    var cuts = new java.util.ArrayList<Integer>();
    for (int at = 7; at < text.length(); at += 7) {
      cuts.add(at);
    }
    return cuts;
  }

  /** The next request of the call, holding what the caller heard, as the platform resends it. */
  private static String nextTurnLeak(String session, String... messages) {
    var request = ChatRequest.parse(body(null, messages));
    assertThat(request.mask(TextMask.of(MASKER, session), RequestRules.DEFAULT))
        .isInstanceOf(ChatRequest.Masking.Masked.class);
    var found = ChatRequestSeventhHuntProbesTest.readable(request.toJson(), List.of(ALL));
    return found.isEmpty() ? null : found + " reached the upstream in " + request.toJson();
  }

  @Test
  void a_streamed_answer_cut_inside_tokens_and_recased_gives_the_caller_the_values() {
    var session = "agt_test/hunt8-answer-stream";
    var tokens = tokensOfTheCall(session);
    var upstream =
        "Thanks "
            + tokens.get("NAME")
            + ". I'll text "
            + tokens.get("PHONE").toLowerCase(java.util.Locale.ROOT)
            + ", that is "
            + tokens.get("PHONE")
            + ", about MRN "
            + tokens.get("MRN")
            + ".";
    var frames = new java.util.ArrayList<String>();
    frames.add(Chunks.role(0));
    frames.addAll(Chunks.contentFrames(0, upstream, everySeven(upstream)));
    frames.add(Chunks.finish(0, "stop"));
    var heard =
        Chunks.contents(
                Chunks.relay(new StreamedAnswer(() -> MASKER.streamRehydrator(session)), frames))
            .get(0);

    assertThat(heard)
        .isEqualTo(
            "Thanks Ottilie Brackenridge. I'll text 971 555 0148, that is 971 555 0148, about MRN"
                + " 58203917.");
    assertThat(nextTurnLeak(session, user(SAID), assistant(heard), user("yes"))).isNull();
  }

  @Test
  void a_streamed_tool_call_gets_the_values_and_the_next_turn_holding_it_goes_up_masked() {
    var session = "agt_test/hunt8-answer-tool";
    var tokens = tokensOfTheCall(session);
    var arguments =
        "{\"name\":\""
            + tokens.get("NAME")
            + "\",\"dob\":\""
            + tokens.get("DOB")
            + "\",\"mrn\":\""
            + tokens.get("MRN")
            + "\"}";
    var frames = new java.util.ArrayList<String>();
    frames.add(Chunks.role(0));
    frames.add(Chunks.toolCallStart(0, 0, "lookup_patient"));
    for (int from = 0; from < arguments.length(); from += 5) {
      frames.add(
          Chunks.toolArguments(
              0, 0, arguments.substring(from, Math.min(arguments.length(), from + 5))));
    }
    frames.add(Chunks.finish(0, "tool_calls"));
    var got =
        Chunks.arguments(
                Chunks.relay(new StreamedAnswer(() -> MASKER.streamRehydrator(session)), frames), 0)
            .get(0);

    assertThat(got).contains("Ottilie Brackenridge").contains("58203917").doesNotContain("MSKV1");
    assertThat(
            nextTurnLeak(
                session,
                user(SAID),
                toolCallNamed("call_0", "lookup_patient", got),
                toolAnswer("call_0", RECORD),
                assistant("I found your chart, Ottilie."),
                user("great")))
        .isNull();
  }

  /**
   * A token the model wrote with spaces after its dots ("MSKV1. PHONE. K_HEALTHCARE. …"): the
   * caller hears the value (it heard the token as written before ADR 24), and the next turn,
   * holding it, goes up masked.
   */
  @Test
  void a_token_the_model_respaced_comes_back_as_the_value() {
    var session = "agt_test/hunt8-answer-respaced";
    var tokens = tokensOfTheCall(session);
    var respaced = tokens.get("PHONE").replace(".", ". ");
    var upstream =
        ChatFixtures.completion(
            "{\"role\":\"assistant\",\"content\":" + quoted("I'll call " + respaced) + "}");
    var heard =
        ChatFixtures.firstMessage(
                ChatAnswer.rehydrate(upstream, text -> MASKER.rehydrateWithReport(session, text))
                    .json())
            .string("content");

    assertThat(heard).isEqualTo("I'll call 971 555 0148");
    var content = "I'll call " + respaced;
    for (int cut = 1; cut < content.length(); cut++) {
      var frames = new java.util.ArrayList<String>();
      frames.add(Chunks.role(0));
      frames.addAll(Chunks.contentFrames(0, content, List.of(cut)));
      frames.add(Chunks.finish(0, "stop"));
      var streamed =
          Chunks.contents(
                  Chunks.relay(new StreamedAnswer(() -> MASKER.streamRehydrator(session)), frames))
              .get(0);
      assertThat(streamed).as("cut at %d", cut).isEqualTo(heard);
    }
    assertThat(nextTurnLeak(session, user(SAID), assistant(heard), user("ok"))).isNull();
  }

  /** Ordinary text in the shapes the fixes read: no token. */
  static final List<String> ORDINARY =
      List.of(
          "{\"name\":\"Riverside\u00a0Family\u00a0Clinic\",\"open\":true}",
          "{\"status\":\"con\u00adfirmed\",\"type\":\"follow up\"}",
          "I need to move my appointment\nto next tuesday afternoon\nif that works",
          "Take one tablet\ntwice a day\nwith food",
          "Ask support for more info at the clinic");

  @TestFactory
  Stream<DynamicTest> ordinary_text_in_those_shapes_is_left_as_it_is() {
    return ORDINARY.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      var mask = TextMask.of(MASKER, "agt_test/plain8-" + sessions++);
                      ChatRequest.parse(body(null, user("my email is info.support@clinic.example")))
                          .mask(mask, RequestRules.DEFAULT);
                      var request = ChatRequest.parse(body(null, user(text)));
                      assertThat(request.mask(mask, RequestRules.DEFAULT))
                          .isInstanceOf(ChatRequest.Masking.Masked.class);
                      assertThat(ChatFixtures.tokens(request.toJson())).as(text).isEmpty();
                    }));
  }
}
