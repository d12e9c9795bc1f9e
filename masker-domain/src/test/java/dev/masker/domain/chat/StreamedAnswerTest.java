package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatFixtures.SESSION;
import static dev.masker.domain.chat.ChatFixtures.UNKNOWN_PHONE_TOKEN;
import static dev.masker.domain.chat.Chunks.USAGE;
import static dev.masker.domain.chat.Chunks.content;
import static dev.masker.domain.chat.Chunks.contentFrames;
import static dev.masker.domain.chat.Chunks.contents;
import static dev.masker.domain.chat.Chunks.finish;
import static dev.masker.domain.chat.Chunks.relay;
import static dev.masker.domain.chat.Chunks.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonSyntaxException;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Tokenization;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import dev.masker.domain.masking.rehydrate.RehydrationFailure.Reason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A streamed answer, rehydrated frame by frame, says what the whole answer says (SPEC §6). */
class StreamedAnswerTest {
  /** Multi-byte text around the values: accents, emoji (surrogate pairs, a modifier), CJK. */
  static final String SPOKEN =
      "Bonjour é 😀 Maria Lopez! 中文 call 415 555 2671, born March 3rd 1961 ✓ 👋🏽 done";

  private Masker masker = ChatFixtures.masker();

  private StreamedAnswer answer() {
    return new StreamedAnswer(() -> masker.streamRehydrator(SESSION));
  }

  private String masked(String text) {
    return masker.mask(SESSION, text).text();
  }

  /** What the non-streamed path makes of an answer whose content is {@code content}. */
  private String nonStreamed(String content) {
    var upstream =
        ChatFixtures.completion(
            "{\"role\":\"assistant\",\"content\":"
                + JsonWriter.write(new JsonString(content))
                + "}");
    var answer = ChatAnswer.rehydrate(upstream, text -> masker.rehydrateWithReport(SESSION, text));
    return ChatFixtures.firstMessage(answer.json()).string("content");
  }

  /** The upstream's frames for {@code text} cut at {@code cuts}: role, pieces, stop, usage. */
  static List<String> stream(String text, List<Integer> cuts) {
    var frames = new ArrayList<String>();
    frames.add(role(0));
    frames.addAll(contentFrames(0, text, cuts));
    frames.add(finish(0, "stop"));
    frames.add(USAGE);
    return frames;
  }

  @ParameterizedTest
  @EnumSource(Tokenization.class)
  void every_split_position_gives_the_non_streamed_answer_and_never_a_partial_token(
      Tokenization tokenization) {
    masker = ChatFixtures.masker(tokenization);
    var upstreamText = masked(SPOKEN);
    var expected = nonStreamed(upstreamText);
    assertThat(expected).isEqualTo(SPOKEN);

    for (int cut = 0; cut <= upstreamText.length(); cut++) {
      var out = relay(answer(), stream(upstreamText, List.of(cut)));

      assertThat(contents(out)).as("cut at %d", cut).containsEntry(0, expected).hasSize(1);
      for (var choice : Chunks.choices(out)) {
        var piece = choice.object("delta").string("content");
        assertThat(piece == null ? "" : piece)
            .as("cut at %d", cut)
            .doesNotContainIgnoringCase("MSK");
      }
      assertThat(out).as("cut at %d", cut).hasSize(5).endsWith(USAGE);
    }
  }

  @Test
  void text_that_cannot_start_a_token_is_sent_at_once_and_a_possible_token_is_held() {
    var answer = answer();
    var phone = masked("415 555 2671");

    assertThat(contents(List.of(answer.chunk(content(0, "Bonjour é 😀 ")))))
        .containsEntry(0, "Bonjour é 😀 ");
    assertThat(contents(List.of(answer.chunk(content(0, "call " + phone.substring(0, 9))))))
        .containsEntry(0, "call ");
    assertThat(contents(List.of(answer.chunk(content(0, phone.substring(9) + " ok")))))
        .containsEntry(0, "415 555 2671 ok");
  }

  @Test
  void each_of_two_interleaved_choices_gets_its_own_non_streamed_answer() {
    var first = masked(SPOKEN);
    var second = masked("Je rappelle Maria Lopez au 415 555 2671 — 谢谢 😀");
    var frames = new ArrayList<String>(List.of(role(0), role(1)));
    for (int i = 0, j = 0; i < first.length() || j < second.length(); i += 7, j += 5) {
      frames.add(
          content(
              0, first.substring(Math.min(i, first.length()), Math.min(i + 7, first.length()))));
      frames.add(
          content(
              1, second.substring(Math.min(j, second.length()), Math.min(j + 5, second.length()))));
    }
    frames.add(finish(1, "stop"));
    frames.add(finish(0, "length"));

    var out = relay(answer(), frames);

    assertThat(contents(out))
        .containsEntry(0, nonStreamed(first))
        .containsEntry(1, nonStreamed(second))
        .hasSize(2);
    assertThat(contents(out).get(1)).isEqualTo("Je rappelle Maria Lopez au 415 555 2671 — 谢谢 😀");
  }

