package dev.masker.domain.masking.rehydrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.rehydrate.RehydrationFailure.Reason;
import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.TokenScheme;
import dev.masker.domain.masking.token.Tokenizer;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RehydratorTest {
  static byte[] key(int fill) {
    var key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private final KeyRing keys = KeyRing.builder().key("K_HEALTHCARE", key(1)).build();
  private final InMemoryTokenVault vault = new InMemoryTokenVault();

  @ParameterizedTest
  @EnumSource(TokenScheme.class)
  void an_answer_gets_the_real_values_back_for_every_scheme(TokenScheme scheme) {
    var tokenizer = Tokenizer.of(scheme, keys, "K_HEALTHCARE", vault);
    var phone = tokenizer.replace("s1", EntityKind.PHONE, "(415) 555-2671", "4155552671");
    var name = tokenizer.replace("s1", EntityKind.NAME, "Jane Doe", "Jane Doe");
    assertThat(phone.text()).doesNotContain("2671");
    assertThat(name.text()).doesNotContain("Jane");
    var answer = "I will call " + name.text() + " at " + phone.text() + ".";
    var result = new Rehydrator(keys, vault).rehydrate("s1", answer);
    assertThat(result.text()).isEqualTo("I will call Jane Doe at (415) 555-2671.");
    assertThat(result.failures()).isEmpty();
  }

  @Test
  void the_spoken_form_of_a_value_gives_the_same_token_and_comes_back_as_first_said() {
    var tokenizer = Tokenizer.of(TokenScheme.MSKV1, keys, "K_HEALTHCARE", vault);
    var written = tokenizer.replace("s1", EntityKind.PHONE, "(415) 555-2671", "4155552671");
    var spoken =
        tokenizer.replace(
            "s1", EntityKind.PHONE, "four one five five five five two six seven one", "4155552671");
    assertThat(spoken.text()).isEqualTo(written.text());
    assertThat(new Rehydrator(keys, vault).rehydrate("s1", spoken.text()).text())
        .isEqualTo("(415) 555-2671");
  }

  @Test
  void a_lower_cased_token_is_rehydrated() {
    var token =
        Tokenizer.of(TokenScheme.MSK1, keys, "K_HEALTHCARE", vault)
            .replace("s1", EntityKind.EMAIL, "jo@x.org", "jo@x.org");
    var result = new Rehydrator(keys, vault).rehydrate("s1", "mail " + token.text().toLowerCase());
    assertThat(result.text()).isEqualTo("mail jo@x.org");
  }

  @Test
  void an_unknown_token_becomes_redacted_and_is_reported_without_its_body() {
    var body = "GEZDGNBVGY3TQOJQGEZDGNBVGY";
    var result =
        new Rehydrator(keys, vault).rehydrate("s1", "x MSKV1.PHONE.K_HEALTHCARE." + body + " y");
    assertThat(result.text()).isEqualTo("x [REDACTED:PHONE] y");
    assertThat(result.failures())
        .containsExactly(
            new RehydrationFailure(
                EntityKind.PHONE, TokenScheme.MSKV1, "K_HEALTHCARE", Reason.NOT_FOUND));
    assertThat(result.failures().toString()).doesNotContain(body);
  }

  @Test
  void a_token_of_an_unknown_kind_or_with_a_cut_body_is_redacted() {
    var result =
        new Rehydrator(keys, vault).rehydrate("s1", "MSKV1.WHATEVER.K.GEZD and MSK1.NAME.K.AB");
    assertThat(result.text()).isEqualTo("[REDACTED:OTHER_ID] and [REDACTED:NAME]");
    assertThat(result.failures())
        .extracting(RehydrationFailure::reason)
        .containsOnly(Reason.MALFORMED);
  }

  @Test
  void a_tampered_msk1_token_is_redacted() {
    var token =
        Tokenizer.of(TokenScheme.MSK1, keys, "K_HEALTHCARE", vault)
            .replace("s1", EntityKind.SSN, "123-45-6789", "123456789")
            .text();
    int last = token.length() - 5;
    var tampered =
        token.substring(0, last)
            + (token.charAt(last) == 'A' ? 'B' : 'A')
            + token.substring(last + 1);
    var result = new Rehydrator(keys, vault).rehydrate("s1", tampered);
    assertThat(result.text()).isEqualTo("[REDACTED:SSN]");
    assertThat(result.failures().get(0).reason()).isIn(Reason.UNREADABLE, Reason.MALFORMED);
  }

  @Test
  void an_msk1_token_from_another_session_does_not_open() {
    var token =
        Tokenizer.of(TokenScheme.MSK1, keys, "K_HEALTHCARE", vault)
            .replace("s1", EntityKind.NAME, "Jane", "Jane")
            .text();
    assertThat(new Rehydrator(keys, vault).rehydrate("s2", token).text())
        .isEqualTo("[REDACTED:NAME]");
  }

  @ParameterizedTest
  @EnumSource(TokenScheme.class)
  void a_token_made_before_a_rotation_rehydrates_until_the_old_key_is_dropped(TokenScheme scheme) {
    var before = KeyRing.builder().key("K1", key(1)).build();
    var token =
        Tokenizer.of(scheme, before, "K1", vault)
            .replace("s1", EntityKind.MRN, "MRN 1234567", "1234567")
            .text();
    var rotating = KeyRing.builder().key("K1", key(2)).oldKey("K1", key(1)).build();
    assertThat(new Rehydrator(rotating, vault).rehydrate("s1", "see " + token).text())
        .isEqualTo("see MRN 1234567");
    var after = rotating.withoutOldKeys();
    var result = new Rehydrator(after, vault).rehydrate("s1", "see " + token);
    assertThat(result.text()).isEqualTo("see [REDACTED:MRN]");
    assertThat(result.failures()).hasSize(1);
    assertThat(result.failures().get(0).reason()).isEqualTo(Reason.UNREADABLE);
  }

  @Test
  void an_erased_session_leaves_its_tokens_opaque() {
    var token =
        Tokenizer.of(TokenScheme.MSKV1, keys, "K_HEALTHCARE", vault)
            .replace("s1", EntityKind.NAME, "Jane", "Jane")
            .text();
    vault.dropScope("s1");
    var result = new Rehydrator(keys, vault).rehydrate("s1", token);
    assertThat(result.text()).isEqualTo("[REDACTED:NAME]");
    assertThat(result.failures().get(0).reason()).isEqualTo(Reason.NOT_FOUND);
  }

  @Test
  void a_synthetic_surrogate_is_found_only_as_a_whole_word_and_in_any_case() {
    var tokenizer = Tokenizer.of(TokenScheme.SYN1, keys, "K_HEALTHCARE", vault);
    var name = tokenizer.replace("s1", EntityKind.NAME, "Jane Doe", "Jane Doe").text();
    var rehydrator = new Rehydrator(keys, vault);
    assertThat(rehydrator.rehydrate("s1", "Hi " + name.toLowerCase() + "!").text())
        .isEqualTo("Hi Jane Doe!");
    assertThat(rehydrator.rehydrate("s1", "Hi " + name + "son").text())
        .isEqualTo("Hi " + name + "son");
  }

  @Test
  void synthetic_surrogates_keep_the_shape_of_the_value() {
    var tokenizer = Tokenizer.of(TokenScheme.SYN1, keys, "K_HEALTHCARE", vault);
    assertThat(tokenizer.replace("s1", EntityKind.PHONE, "(415) 555-2671", "4155552671").text())
        .matches("\\([2-9]\\d\\d\\) 555-01\\d\\d");
    assertThat(tokenizer.replace("s1", EntityKind.EMAIL, "jo@x.org", "jo@x.org").text())
        .matches("user\\d{4}@example\\.com");
    assertThat(tokenizer.replace("s1", EntityKind.DOB, "03/03/1982", "1982-03-03").text())
        .matches("\\d\\d/\\d\\d/\\d{4}")
        .isNotEqualTo("03/03/1982");
    var card =
        tokenizer.replace("s1", EntityKind.CREDIT_CARD, "4111 1111 1111 1111", "4111111111111111");
    assertThat(card.text()).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
    assertThat(luhn(card.text().replace(" ", ""))).isTrue();
  }

  @Test
  void distinct_values_get_distinct_surrogates_within_a_session() {
    var tokenizer = Tokenizer.of(TokenScheme.SYN1, keys, "K_HEALTHCARE", vault);
    var seen = new java.util.HashSet<String>();
    for (int i = 0; i < 40; i++) {
      var email = "person" + i + "@x.org";
      seen.add(tokenizer.replace("s1", EntityKind.EMAIL, email, email).text());
    }
    assertThat(seen).hasSize(40);
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
