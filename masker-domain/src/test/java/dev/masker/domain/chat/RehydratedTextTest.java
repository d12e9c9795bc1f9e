package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatFixtures.SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.chat.RehydratedText.Resent;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.rehydrate.ValueEscaping;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an answer was on both sides, so that the caller's resent copy can be masked to the
 * upstream's own words: the pairs, and their capture by {@link ChatAnswer} and {@link
 * StreamedAnswer}.
 */
class RehydratedTextTest {
  private static final String NAME = "MSKV1.NAME.K_HEALTHCARE.GEZDGNBVGY3TQOJQGEZDGNBVGY";
  private static final String PHONE = "MSKV1.PHONE.K_HEALTHCARE.MFRGGZDFMZTWQ2LKNNWG23TPOA";

  private final Masker masker = ChatFixtures.masker();

  @Test
  void text_pairs_as_a_whole_and_unchanged_text_not_at_all() {
    assertThat(
            new RehydratedText("Noted: " + NAME + ".", "Noted: Maria Lopez.", false)
                .resentStrings())
        .containsExactly(new Resent(null, "Noted: Maria Lopez.", "Noted: " + NAME + "."));
    assertThat(new RehydratedText("Noted.", "Noted.", false).resentStrings()).isEmpty();
  }

  @Test
  void json_arguments_pair_value_by_value_as_the_request_masks_them() {
    var upstream =
        "{\"patient\":{\"name\":\"" + NAME + "\",\"phones\":[\"" + PHONE + "\",\"none\"]},\"n\":3}";
    var caller =
        "{\"patient\":{\"name\":\"Maria \\\"Mia\\\" Lopez\",\"phones\":[\"415 555 2671\",\"none\"]},\"n\":3}";

    assertThat(new RehydratedText(upstream, caller, true).resentStrings())
        .containsExactly(
            new Resent("name", "Maria \"Mia\" Lopez", NAME),
            new Resent("phones", "415 555 2671", PHONE));
  }

  @Test
  void arguments_that_are_not_json_pair_as_a_whole_and_mismatched_shapes_not_at_all() {
    assertThat(new RehydratedText("call " + PHONE, "call 415 555 2671", true).resentStrings())
        .containsExactly(new Resent(null, "call 415 555 2671", "call " + PHONE));
    assertThat(new RehydratedText("[\"" + PHONE + "\"]", "[\"a\",\"b\"]", true).resentStrings())
        .isEmpty();
    assertThat(
            new RehydratedText("[\"" + PHONE + "\"]", "[\"415 555 2671\"]", true).resentStrings())
        .containsExactly(new Resent(null, "415 555 2671", PHONE));
    assertThat(
            new RehydratedText("{\"x\":\"" + PHONE, "{\"x\":\"415 555 2671\"}", true)
                .resentStrings())
        .isEmpty();
  }

  @Test
  void a_plain_answer_reports_each_rehydrated_field() {
    var said = masker.mask(SESSION, "Maria Lopez, 415 555 2671").text();
    var arguments = "{\"who\":" + JsonWriter.write(new JsonString(said)) + "}";
    var upstream =
        ChatFixtures.completion(
            "{\"role\":\"assistant\",\"content\":"
                + JsonWriter.write(new JsonString("Hello " + said))
                + ",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":"
                + "{\"name\":\"f\",\"arguments\":"
                + JsonWriter.write(new JsonString(arguments))
                + "}}]}");

    var answer =
        ChatAnswer.rehydrate(
            upstream,
            text -> masker.rehydrateWithReport(SESSION, text),
            json -> masker.rehydrateWithReport(SESSION, json, ValueEscaping.JSON_STRING));

    assertThat(answer.rehydrated())
        .containsExactly(
            new RehydratedText("Hello " + said, "Hello Maria Lopez, 415 555 2671", false),
            new RehydratedText(arguments, "{\"who\":\"Maria Lopez, 415 555 2671\"}", true));
  }

  @Test
  void a_streamed_answer_reports_each_field_of_the_choices_it_finished() {
    var said = masker.mask(SESSION, "call Maria Lopez at 415 555 2671").text();
    var answer = new StreamedAnswer(() -> masker.streamRehydrator(SESSION));
    var cut = said.indexOf("MSKV1") + 9;

    for (var frame :
        List.of(
            Chunks.role(0),
            Chunks.content(0, said.substring(0, cut)),
            Chunks.content(1, "unfinished " + said),
            Chunks.content(0, said.substring(cut)),
            Chunks.finish(0, "stop"))) {
      answer.chunk(frame);
    }

    assertThat(answer.rehydrated())
        .containsExactly(new RehydratedText(said, "call Maria Lopez at 415 555 2671", false));
    answer.finish();
    assertThat(answer.rehydrated())
        .last()
        .isEqualTo(
            new RehydratedText(
                "unfinished " + said, "unfinished call Maria Lopez at 415 555 2671", false));
  }
}
