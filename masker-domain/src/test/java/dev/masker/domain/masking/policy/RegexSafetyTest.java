package dev.masker.domain.masking.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexSafetyTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "(a+)+",
        "(a*)*",
        "(a|a)*",
        "(\\d+)*",
        "(.*)*",
        "(a|aa)+",
        "(?:x+y)+",
        "((a|b)?)+",
        "(a|b){2,5}",
        "(\\w+\\s?)*$",
        "(x+x+)+y",
        "([a-z]+)*@",
        "(a)\\1",
        "(?<n>a)\\k<n>",
        "a(?=b)",
        "a(?!b)",
        "(?<=a)b",
        "(?<!a)b",
        "(?x)a b",
        "a+{2}",
        "[a-z.]+[a-z.]+[a-z.]+[a-z.]+x",
        "a?",
        "(MRN)?",
        "MRN(\\d{7}",
        "*a",
        "\\d{1000}",
        "\\d{3,}\\w{300,}",
      })
  void patterns_that_can_backtrack_catastrophically_or_are_broken_are_refused(String pattern) {
    assertThat(RegexSafety.check(pattern)).isInstanceOf(RegexSafety.Unsafe.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MRN[- ]?\\d{7}",
        "\\d{7}",
        "(MRN)?\\d{7}",
        "(?:MRN|MR)?\\s?\\d{6,8}",
        "[A-Z]{3}\\d{9}",
        "(\\d{3}[- ]?){2}\\d{4}",
        "\\bPT-\\d+\\b",
        "(?i)chart\\s*#?\\s*\\d{5,9}",
        "[\\[\\]]\\d{4}",
        "\\p{Lu}{2}\\d{6}",
        "\\QA+B\\E\\d{3}",
        "(?<payer>[A-Z]{2})\\d{8}",
        "[a-z]+@[a-z]+",
      })
  void ordinary_identifier_patterns_are_accepted(String pattern) {
    assertThat(RegexSafety.check(pattern)).isInstanceOf(RegexSafety.Safe.class);
  }

  @Test
  void unbounded_repeats_are_capped_so_a_search_stays_linear() {
    assertThat(((RegexSafety.Safe) RegexSafety.check("ID\\d+-[A-Z]*")).bounded())
        .isEqualTo("ID\\d{1,64}-[A-Z]{0,64}");
    assertThat(((RegexSafety.Safe) RegexSafety.check("x{2,}y+?")).bounded())
        .isEqualTo("x{2,66}y{1,64}?");
    assertThat(((RegexSafety.Safe) RegexSafety.check("Az*+")).bounded()).isEqualTo("Az{0,64}+");
  }

  @Test
  void quoted_text_and_classes_are_copied_as_they_are() {
    var verdict = (RegexSafety.Safe) RegexSafety.check("\\Q+*\\E[+*]\\d");

    assertThat(verdict.bounded()).isEqualTo("\\Q+*\\E[+*]\\d");
  }

  @Test
  void the_reason_of_a_refusal_never_quotes_the_pattern() {
    var verdict = (RegexSafety.Unsafe) RegexSafety.check("Secretperson((");

    assertThat(verdict.issue()).doesNotContain("Secretperson").startsWith("does not compile");
  }
}
