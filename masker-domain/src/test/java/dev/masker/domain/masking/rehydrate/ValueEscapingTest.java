package dev.masker.domain.masking.rehydrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.TokenScheme;
import dev.masker.domain.masking.token.Tokenizer;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
import org.junit.jupiter.api.Test;

class ValueEscapingTest {
  private final KeyRing keys = KeyRing.builder().key("K_HEALTHCARE", RehydratorTest.key(4)).build();
  private final InMemoryTokenVault vault = new InMemoryTokenVault();
  private final Rehydrator rehydrator = new Rehydrator(keys, vault);

  @Test
  void json_string_escapes_what_a_json_string_cannot_hold_and_nothing_else() {
    assertThat(ValueEscaping.JSON_STRING.apply("Zoë 中村 😀 O'Hara")).isEqualTo("Zoë 中村 😀 O'Hara");
    assertThat(ValueEscaping.JSON_STRING.apply("a\"b\\c\td\ne\u2028"))
        .isEqualTo("a\\\"b\\\\c\\td\\ne\\u2028");
    assertThat(ValueEscaping.NONE.apply("a\"b\tc")).isEqualTo("a\"b\tc");
  }

  @Test
  void values_are_escaped_whole_and_streamed_alike_but_redactions_and_text_are_not() {
    var tokenizer = Tokenizer.of(TokenScheme.MSKV1, keys, "K_HEALTHCARE", vault);
    var token = tokenizer.replace("s", EntityKind.NAME, "Maria\t\"Mia\" Lopez", "maria mia lopez");
    var text =
        "{\"who\":\""
            + token.text()
            + "\",\"tab\":\"\\t\",\"x\":\"MSKV1.PHONE.K_HEALTHCARE."
            + "GEZDGNBVGY3TQOJQGEZDGNBVGY\"}";
    var expected =
        "{\"who\":\"Maria\\t\\\"Mia\\\" Lopez\",\"tab\":\"\\t\",\"x\":\"[REDACTED:PHONE]\"}";

    assertThat(rehydrator.rehydrate("s", text, ValueEscaping.JSON_STRING).text())
        .isEqualTo(expected);
    assertThat(rehydrator.rehydrate("s", text).text()).contains("Maria\t\"Mia\" Lopez");
    for (int cut = 0; cut <= text.length(); cut++) {
      var stream = rehydrator.stream("s", ValueEscaping.JSON_STRING);
      var out = stream.accept(text.substring(0, cut)) + stream.accept(text.substring(cut));
      assertThat(out + stream.finish()).as("cut %d", cut).isEqualTo(expected);
    }
  }
}
