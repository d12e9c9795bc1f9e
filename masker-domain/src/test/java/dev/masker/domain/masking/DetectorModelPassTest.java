package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.masking.EntityRecognizer.RecognizerUnavailable;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code ner} pass as the detector runs it: started first, joined last, failing by policy. */
class DetectorModelPassTest {
  private static final String TEXT = "the code word is bluebird, call 415 555 2671";
  private static final int START = TEXT.indexOf("bluebird");

  private static Policy policy(String passes, String onUnavailable) {
    var yaml =
        "name: p\nversion: 1\nkid: K\npasses: "
            + passes
            + "\n"
            + (onUnavailable == null ? "" : "ner: {on_unavailable: " + onUnavailable + "}\n");
    return PolicyParser.parse(yaml)
        .fold(
            PolicyParser.Parsed::policy,
            invalid -> {
              throw new AssertionError(invalid.problems().toString());
            });
  }

  /** Finds "bluebird" as an OTHER_ID, or fails; records what the detector asked of it. */
  private static final class FakeModel implements EntityRecognizer {
    final List<String> calls = new ArrayList<>();
    final List<RecognizerUnavailable> skipped = new ArrayList<>();
    private final boolean down;

    FakeModel(boolean down) {
      this.down = down;
    }

    @Override
    public List<Detection> find(String text) {
      return begin(text).join();
    }

    @Override
    public Pending begin(String text) {
      calls.add("begin");
      return () -> {
        calls.add("join");
        if (down) {
          throw new RecognizerUnavailable(
              ModelUnanswered.TIMEOUT, "no answer within the timeout", null);
        }
        int at = text.indexOf("bluebird");
        return at < 0
            ? List.of()
            : List.of(new Detection(EntityKind.OTHER_ID, at, at + 8, 0.9, Pass.NER, "bluebird"));
      };
    }

    @Override
    public void skipped(RecognizerUnavailable cause) {
      skipped.add(cause);
    }
  }

  @Test
  void a_policy_listing_ner_gets_what_only_the_model_finds_besides_the_built_in_passes() {
    var model = new FakeModel(false);
    var found = Detector.of(policy("[regex, lexicon, ner]", null), model).detect(TEXT);

    assertThat(found)
        .extracting(Detection::kind, Detection::start, Detection::pass)
        .contains(
            org.assertj.core.groups.Tuple.tuple(EntityKind.OTHER_ID, START, Pass.NER),
            org.assertj.core.groups.Tuple.tuple(EntityKind.PHONE, TEXT.indexOf("415"), Pass.REGEX));
    assertThat(model.calls).containsExactly("begin", "join");
  }

  @Test
  void a_policy_without_ner_never_asks_the_model() {
    var model = new FakeModel(false);
    var found = Detector.of(policy("[regex, lexicon]", null), model).detect(TEXT);

    assertThat(found).extracting(Detection::pass).doesNotContain(Pass.NER);
    assertThat(model.calls).isEmpty();
  }

  @Test
  void blank_text_is_not_sent_to_the_model() {
    var model = new FakeModel(false);
    assertThat(Detector.of(policy("[regex, ner]", null), model).detect("   ")).isEmpty();
    assertThat(model.calls).isEmpty();
  }

  @Test
  void a_model_that_cannot_answer_fails_the_detection_closed_by_default() {
    var model = new FakeModel(true);
    var detector = Detector.of(policy("[regex, lexicon, ner]", null), model);

    assertThatThrownBy(() -> detector.detect(TEXT)).isInstanceOf(RecognizerUnavailable.class);
    assertThat(model.skipped).isEmpty();
  }

  @Test
  void with_regex_only_the_built_in_passes_mask_alone_and_the_model_is_told_it_was_skipped() {
    var model = new FakeModel(true);
    var found = Detector.of(policy("[regex, lexicon, ner]", "regex_only"), model).detect(TEXT);

    assertThat(found)
        .extracting(Detection::kind)
        .containsExactly(EntityKind.PHONE); // the built-in passes' find, not the model's
    assertThat(model.skipped).hasSize(1);
  }

  @Test
  void a_log_given_to_the_detection_learns_each_text_masked_without_the_model_and_why() {
    var log = new ModelPassLog();
    var regexOnly = Detector.of(policy("[regex, lexicon, ner]", "regex_only"), new FakeModel(true));
    regexOnly.detect(TEXT, log);
    regexOnly.detect("and call me back", log);

    assertThat(log.skipped()).contains(ModelUnanswered.TIMEOUT);
    assertThat(log.skippedTexts()).isEqualTo(2);

    var answered = new ModelPassLog();
    Detector.of(policy("[regex, lexicon, ner]", "regex_only"), new FakeModel(false))
        .detect(TEXT, answered);
    assertThat(answered.skipped()).isEmpty();

    var refused = new ModelPassLog();
    var refuse = Detector.of(policy("[regex, lexicon, ner]", null), new FakeModel(true));
    assertThatThrownBy(() -> refuse.detect(TEXT, refused))
        .isInstanceOf(RecognizerUnavailable.class);
    assertThat(refused.skipped()).isEmpty();
  }

  @Test
  void a_masker_with_a_model_masks_its_values_and_rereads_recalled_values_without_it() {
    var model = new FakeModel(false);
    var masker =
        Masker.builder()
            .policy(policy("[regex, lexicon, ner]", null))
            .key("K", new byte[32])
            .entityRecognizer(model)
            .build();

    var masked = masker.mask("s1", TEXT);

    assertThat(masked.text()).doesNotContain("bluebird").doesNotContain("2671");
    assertThat(masker.rehydrate("s1", masked.text())).isEqualTo(TEXT);
    model.calls.clear();
    masker.recall("s2");
    assertThat(model.calls).isEmpty();
  }
}
