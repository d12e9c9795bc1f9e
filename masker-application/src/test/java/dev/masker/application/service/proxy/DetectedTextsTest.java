package dev.masker.application.service.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.chat.ChatRequest;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityRecognizer;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.ModelPassLog;
import dev.masker.domain.masking.ModelUnanswered;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests without a call id, each a session of its own resending the whole conversation: what one
 * session detected serves the next, and each still masks every value with tokens of its own.
 */
class DetectedTextsTest {
  private static final String BODY =
      "{\"model\":\"m\",\"messages\":["
          + "{\"role\":\"assistant\",\"content\":\"What is your member ID?\"},"
          + "{\"role\":\"user\",\"content\":\"XJH 4471 22\"},"
          + "{\"role\":\"user\",\"content\":\"my name is Maria Lopez, call me at (415) 555-2671\"}]}";

  /** Finds nothing; records every text it is asked about, and can be made to fail. */
  private static final class Model implements EntityRecognizer {
    final List<String> asked = new ArrayList<>();
    volatile boolean down;

    @Override
    public List<Detection> find(String text) {
      asked.add(text);
      if (down) {
        throw new RecognizerUnavailable(ModelUnanswered.TIMEOUT, "down", null);
      }
      return List.of();
    }
  }

  private final Model model = new Model();
  private final Masker masker = masker("regex_only");
  private final MaskedHistory history = new MaskedHistory(1_000);
  private final DetectedTexts detected = new DetectedTexts(1_000);

  private Masker masker(String onUnavailable) {
    var policy =
        PolicyParser.parse(
                "name: p\nversion: 1\nkid: K\npasses: [regex, lexicon, ner]\n"
                    + "ner:\n  on_unavailable: "
                    + onUnavailable
                    + "\n")
            .fold(
                PolicyParser.Parsed::policy,
                invalid -> {
                  throw new AssertionError(invalid.problems().toString());
                });
    return Masker.builder().policy(policy).key("K", new byte[32]).entityRecognizer(model).build();
  }

  /** One request as its own session {@code scope}; the JSON sent upstream. */
  private String request(String scope, String policyScope) {
    var request = ChatRequest.parse(BODY);
    var mask =
        new SessionMask(
            masker,
            detected.of(masker, policyScope),
            scope,
            history,
            masker.knownValues(scope),
            true);
    request.mask(mask, RequestRules.DEFAULT);
    mask.remember();
    return request.toJson();
  }

  @Test
  void
      a_second_session_of_the_same_policy_detects_nothing_again_and_masks_every_value_its_own_way() {
    var first = request("agent/one", "agent@1");
    model.asked.clear();

    var second = request("agent/two", "agent@1");

    assertThat(model.asked).as("texts the model was asked again").isEmpty();
    for (var sent : List.of(first, second)) {
      assertThat(sent).doesNotContain("4471", "Maria", "Lopez", "555-2671");
    }
    assertThat(tokens(second))
        .as("tokens of another session")
        .doesNotContainAnyElementsOf(tokens(first));
    assertThat(tokens(second)).hasSameSizeAs(tokens(first)).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void another_policy_detects_again() {
    request("agent/one", "agent@1");
    model.asked.clear();

    request("agent/two", "agent@2");

    assertThat(model.asked).contains("my name is Maria Lopez, call me at (415) 555-2671");
  }

  @Test
  void a_text_masked_without_the_models_answer_is_asked_again_next_time() {
    model.down = true;
    var log = new ModelPassLog();
    var found = detected.detect(masker, "agent@1", null, "hello Maria", log);
    assertThat(log.skipped()).contains(ModelUnanswered.TIMEOUT);
    assertThat(found).isNotNull();
    model.down = false;
    model.asked.clear();

    var again = new ModelPassLog();
    detected.detect(masker, "agent@1", null, "hello Maria", again);

    assertThat(model.asked).containsExactly("hello Maria");
    assertThat(again.skipped()).isEmpty();
    model.asked.clear();
    detected.detect(masker, "agent@1", null, "hello Maria", again);
    assertThat(model.asked).as("answered once: remembered").isEmpty();
  }

  @Test
  void a_capacity_of_zero_remembers_nothing() {
    var off = new DetectedTexts(0);
    off.detect(masker, "agent@1", null, "hello Maria", new ModelPassLog());
    off.detect(masker, "agent@1", null, "hello Maria", new ModelPassLog());

    assertThat(model.asked).containsExactly("hello Maria", "hello Maria");
    assertThat(off.size()).isZero();
  }

  private static List<String> tokens(String json) {
    var found = new ArrayList<String>();
    var matcher =
        java.util.regex.Pattern.compile("MSK[A-Z0-9]*\\.[A-Z_]+\\.[^\\s\"]+").matcher(json);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
