package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Offsets back into the original are valid for any text, and numbers read the same in any form. */
class FoldedTextProperties {
  /** Characters folding changes or removes, and some it must leave alone. */
  private static final List<String> VARIANTS =
      List.of(
          "\u00a0",
          "\u2009",
          "\u202f",
          "\u3000",
          "\u200b",
          "\u200d",
          "\u2060",
          "\ufeff",
          "\u00ad",
          "\u202e",
          "\ufe0f",
          "\udb40\udc41",
          "\n",
          "\r\n",
          "\t",
          "\u2028",
          "\u2013",
          "\u2014",
          "\u2212",
          "\uff0d",
          "\uff20",
          "\uff0e",
          "\u3002",
          "\u2044",
          "\u2019",
          "\ufb01",
          "\ufb03",
          "\u2460",
          "\u00bd",
          "\u0301",
          "\u0303",
          "\u20e3",
          "\u093f",
          "\ud83d\ude00",
          "\ud83d\udc4d\ud83c\udffd",
          "\ud835\udfd2",
          "\u0664",
          "\u096b",
          "\uff17",
          "\ud800",
          "\udc00",
          "e\u0301",
          "\u0915\u093f",
          "  ");

  /** The zero of decimal digits in several scripts, two of them outside the BMP. */
  private static final List<Integer> ZEROS =
      List.of(0x30, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1D7CE, 0x104A0);

  /** Separators between digit groups, with the ASCII one detection reads for each. */
  private static final List<List<String>> SEPARATORS =
      List.of(
          List.of(" ", " "),
          List.of("\u00a0", " "),
          List.of("\u2009", " "),
          List.of("\u202f", " "),
          List.of("\u200b", " "),
          List.of("\ufeff", " "),
          List.of("\u00ad", " "),
          List.of("\n", " "),
          List.of("\r\n", " "),
          List.of(" \u200b ", " "),
          List.of("-", "-"),
          List.of("\u2010", "-"),
          List.of("\u2013", "-"),
          List.of("\u2014", "-"),
          List.of("\u2212", "-"),
          List.of("\uff0d", "-"),
          List.of("/", "/"),
          List.of("\u2044", "/"),
          List.of(".", "."),
          List.of("\uff0e", "."));

  @Provide
  Arbitrary<String> texts() {
    var ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8);
    var any = Arbitraries.strings().ofMaxLength(4);
    var piece = Arbitraries.oneOf(ascii, any, Arbitraries.of(VARIANTS), Arbitraries.of(VARIANTS));
    return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
  }

  @Property(tries = 1000)
  void every_folded_char_maps_to_a_valid_original_range(@ForAll("texts") String text) {
    var folded = FoldedText.of(text);
    var read = folded.text();
    int previousStart = 0;
    for (int i = 0; i < read.length(); i++) {
      int start = folded.originalStart(i);
      int end = folded.originalEnd(i + 1);
      assertThat(start).isBetween(0, text.length() - 1).isGreaterThanOrEqualTo(previousStart);
      assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(text.length());
      assertThat(splitsAPair(text, start)).as("start %d splits a pair", start).isFalse();
      assertThat(splitsAPair(text, end)).as("end %d splits a pair", end).isFalse();
      previousStart = start;
    }
    assertThat(folded.originalStart(read.length())).isEqualTo(text.length());
  }

  @Property(tries = 1000)
  void any_span_of_the_folded_text_maps_to_an_original_span(@ForAll("texts") String text) {
    var folded = FoldedText.of(text);
    int length = folded.text().length();
    for (int start = 0; start < length; start++) {
      for (int end = start + 1; end <= length; end++) {
        int from = folded.originalStart(start);
        int to = folded.originalEnd(end);
        assertThat(to).isGreaterThan(from);
        assertThat(splitsAPair(text, from) || splitsAPair(text, to)).isFalse();
      }
    }
  }

  @Property(tries = 1000)
  void folding_a_folded_text_changes_nothing(@ForAll("texts") String text) {
    var once = FoldedText.of(text).text();

    assertThat(FoldedText.of(once).text()).isEqualTo(once);
  }

  @Provide
  Arbitrary<Number> numbers() {
    var group = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(4);
    var zero = Arbitraries.of(ZEROS);
    var separator = Arbitraries.of(SEPARATORS);
    return Combinators.combine(group.list().ofMinSize(1).ofMaxSize(5), zero, separator)
        .as(Number::new);
  }

  /** Digit groups written in one script with one separator. */
  record Number(List<String> groups, int zero, List<String> separator) {
    String written() {
      var out = new StringBuilder();
      for (int g = 0; g < groups.size(); g++) {
        if (g > 0) {
          out.append(separator.get(0));
        }
        groups.get(g).chars().forEach(d -> out.appendCodePoint(zero + d - '0'));
      }
      return out.toString();
    }

    String read() {
      return String.join(separator.get(1), groups);
    }
  }

  @Property(tries = 1000)
  void a_number_in_any_script_with_any_separator_reads_as_ascii(@ForAll("numbers") Number number) {
    var text = "call me at " + number.written() + " thanks";
    var folded = FoldedText.of(text);

    assertThat(folded.text()).isEqualTo("call me at " + number.read() + " thanks");
    int end = 11 + number.read().length();
    assertThat(folded.original().substring(folded.originalStart(11), folded.originalEnd(end)))
        .isEqualTo(number.written());
  }

  private static boolean splitsAPair(String text, int index) {
    return index > 0
        && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1))
        && Character.isLowSurrogate(text.charAt(index));
  }
}
