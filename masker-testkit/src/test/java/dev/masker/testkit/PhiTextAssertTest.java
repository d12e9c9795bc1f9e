package dev.masker.testkit;

import static dev.masker.domain.masking.EntityKind.EMAIL;
import static dev.masker.domain.masking.EntityKind.NAME;
import static dev.masker.domain.masking.EntityKind.PHONE;
import static dev.masker.testkit.MaskerAssertions.assertThat;
import static dev.masker.testkit.MaskerAssertions.assertThatThrownBy;

import dev.masker.domain.masking.Masker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MaskerExtension.class)
class PhiTextAssertTest {
  private static final String SAID = "Hi, this is Maria Lopez, call me at 415 555 2671";

  @Test
  void a_masked_text_passes_every_assertion(Masker masker) {
    assertThat(masker)
        .masking("call-1", SAID)
        .hasMasked(PHONE, NAME)
        .containsNoPhi()
        .rehydratesTo(SAID)
        .startsWith("Hi, this is MSKV1.NAME.K_HEALTHCARE.");
  }

  @Test
  void a_plain_masked_string_is_read_by_its_tokens(Masker masker) {
    var masked = masker.mask("call-1", SAID).text();

    assertThat(masked)
        .containsNoPhi()
        .hasMasked(NAME, PHONE)
        .inSession(masker, "call-1")
        .rehydratesTo(SAID);
  }

  @Test
  void phi_in_clear_fails_with_its_kinds_and_places_but_never_the_values() {
    assertThatThrownBy(() -> assertThat(SAID).containsNoPhi())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the text (48 chars) to contain no PHI, but found 2 values")
        .hasMessageContaining("NAME at 12..23")
        .hasMessageContaining("PHONE at 36..48")
        .hasMessageContaining("showingValues()")
        .message()
        .doesNotContain("Maria", "Lopez", "415", "2671");
  }

  @Test
  void showing_values_quotes_them_when_asked() {
    assertThatThrownBy(() -> assertThat(SAID).showingValues().containsNoPhi())
        .hasMessageContaining("NAME \"Maria Lopez\" at 12..23")
        .hasMessageContaining("\"" + SAID + "\"");
  }

  @Test
  void a_kind_not_masked_fails_naming_the_kinds_only(Masker masker) {
    assertThatThrownBy(() -> assertThat(masker).masking("call-1", SAID).hasMasked(PHONE, EMAIL))
        .hasMessageContaining("to have masked PHONE, EMAIL, but nothing of EMAIL was masked")
        .hasMessageContaining("(masked: NAME, PHONE)")
        .message()
        .doesNotContain("Maria", "2671", "MSKV1");
  }

  @Test
  void a_text_in_clear_has_masked_nothing() {
    assertThatThrownBy(() -> assertThat(SAID).hasMasked(PHONE))
        .hasMessageContaining("but nothing of PHONE was masked (masked: nothing)")
        .message()
        .doesNotContain("2671");
  }

  @Test
  void a_redacted_value_counts_as_masked() {
    assertThat("call me at [REDACTED:PHONE]").hasMasked(PHONE).containsNoPhi();
  }

  @Test
  void a_wrong_rehydration_fails_with_lengths_and_the_first_difference(Masker masker) {
    var masked = masker.mask("call-1", SAID).text();

    assertThatThrownBy(
            () ->
                assertThat(masked)
                    .inSession(masker, "call-1")
                    .rehydratesTo("Hi, this is Maria Lopes, call me at 415 555 2671"))
        .hasMessageContaining("rehydrated to 48 chars, the first difference at char 22")
        .message()
        .doesNotContain("Maria", "Lopes", "2671");
  }

  @Test
  void a_token_of_another_session_fails_to_rehydrate_and_says_which_kind(Masker masker) {
    var masked = masker.mask("call-1", SAID).text();

    assertThatThrownBy(() -> assertThat(masked).inSession(masker, "call-2").rehydratesTo(SAID))
        .hasMessageContaining("in session call-2, but 2 tokens could not be")
        .hasMessageContaining("NAME (NOT_FOUND)")
        .message()
        .doesNotContain("Maria", "2671");
  }

  @Test
  void rehydration_without_a_session_says_how_to_give_one() {
    assertThatThrownBy(() -> assertThat("MSKV1.NAME.K_HEALTHCARE.X").rehydratesTo("Maria"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inSession(masker, sessionId)");
  }

  @Test
  void assertj_string_assertions_withhold_the_text_too() {
    assertThatThrownBy(() -> assertThat(SAID).isEqualTo("Hi, this is someone else"))
        .hasMessageContaining("<a text of 48 chars, withheld")
        .message()
        .doesNotContain("Maria", "2671", "someone");
    assertThatThrownBy(() -> assertThat(SAID).showingValues().doesNotContain("2671"))
        .hasMessageContaining(SAID);
  }

  @Test
  void every_assertj_assertion_is_still_at_hand() {
    assertThat(java.util.List.of(1, 2)).hasSize(2);
    assertThat(42).isPositive();
  }
}
