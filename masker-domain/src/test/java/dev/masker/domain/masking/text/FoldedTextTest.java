package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every folding rule, and the offsets back into the original. */
class FoldedTextTest {

  /** The original span of folded {@code [start, end)}, as text. */
  private static String original(FoldedText folded, int start, int end) {
    return folded.original().substring(folded.originalStart(start), folded.originalEnd(end));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hi, this is Maria Lopez, call me at 415 555 2671 or (415) 555-2671.",
        "line one\nline two\r\n\tindented, 3 items",
        "José Müller lives in Zürich; 東京 and 😀 are left alone",
        "digits 12 34 and a dash 12-34 and a slash 12/34",
        ""
      })
  void a_text_that_needs_no_folding_is_its_own_fold_without_a_copy(String text) {
    var folded = FoldedText.of(text);

    assertThat(folded.isIdentity()).isTrue();
    assertThat(folded.text()).isSameAs(text);
    for (int i = 0; i < text.length(); i++) {
      assertThat(folded.originalStart(i)).isEqualTo(snapBack(text, i));
    }
    assertThat(folded.originalStart(text.length())).isEqualTo(text.length());
    assertThat(folded.originalEnd(0)).isZero();
  }

  private static int snapBack(String text, int i) {
    return i > 0 && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
  }

  @Test
  void an_ordinal_indicator_reads_as_a_dot_not_as_a_letter_o() {
    assertThat(FoldedText.of("Pedido n.º 61183090, 3º B, 1ª planta").text())
        .isEqualTo("Pedido n.. 61183090, 3. B, 1. planta");
  }

  @Test
  void seven_chinese_numerals_in_a_row_read_as_digits() {
    assertThat(FoldedText.of("电话三一二五五五零一八七").text()).isEqualTo("电话3125550187");
    assertThat(FoldedText.of("〇一二三四五六").text()).isEqualTo("0123456");
    assertThat(FoldedText.of("三十一个人, 一二三四").text()).isEqualTo("三十一个人, 一二三四");
  }

  @Test
  void a_semicolon_or_bar_groups_digits_only_in_the_shape_of_a_north_american_number() {
    assertThat(FoldedText.of("call 312;555;0187 now").text()).isEqualTo("call 312-555-0187 now");
    assertThat(FoldedText.of("312|555|0187").text()).isEqualTo("312-555-0187");
    for (var cells :
        new String[] {
          "28791;38227", "120;80;72", "1;312;555;0187", "312;555;01877", "312;555|0187"
        }) {
      assertThat(FoldedText.of(cells).text()).as(cells).isEqualTo(cells);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0", "\u2009", "\u202f", "\u3000", "\u2002", "\u205f", "\u1680"})
  void every_space_variant_reads_as_a_space(String space) {
    var folded = FoldedText.of("415" + space + "555" + space + "2671 and a" + space + "b");

    assertThat(folded.text()).isEqualTo("415 555 2671 and a b");
    assertThat(original(folded, 0, 12)).isEqualTo("415" + space + "555" + space + "2671");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u200b",
        "\u200c",
        "\u200d",
        "\u2060",
        "\u2061",
        "\u2062",
        "\u2063",
        "\u2064",
        "\ufeff",
        "\u00ad",
        "\u180e",
        "\u034f",
        "\ufe0f",
        "\ufe00",
        "\u200e",
        "\u200f",
        "\u202a",
        "\u202e",
        "\u2066",
        "\u2069",
        "\udb40\udc7f",
        "\udb40\udd00",
        "\u0000",
        "\u001f",
        "\u3164",
        "\ufdd0"
      })
  void an_invisible_character_is_removed_inside_a_word_and_reads_as_a_space_between_digits(
      String invisible) {
    var folded =
        FoldedText.of(
            "ma" + invisible + "ria@exa" + invisible + "mple.com 415" + invisible + "555");

    assertThat(folded.text()).isEqualTo("maria@example.com 415 555");
    assertThat(original(folded, 0, 17))
        .isEqualTo("ma" + invisible + "ria@exa" + invisible + "mple.com");
    assertThat(original(folded, 18, 25)).isEqualTo("415" + invisible + "555");
  }

  @Test
  void look_alike_letters_in_a_word_with_latin_letters_read_as_latin_and_offsets_stay() {
    var text = "call M\u0430ria Gonz\u0430lez, \u0441\u043e\u0441\u043e and \u039c\u03b1ria";

    var folded = FoldedText.of(text);

    assertThat(folded.text()).isEqualTo("call Maria Gonzalez, \u0441\u043e\u0441\u043e and Maria");
    assertThat(folded.text()).hasSameSizeAs(text);
    assertThat(original(folded, 5, 10)).isEqualTo("M\u0430ria");
    assertThat(Homoglyphs.latinise("\u041c\u043e\u0441\u043a\u0432\u0430"))
        .isEqualTo("\u041c\u043e\u0441\u043a\u0432\u0430");
    assertThat(FoldedText.of("plain text").isIdentity()).isTrue();
  }

  @Test
  void a_zero_width_character_splitting_every_digit_leaves_the_digits_one_by_one() {
    var folded = FoldedText.of("4\u200b1\u200b5\u200b5\u200b5\u200b5\u200b2\u200b6\u200b7\u200b1");

    assertThat(folded.text()).isEqualTo("4 1 5 5 5 5 2 6 7 1");
    assertThat(original(folded, 0, folded.text().length())).isEqualTo(folded.original());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\t", "\u000b", "\u000c", "\u0085", "\u2028", "\u2029"})
  void a_line_break_between_digit_groups_reads_as_one_space(String lineBreak) {
    var text = "415" + lineBreak + "555" + lineBreak + "2671";
    var folded = FoldedText.of(text);

    assertThat(folded.text()).isEqualTo("415 555 2671");
    assertThat(original(folded, 3, 4)).isEqualTo(lineBreak);
    assertThat(original(folded, 0, 12)).isEqualTo(text);
  }

  @Test
  void line_breaks_elsewhere_are_kept_and_unicode_line_separators_are_newlines() {
    assertThat(FoldedText.of("call me\n415\u2028thanks\r\nbye\u2029ok\u0085.").text())
        .isEqualTo("call me\n415\nthanks\r\nbye\nok\n.");
  }

  @Test
  void a_run_of_blanks_between_digits_is_one_space() {
    var folded = FoldedText.of("415  555 \u00a0\n 2671");

    assertThat(folded.text()).isEqualTo("415 555 2671");
    assertThat(original(folded, 3, 4)).isEqualTo("  ");
    assertThat(original(folded, 7, 8)).isEqualTo(" \u00a0\n ");
  }

  @Test
  void blanks_that_do_not_sit_between_digits_are_not_collapsed() {
    assertThat(FoldedText.of("a  b 4  x  5").text()).isEqualTo("a  b 4  x  5");
  }

  @Test
  void full_width_digits_and_symbols_read_as_ascii() {
    var folded = FoldedText.of("\uff14\uff11\uff15 \uff15\uff15\uff15 \uff12\uff16\uff17\uff11");

    assertThat(folded.text()).isEqualTo("415 555 2671");
    assertThat(folded.isIdentity()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10, 0x1D7CE, 0x104A0
      })
  void digits_of_every_script_read_as_ascii_digits(int zero) {
    var text = new StringBuilder();
    for (int d : new int[] {4, 1, 5}) {
      text.appendCodePoint(zero + d);
    }
    var folded = FoldedText.of(text.toString());

    assertThat(folded.text()).isEqualTo("415");
    assertThat(original(folded, 1, 2)).isEqualTo(new String(Character.toChars(zero + 1)));
  }

  @Test
  void every_unicode_decimal_digit_reads_as_its_ascii_digit() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        var folded = FoldedText.of(new String(Character.toChars(cp)));
        assertThat(folded.text())
            .as("U+%04X", cp)
            .isEqualTo(String.valueOf((char) ('0' + Character.digit(cp, 10))));
      }
    }
  }

  @Test
  void every_dash_and_minus_reads_as_a_hyphen_minus() {
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean emDash =
          cp == 0x2014
              || cp == 0x2015
              || cp == 0x2E3A
              || cp == 0x2E3B
              || cp == 0xFE31
              || cp == 0xFE58;
      if (Character.getType(cp) == Character.DASH_PUNCTUATION && !emDash) {
        assertThat(FoldedText.of("a" + new String(Character.toChars(cp)) + "b").text())
            .as("U+%04X", cp)
            .isEqualTo("a-b");
      }
    }
    for (var minus : new String[] {"\u2212", "\ufe63", "\uff0d", "\u2796", "\u02d7", "\u2010"}) {
      assertThat(FoldedText.of("415" + minus + "555").text()).isEqualTo("415-555");
    }
  }

  @Test
  void an_em_dash_separates_digit_groups_but_stays_punctuation_in_prose() {
    assertThat(FoldedText.of("415\u2014555\u20142671").text()).isEqualTo("415-555-2671");
    assertThat(FoldedText.of("415 \u2014 555").text()).isEqualTo("415 - 555");
    assertThat(FoldedText.of("your number\u2014415-555-2671\u2014is on file").text())
        .isEqualTo("your number\u2014415-555-2671\u2014is on file");
  }

  @Test
  void look_alike_at_signs_and_dots_read_as_ascii() {
    var folded = FoldedText.of("maria\uff0elopez\uff20example\uff0ecom and a\ufe6bb\u3002c\uff61d");

    assertThat(folded.text()).isEqualTo("maria.lopez@example.com and a@b.c.d");
    assertThat(original(folded, 0, 23)).isEqualTo("maria\uff0elopez\uff20example\uff0ecom");
  }

  @Test
  void fraction_and_division_slashes_read_as_slashes() {
    assertThat(FoldedText.of("03\u204405\u20441980 and 3\u22155\u221582").text())
        .isEqualTo("03/05/1980 and 3/5/82");
  }

  @Test
  void typographic_quotes_read_as_ascii_quotes() {
    assertThat(FoldedText.of("O\u2019Brien said \u201chi\u201d, \u2018ok\u2019").text())
        .isEqualTo("O'Brien said \"hi\", 'ok'");
  }

  @Test
  void a_ligature_expands_and_a_span_inside_it_covers_the_whole_ligature() {
    var folded = FoldedText.of("a \ufb01le");

    assertThat(folded.text()).isEqualTo("a file");
    // "i" alone (folded 3..4) lies inside the ligature: it maps to all of it
    assertThat(folded.originalStart(3)).isEqualTo(2);
    assertThat(folded.originalEnd(4)).isEqualTo(3);
    assertThat(original(folded, 3, 6)).isEqualTo("\ufb01le");
    assertThat(original(folded, 2, 3)).isEqualTo("\ufb01");
  }

  @Test
  void compatibility_forms_are_read_through_nfkc() {
    assertThat(FoldedText.of("\u2460\u2461 x\u00b2 \u2167 \u2026 \u33a1 \u2116 5").text())
        .isEqualTo("12 x2 VIII ... m2 No 5");
  }

  @Test
  void a_decomposed_accent_is_composed_and_stays_an_accent() {
    var folded = FoldedText.of("Jose\u0301 e\u0301te\u0301");

    assertThat(folded.text()).isEqualTo("Jos\u00e9 \u00e9t\u00e9");
    assertThat(original(folded, 3, 4)).isEqualTo("e\u0301");
  }

  @Test
  void a_mark_on_an_ascii_digit_or_letter_that_cannot_compose_is_removed() {
    var folded =
        FoldedText.of("4\u0303 1\u20dd5 M\u0337a\u0336r\u0334i\u0338a\u0335 1\ufe0f\u20e3");

    assertThat(folded.text()).isEqualTo("4 15 Maria 1");
    assertThat(original(folded, 0, 1)).isEqualTo("4\u0303");
  }

  @Test
  void marks_of_other_scripts_are_kept() {
    var hindi = "\u0915\u093f\u0936\u094b\u0930 \u0915\u0941\u092e\u093e\u0930";
    assertThat(FoldedText.of(hindi).text()).isEqualTo(hindi);
  }

  @Test
  void emoji_are_left_alone_and_their_pairs_never_split() {
    var folded = FoldedText.of("\ud83d\ude00 415\u00a0555 \ud83d\udc4d\ud83c\udffd");

    assertThat(folded.text()).isEqualTo("\ud83d\ude00 415 555 \ud83d\udc4d\ud83c\udffd");
    assertThat(folded.originalStart(1)).isZero();
    assertThat(folded.originalEnd(1)).isEqualTo(2);
    assertThat(original(folded, 11, 12)).isEqualTo("\ud83d\udc4d");
  }

  @Test
  void a_mathematical_digit_of_two_chars_folds_to_one_char_covering_both() {
    var folded = FoldedText.of("call \ud835\udfd2\ud835\udfcf\ud835\udfd3");

    assertThat(folded.text()).isEqualTo("call 415");
    assertThat(original(folded, 5, 6)).isEqualTo("\ud835\udfd2");
    assertThat(original(folded, 5, 8)).isEqualTo("\ud835\udfd2\ud835\udfcf\ud835\udfd3");
  }

  @Test
  void a_lone_surrogate_is_removed() {
    assertThat(FoldedText.of("a\ud800b 4\udc005").text()).isEqualTo("ab 4 5");
  }

  @Test
  void removed_characters_at_the_ends_map_to_the_ends_of_the_original() {
    var folded = FoldedText.of("\u200babc\u200b");

    assertThat(folded.text()).isEqualTo("abc");
    assertThat(folded.originalStart(0)).isEqualTo(1);
    assertThat(folded.originalEnd(3)).isEqualTo(4);
    assertThat(folded.originalStart(3)).isEqualTo(5);
    assertThat(folded.originalEnd(0)).isZero();
  }

  @Test
  void an_index_outside_the_folded_text_is_refused() {
    var folded = FoldedText.of("a\u00a0b");

    assertThatThrownBy(() -> folded.originalStart(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> folded.originalEnd(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void the_description_never_holds_the_text() {
    assertThat(FoldedText.of("Maria\u00a0Lopez").toString()).doesNotContain("Maria", "Lopez");
  }
}
