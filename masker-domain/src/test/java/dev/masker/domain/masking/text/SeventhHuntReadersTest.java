package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.LinearWork;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The text readers of the seventh leak hunt (ADR 22): Chinese numerals in groups, base32 runs,
 * words of other alphabets spelled in Latin letters, accented HTML references and RTF escapes.
 */
class SeventhHuntReadersTest {
  private static String base32(String text) {
    var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    var out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  @Test
  void chinese_numerals_in_groups_and_financial_numerals_read_as_digits_one_char_for_one() {
    assertThat(ChineseNumerals.asDigits("电话 五〇三-五五五-〇一六三")).isEqualTo("电话 503-555-0163");
    assertThat(ChineseNumerals.asDigits("五〇三 五五五 〇一六三")).isEqualTo("503 555 0163");
    assertThat(ChineseNumerals.asDigits("は五〇三の五五五の〇一六三です")).isEqualTo("は503-555-0163です");
    assertThat(ChineseNumerals.asDigits("伍零叁伍伍伍零壹陆叁")).isEqualTo("5035550163");
    assertThat(ChineseNumerals.asDigits("三一二五五五零一八七")).isEqualTo("3125550187");
  }

  @Test
  void counts_dates_and_short_runs_of_numerals_stay() {
    for (var text : new String[] {"我有三个孩子，住在十二楼", "二〇二六年十二月五日", "一 二 三 四 五 六 七", "五〇三 五"}) {
      assertThat(ChineseNumerals.asDigits(text)).as(text).isSameAs(text);
    }
  }

  @Test
  void a_word_of_base32_text_is_found_and_decoded() {
    var run = base32("name: Birgit Solander, mrn: 64178239");
    var text = "payload " + run + "====== end";
    assertThat(Base32Runs.of(text))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.decoded()).isEqualTo("name: Birgit Solander, mrn: 64178239");
              assertThat(text.substring(r.start(), r.end())).startsWith(run).endsWith("=");
            });
  }

  @Test
  void capitals_codes_secrets_and_tokens_are_no_base32_runs() {
    assertThat(
            Base32Runs.of(
                "THE CLINIC OPENS AT NINE ABCDEFGHIJKLMNOPQRSTUVWXYZ JBSWY3DPEHPK3PXP"
                    + " MSKV1.NAME.K_HEALTHCARE.G5NP7CZ2Q2KZZI6WXQ7ZZQ2FZE QRT583906XJH447122ABC"))
        .isEmpty();
    assertThat(Base32Runs.mayHold("a typical turn with short words and 503 555 0163")).isFalse();
  }

  @Test
  void words_of_other_alphabets_get_latin_spellings() {
    assertThat(OtherAlphabets.of("звонила Соландер")).hasSize(2);
    assertThat(OtherAlphabets.of("Соландер").get(0).spellings()).contains("solander");
    assertThat(OtherAlphabets.of("Σολάντερ").get(0).spellings()).contains("solander", "solanter");
    assertThat(OtherAlphabets.of("Ахтерберг").get(0).spellings())
        .contains("akhterberg", "achterberg", "ahterberg");
    assertThat(OtherAlphabets.of("ꓢꓳꓡꓮꓠꓓꓰꓣ").get(0).spellings()).containsExactly("solander");
    // a word that mixes Latin letters in is the look-alike reading's
    assertThat(OtherAlphabets.of("Gonzаlez")).isEmpty();
    assertThat(OtherAlphabets.mayHold("a typical turn, café and naïve")).isFalse();
  }

  @Test
  void accented_html_references_and_rtf_escapes_decode() {
    assertThat(FoldedText.of("S&oacute;lander &Scaron;imon Gro&szlig; &Oslash;stby").text())
        .isEqualTo("Sólander Šimon Groß Ostby"); // a stroke letter folds to its plain letter
    assertThat(FoldedText.of("Birgit \\u83?olander, caf\\u233?").text())
        .isEqualTo("Birgit Solander, café");
    assertThat(FoldedText.of("&xacute; &aring &qcaron; \\u12? \\u-70000?").text())
        .isEqualTo("&xacute; &aring &qcaron; \\u12? \\u-70000?");
  }

  @Test
  void the_readers_stay_linear() {
    LinearWork.assertLinear(
        "Chinese numerals",
        "电话 五〇三-五五五-〇一六三 我有三个孩子 ".repeat(2_000),
        "电话 五〇三-五五五-〇一六三 我有三个孩子 ".repeat(20_000),
        text -> FoldedText.of(text));
    var run = base32("name: Birgit Solander, mrn: 64178239") + " THE CLINIC OPENS ";
    LinearWork.assertLinear(
        "base32 runs", run.repeat(1_000), run.repeat(10_000), text -> Base32Runs.of(text));
    LinearWork.assertLinear(
        "other alphabets",
        "Соландер Σολάντερ ꓢꓳꓡꓮꓠꓓꓰꓣ ".repeat(2_000),
        "Соландер Σολάντερ ꓢꓳꓡꓮꓠꓓꓰꓣ ".repeat(20_000),
        text -> OtherAlphabets.of(text));
  }
}
