package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatFixtures.SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.Masker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However the upstream cuts its stream, the caller reads the non-streamed answer (SPEC §6). */
class StreamedAnswerPropertiesTest {
  private static final Masker MASKER = ChatFixtures.masker();
  private static final String MASKED = MASKER.mask(SESSION, StreamedAnswerTest.SPOKEN).text();

  /** Upstream texts: as masked, with a token lower-cased (models do that), and two in a row. */
  private static final List<String> TEXTS =
      List.of(
          MASKED,
          lowerFirstToken(MASKED),
          MASKED + ChatFixtures.tokens(MASKED).get(0) + ChatFixtures.tokens(MASKED).get(1),
          "MSKV1 M. MS MSK1 " + MASKED + " M");

  private static String lowerFirstToken(String text) {
    var token = ChatFixtures.tokens(text).get(0);
    return text.replace(token, token.toLowerCase(Locale.ROOT));
  }

  private static String nonStreamed(String content) {
    var upstream =
        ChatFixtures.completion(
            "{\"role\":\"assistant\",\"content\":"
                + JsonWriter.write(new JsonString(content))
                + "}");
    var answer = ChatAnswer.rehydrate(upstream, text -> MASKER.rehydrateWithReport(SESSION, text));
    return ChatFixtures.firstMessage(answer.json()).string("content");
  }

  @Property(tries = 300)
  void any_cuts_of_the_content_give_the_non_streamed_answer(
      @ForAll("texts") String text, @ForAll("fractions") List<Double> fractions) {
    var cuts = cuts(fractions, text.length());
    var answer = new StreamedAnswer(() -> MASKER.streamRehydrator(SESSION));

    var out = Chunks.relay(answer, StreamedAnswerTest.stream(text, cuts));

    var expected = nonStreamed(text);
    assertThat(Chunks.contents(out)).containsEntry(0, expected);
    assertThat(expected).doesNotContain("MSKV1.NAME", "MSKV1.PHONE", "MSKV1.DOB");
    for (var choice : Chunks.choices(out)) {
      var piece = choice.object("delta").string("content");
      assertThat(piece == null ? "" : piece).doesNotContainPattern("(?i)MSKV1\\.[A-Z]+\\.K_");
    }
    assertThat(out.get(out.size() - 1)).isEqualTo(Chunks.USAGE);
  }

  @Property(tries = 150)
  void any_cuts_of_two_interleaved_choices_give_each_its_non_streamed_answer(
      @ForAll("fractions") List<Double> first, @ForAll("fractions") List<Double> second) {
    var a = TEXTS.get(1);
    var b = TEXTS.get(3);
    var framesA = Chunks.contentFrames(0, a, cuts(first, a.length()));
    var framesB = Chunks.contentFrames(1, b, cuts(second, b.length()));
    var frames = new ArrayList<String>();
    for (int i = 0; i < Math.max(framesA.size(), framesB.size()); i++) {
      if (i < framesA.size()) {
        frames.add(framesA.get(i));
      }
      if (i < framesB.size()) {
        frames.add(framesB.get(i));
      }
    }
    frames.add(Chunks.finish(0, "stop"));

    var out = Chunks.relay(new StreamedAnswer(() -> MASKER.streamRehydrator(SESSION)), frames);

    assertThat(Chunks.contents(out))
        .containsEntry(0, nonStreamed(a))
        .containsEntry(1, nonStreamed(b));
  }

  private static List<Integer> cuts(List<Double> fractions, int length) {
    var cuts = new ArrayList<Integer>();
    for (double fraction : fractions) {
      cuts.add((int) Math.round(fraction * length));
    }
    cuts.sort(null);
    return cuts;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(TEXTS);
  }

  @Provide
  Arbitrary<List<Double>> fractions() {
    return Arbitraries.doubles().between(0, 1).list().ofMaxSize(16);
  }
}
