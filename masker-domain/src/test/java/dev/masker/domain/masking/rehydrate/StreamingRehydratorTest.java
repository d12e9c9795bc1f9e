package dev.masker.domain.masking.rehydrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.LinearWork;
import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.TokenScheme;
import dev.masker.domain.masking.token.Tokenizer;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StreamingRehydratorTest {
  private static final String SESSION = "s1";
  private static final KeyRing KEYS =
      KeyRing.builder().key("K_HEALTHCARE", RehydratorTest.key(1)).build();
  private static final InMemoryTokenVault VAULT = new InMemoryTokenVault();
  private static final Rehydrator REHYDRATOR = new Rehydrator(KEYS, VAULT);
  private static final List<String> TEXTS = texts();

  private static List<String> texts() {
    var v1 = Tokenizer.of(TokenScheme.MSKV1, KEYS, "K_HEALTHCARE", VAULT);
    var aead = Tokenizer.of(TokenScheme.MSK1, KEYS, "K_HEALTHCARE", VAULT);
    var syn = Tokenizer.of(TokenScheme.SYN1, KEYS, "K_HEALTHCARE", VAULT);
    var phone = v1.replace(SESSION, EntityKind.PHONE, "(415) 555-2671", "4155552671").text();
    var name = aead.replace(SESSION, EntityKind.NAME, "Zoë 中村", "Zoë 中村").text();
    var surrogate = syn.replace(SESSION, EntityKind.NAME, "Jane Doe", "Jane Doe").text();
    var email = syn.replace(SESSION, EntityKind.EMAIL, "jo@x.org", "jo@x.org").text();
    return List.of(
        "Call " + phone + " now 😀, " + name + ".",
        phone.toLowerCase() + "xyz" + name + "ABC",
        "é " + surrogate + " wrote to " + email + " ; M MS MSK MSKV1. MSK1.NAME.K. 中",
        "unknown MSKV1.PHONE.K_HEALTHCARE.GEZDGNBVGY3TQOJQGEZDGNBVGY and " + surrogate + "s",
        "😀" + name.substring(0, name.length() - 3),
        "end with truncated " + phone.substring(0, 20),
        surrogate.substring(0, 4) + " " + phone + phone + surrogate);
  }

  private static String streamed(String text, int... cuts) {
    var stream = REHYDRATOR.stream(SESSION);
    var out = new StringBuilder();
    int from = 0;
    for (int cut : cuts) {
      var part = stream.accept(text.substring(from, cut));
      assertThat(part).doesNotContainPattern("(?i)MSKV?1\\.[A-Z_]*\\.[A-Z0-9_]*\\.[A-Z2-7]{1,25}$");
      out.append(part);
      from = cut;
    }
    out.append(stream.accept(text.substring(from)));
    out.append(stream.finish());
    return out.toString();
  }

  @Test
  void every_single_split_gives_the_whole_text_answer() {
    for (var text : TEXTS) {
      var whole = REHYDRATOR.rehydrate(SESSION, text).text();
      for (int cut = 0; cut <= text.length(); cut++) {
        assertThat(streamed(text, cut)).as("cut %d of %s", cut, text).isEqualTo(whole);
      }
    }
  }

  @Test
  void every_pair_of_splits_gives_the_whole_text_answer() {
    for (var text : TEXTS) {
      var whole = REHYDRATOR.rehydrate(SESSION, text).text();
      for (int a = 0; a <= text.length(); a++) {
        for (int b = a; b <= text.length(); b++) {
          assertThat(streamed(text, a, b)).isEqualTo(whole);
        }
      }
    }
  }

  @Test
  void a_char_at_a_time_gives_the_whole_text_answer_and_the_same_failures() {
    for (var text : TEXTS) {
      var whole = REHYDRATOR.rehydrate(SESSION, text);
      var stream = REHYDRATOR.stream(SESSION);
      var out = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        var part = stream.accept(text.substring(i, i + 1));
        if (!part.isEmpty()) {
          assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
        }
        out.append(part);
      }
      out.append(stream.finish());
      assertThat(out.toString()).isEqualTo(whole.text());
      assertThat(stream.failures()).isEqualTo(whole.failures());
    }
  }

  @Test
  void utf8_bytes_split_at_every_byte_boundary_give_the_whole_text_answer() {
    for (var text : TEXTS) {
      var whole = REHYDRATOR.rehydrate(SESSION, text).text();
      var bytes = text.getBytes(StandardCharsets.UTF_8);
      for (int cut = 0; cut <= bytes.length; cut++) {
        var stream = REHYDRATOR.stream(SESSION);
        var out =
            stream.acceptUtf8(bytes, 0, cut)
                + stream.acceptUtf8(bytes, cut, bytes.length - cut)
                + stream.finish();
        assertThat(out).isEqualTo(whole);
      }
      var stream = REHYDRATOR.stream(SESSION);
      var out = new StringBuilder();
      for (int i = 0; i < bytes.length; i++) {
        out.append(stream.acceptUtf8(bytes, i, 1));
      }
      assertThat(out.append(stream.finish()).toString()).isEqualTo(whole);
    }
  }

  @Test
  void text_that_cannot_start_a_token_is_emitted_at_once() {
    var stream = REHYDRATOR.stream(SESSION);
    assertThat(stream.accept("Your appointment is at ten. "))
        .isEqualTo("Your appointment is at ten. ");
    assertThat(stream.accept("See MSK")).isEqualTo("See ");
    assertThat(stream.accept("ed")).isEqualTo("MSKed");
  }

  @Test
  void a_truncated_token_at_the_end_of_the_stream_is_redacted_and_a_bare_prefix_is_text() {
    var stream = REHYDRATOR.stream(SESSION);
    assertThat(stream.accept("a MSKV1.PHONE.K_HEALTHCARE.GEZD")).isEqualTo("a ");
    assertThat(stream.finish()).isEqualTo("[REDACTED:PHONE]");
    var other = REHYDRATOR.stream(SESSION);
    assertThat(other.accept("a MSKV1.PHONE.")).isEqualTo("a ");
    assertThat(other.finish()).isEqualTo("MSKV1.PHONE.");
  }

  @Property(tries = 300)
  void random_multi_splits_give_the_whole_text_answer(
      @ForAll("textIndex") int index, @ForAll("cuts") List<Integer> rawCuts) {
    var text = TEXTS.get(index);
    var cuts =
        rawCuts.stream().map(c -> c % (text.length() + 1)).sorted().mapToInt(c -> c).toArray();
    assertThat(streamed(text, cuts)).isEqualTo(REHYDRATOR.rehydrate(SESSION, text).text());
  }

  @Provide
  Arbitrary<Integer> textIndex() {
    return Arbitraries.integers().between(0, TEXTS.size() - 1);
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 10_000).list().ofMaxSize(12);
  }

  @Test
  void streaming_a_long_answer_takes_steps_linear_in_its_length() {
    var text = new ArrayList<String>();
    for (int i = 0; i < 2000; i++) {
      text.add(TEXTS.get(i % TEXTS.size()));
    }
    var big = String.join(" ", text);
    // Ten times the answer reads about ten times as many chars; a rescan of held text per fragment
    // would read a hundred times as many.
    LinearWork.assertLinear(
        "answer",
        big.substring(0, big.length() / 10),
        big,
        StreamingRehydratorTest::streamInSevens);

    var pathological = "MSK1.A.B.".repeat(100_000 / 9);
    LinearWork.assertLinear(
        "token prefixes",
        pathological.substring(0, pathological.length() / 10),
        pathological,
        answer -> REHYDRATOR.rehydrate(SESSION, answer));
  }

  private static void streamInSevens(String answer) {
    var stream = REHYDRATOR.stream(SESSION);
    for (int i = 0; i < answer.length(); i += 7) {
      stream.accept(answer.substring(i, Math.min(answer.length(), i + 7)));
    }
    stream.finish();
  }
}