  @Test
  void the_finish_reason_chunk_carries_what_was_held_and_keeps_its_reason() {
    var answer = answer();
    var name = masked("Maria Lopez");
    answer.chunk(role(0));
    var held = answer.chunk(content(0, "Hi " + name.substring(0, 30)));

    var last = JsonParser.parseObject(answer.chunk(finish(0, "stop")));

    assertThat(contents(List.of(held))).containsEntry(0, "Hi ");
    var choice = (JsonObject) last.array("choices").get(0);
    assertThat(choice.string("finish_reason")).isEqualTo("stop");
    assertThat(choice.object("delta").string("content")).isEqualTo("[REDACTED:NAME]");
    assertThat(last.string("id")).isEqualTo(Chunks.ID);
    assertThat(answer.finish()).isEmpty();
  }

  @Test
  void a_stream_that_ends_without_finish_reason_gets_what_was_held_in_an_extra_chunk() {
    masker = ChatFixtures.masker(Tokenization.REVERSIBLE_AEAD);
    var upstreamText = "Call " + masked("415 555 2671");
    var answer = answer();
    var sent = new ArrayList<String>();
    sent.add(answer.chunk(role(0)));
    sent.add(answer.chunk(content(0, upstreamText)));
    sent.add(answer.chunk(USAGE));

    var tail = answer.finish();

    assertThat(contents(sent)).containsEntry(0, "Call ");
    assertThat(tail).singleElement();
    var chunk = JsonParser.parseObject(tail.get(0));
    assertThat(chunk.string("id")).isEqualTo(Chunks.ID);
    assertThat(chunk.string("object")).isEqualTo("chat.completion.chunk");
    assertThat(chunk.string("model")).isEqualTo("gpt-4o-mini");
    var choice = (JsonObject) chunk.array("choices").get(0);
    assertThat(Chunks.index(choice)).isZero();
    assertThat(choice.get("finish_reason")).isSameAs(JsonNull.NULL);
    assertThat(choice.object("delta").string("content")).isEqualTo("415 555 2671");
  }

  @Test
  void a_held_prefix_at_the_end_is_redacted_when_it_parses_as_a_token_else_sent_as_text() {
    var answer = answer();
    answer.chunk(content(0, "A " + UNKNOWN_PHONE_TOKEN.substring(0, 30)));
    answer.chunk(content(1, "B MSKV1.PH"));

    var tail = answer.finish();

    assertThat(contents(tail)).containsEntry(0, "[REDACTED:PHONE]").containsEntry(1, "MSKV1.PH");
    assertThat(answer.failures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.kind()).isEqualTo(EntityKind.PHONE);
              assertThat(failure.reason()).isEqualTo(Reason.MALFORMED);
            });
  }

  @Test
  void a_whole_token_the_session_does_not_know_is_redacted_and_reported() {
    var answer = answer();

    var out =
        relay(answer, List.of(content(0, "Call " + UNKNOWN_PHONE_TOKEN + "."), finish(0, "stop")));

    assertThat(contents(out)).containsEntry(0, "Call [REDACTED:PHONE].");
    assertThat(answer.failures())
        .extracting(RehydrationFailure::kind, RehydrationFailure::reason)
        .containsExactly(tuple(EntityKind.PHONE, Reason.NOT_FOUND));
    assertThat(answer.failures().toString()).doesNotContain("GEZDGNBVGY");
  }

  @Test
  void the_refusal_is_rehydrated_as_it_streams() {
    var refusal = masked("I can't share 415 555 2671");
    var frames = new ArrayList<String>();
    frames.add(role(0));
    for (int i = 0; i < refusal.length(); i += 4) {
      frames.add(Chunks.refusal(0, refusal.substring(i, Math.min(i + 4, refusal.length()))));
    }
    frames.add(finish(0, "stop"));

    var out = relay(answer(), frames);

    assertThat(Chunks.texts(out, "refusal")).containsEntry(0, "I can't share 415 555 2671");
  }

  @Test
  void frames_without_choices_pass_byte_identical() {
    var answer = answer();
    var noChoices = "{\"id\":\"x\", \"object\":\"chat.completion.chunk\" , \"usage\":null}";

    assertThat(answer.chunk(USAGE)).isEqualTo(USAGE);
    assertThat(answer.chunk(noChoices)).isEqualTo(noChoices);
  }

  @Test
  void unknown_fields_of_a_chunk_are_kept() {
    var frame =
        "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"x_vendor\":{\"a\":[1.50]},"
            + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hi\",\"x_d\":true},"
            + "\"logprobs\":{\"content\":[]},\"finish_reason\":null}],\"usage\":null}";

    assertThat(answer().chunk(frame)).isEqualTo(frame);
  }

  @Test
  void a_frame_that_is_not_a_json_object_is_refused() {
    var answer = answer();

    assertThatThrownBy(() -> answer.chunk("[DONE]")).isInstanceOf(JsonSyntaxException.class);
    assertThatThrownBy(() -> answer.chunk("{\"choices\":["))
        .isInstanceOf(JsonSyntaxException.class);
  }
}
