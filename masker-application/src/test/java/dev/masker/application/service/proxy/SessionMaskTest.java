package dev.masker.application.service.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.chat.ChatRequest;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityRecognizer;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The strings of a call as the proxy masks them turn after turn: what the model pass is asked shows
 * what is detected. The history a platform resends, and the readings of it that are only learned
 * from, are detected in their own turn and not again while the session's values stay in memory.
 */
class SessionMaskTest {
  private static final String SCOPE = "agent/call-A";
  private static final String QUESTION = "What is your member ID?";
  private static final String ANSWER = "XJH 4471 22";

  /** Finds nothing; records every text it is asked about. */
  private static final class AskedTexts implements EntityRecognizer {
    final List<String> texts = new ArrayList<>();

    @Override
    public List<Detection> find(String text) {
      texts.add(text);
      return List.of();
    }
  }

  private final AskedTexts model = new AskedTexts();
  private final MaskedHistory history = new MaskedHistory(1_000);

  private Masker masker() {
    var policy =
        PolicyParser.parse("name: p\nversion: 1\nkid: K\npasses: [regex, lexicon, ner]\n")
            .fold(
                PolicyParser.Parsed::policy,
                invalid -> {
                  throw new AssertionError(invalid.problems().toString());
                });
    return Masker.builder().policy(policy).key("K", new byte[32]).entityRecognizer(model).build();
  }

  private static String body(String... turns) {
    var messages = new StringBuilder();
    for (int i = 0; i < turns.length; i++) {
      messages
          .append(i == 0 ? "" : ",")
          .append("{\"role\":\"")
          .append(i % 2 == 0 ? "assistant" : "user")
          .append("\",\"content\":\"")
          .append(turns[i])
          .append("\"}");
    }
    return "{\"model\":\"m\",\"messages\":[" + messages + "]}";
  }

  /** The answer read after its question, to learn from. */
  private static boolean questionAndAnswer(String text) {
    return text.contains("member ID") && text.contains(ANSWER);
  }

  /** One turn of the call, masked as the proxy masks it; the JSON sent upstream. */
  private String turn(Masker masker, String body) {
    var known = masker.knownValues(SCOPE);
    var request = ChatRequest.parse(body);
    var mask = new SessionMask(masker, masker::detect, SCOPE, history, known, true);
    request.mask(mask, RequestRules.DEFAULT);
    mask.remember();
    return request.toJson();
  }

  @Test
  void the_next_turn_detects_only_its_new_strings_and_their_readings() {
    var masker = masker();
    turn(masker, body(QUESTION, ANSWER));
    assertThat(model.texts).anyMatch(SessionMaskTest::questionAndAnswer);
    model.texts.clear();

    var sent = turn(masker, body(QUESTION, ANSWER, "Thank you, anything else?", "no"));

    assertThat(model.texts)
        .contains("Thank you, anything else?", "no")
        .doesNotContain(QUESTION, ANSWER)
        .noneMatch(SessionMaskTest::questionAndAnswer);
    assertThat(sent).doesNotContain("4471");
  }

  @Test
  void a_session_whose_values_left_memory_learns_the_readings_of_its_history_again() {
    turn(masker(), body(QUESTION, ANSWER));
    model.texts.clear();

    // Another masker on the same history: the call's values are a new set (recalled, or lost).
    var sent = turn(masker(), body(QUESTION, ANSWER, "Thank you, anything else?", "no"));

    assertThat(model.texts).anyMatch(SessionMaskTest::questionAndAnswer);
    assertThat(sent).doesNotContain("4471");
  }
}
