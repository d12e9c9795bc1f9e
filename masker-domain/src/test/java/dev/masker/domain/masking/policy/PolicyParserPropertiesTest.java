package dev.masker.domain.masking.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class PolicyParserPropertiesTest {
  @Property(tries = 300)
  void any_text_gives_a_result_and_never_an_exception(
      @ForAll @StringLength(max = 200) String text) {
    var result = PolicyParser.parse(text);

    assertThat(result).isNotNull();
    if (result instanceof PolicyParser.Invalid) {
      assertThat(((PolicyParser.Invalid) result).problems())
          .allSatisfy(p -> assertThat(p.line()).isPositive());
    }
  }

  @Property(tries = 300)
  void any_text_after_a_valid_header_never_breaks_the_parser(
      @ForAll @StringLength(max = 200) String tail) {
    assertThat(PolicyParser.parse("name: p\nversion: 1\nkid: K\n" + tail)).isNotNull();
  }

  @Property(tries = 200)
  void an_allowed_value_is_allowed_in_any_case_and_spacing(
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String first,
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String second,
      @ForAll boolean upper) {
    var list = AllowList.of(List.of(first + " " + second));
    var spoken = "  " + (upper ? first.toUpperCase() : first.toLowerCase()) + " \t " + second + " ";

    assertThat(list.allows(spoken)).isTrue();
    assertThat(list.allows(first + second + "x")).isFalse();
  }
}
