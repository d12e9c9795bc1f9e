package dev.masker.domain.masking.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.LinearWork;
import dev.masker.domain.masking.text.ScanSteps;
import org.junit.jupiter.api.Test;

class TokenTest {
  private static final String BODY = "GEZDGNBVGY3TQOJQGEZDGNBVGY";

  @Test
  void a_token_is_written_scheme_kind_kid_body() {
    var token = new Token(TokenScheme.MSKV1, EntityKind.HEALTH_PLAN_ID, "K_HEALTHCARE", BODY);
    assertThat(token.format()).isEqualTo("MSKV1.HEALTH_PLAN_ID.K_HEALTHCARE." + BODY);
    assertThat(Token.parse(token.format())).contains(token);
  }

  @Test
  void a_lower_cased_token_still_parses() {
    assertThat(Token.parse("mskv1.phone.k_healthcare." + BODY.toLowerCase()))
        .map(Token::kind)
        .contains(EntityKind.PHONE);
  }

  @Test
  void malformed_tokens_do_not_parse() {
    assertThat(Token.parse("MSKV1.PHONE.K." + BODY.substring(1))).isEmpty();
    assertThat(Token.parse("MSKV1.NOPE.K." + BODY)).isEmpty();
    assertThat(Token.parse("MSKV1.PHONE.1K." + BODY)).isEmpty();
    assertThat(Token.parse("MSKV1.PHONE.K." + BODY + ".X")).isEmpty();
    assertThatThrownBy(() -> new Token(TokenScheme.MSK1, EntityKind.NAME, "k", "ABC"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_scanner_finds_tokens_in_any_case_inside_text() {
    var text = "Call mskv1.phone.k_h." + BODY.toLowerCase() + ", or MSK1.NAME.K2.ABCDEFGH2345 now";
    var spans = TokenScanner.find(text);
    assertThat(spans).hasSize(2);
    assertThat(text.substring(spans.get(0).start(), spans.get(0).end()))
        .isEqualTo("mskv1.phone.k_h." + BODY.toLowerCase());
    assertThat(spans.get(1).token().map(Token::body)).contains("ABCDEFGH2345");
  }

  @Test
  void an_mskv1_body_ends_after_26_chars_whatever_follows() {
    var text = "MSKV1.PHONE.K." + BODY + "xyz";
    var spans = TokenScanner.find(text);
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).end()).isEqualTo(text.length() - 3);
  }

  @Test
  void an_msk1_body_runs_to_the_first_char_outside_base32() {
    var text = "MSK1.NAME.K.ABCDEFGH234567abc8rest";
    var span = TokenScanner.find(text).get(0);
    assertThat(span.body()).isEqualTo("ABCDEFGH234567ABC");
  }

  @Test
  void an_msk1_body_ends_where_a_token_glued_to_it_starts() {
    // two names side by side in the text ("maria lopez AU㈀") give two tokens with nothing between
    var text = "MSK1.NAME.K.ABCDEFGHQMSK1.NAME.K.IJKLMNOP and mSKv1.PHONE.K." + BODY;
    var spans = TokenScanner.find("MSK1.NAME.K.ABCDEFGHQMSKV1.PHONE.K." + BODY);
    assertThat(spans).extracting(TokenScanner.Span::body).containsExactly("ABCDEFGHQ", BODY);
    assertThat(TokenScanner.find(text))
        .extracting(TokenScanner.Span::body)
        .containsExactly("ABCDEFGHQ", "IJKLMNOP", BODY);
  }

  @Test
  void a_stream_that_stops_where_a_glued_token_may_start_waits_for_more() {
    for (var chunk :
        new String[] {"MSK1.NAME.K.ABCDQM", "MSK1.NAME.K.ABCDQMSK", "MSK1.NAME.K.ABCDQMSK1"}) {
      assertThat(TokenScanner.matchAt(chunk, 0, false)).isEqualTo(TokenScanner.NEED_MORE);
    }
    assertThat(TokenScanner.matchAt("MSK1.NAME.K.ABCDQMSK1.", 0, false)).isEqualTo(17);
    assertThat(TokenScanner.matchAt("MSK1.NAME.K.ABCDQMSKA ", 0, false)).isEqualTo(21);
  }

  @Test
  void a_whole_mskv1_token_with_a_space_after_its_dots_is_found() {
    var respaced = "MSKV1. PHONE. K_HEALTHCARE. " + BODY;
    var spans = TokenScanner.find("I'll call " + respaced + ".");
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).token()).map(Token::body).contains(BODY);
    assertThat(spans.get(0).end() - spans.get(0).start()).isEqualTo(respaced.length());
    assertThat(TokenScanner.find("mskv1.phone. k_h." + BODY.toLowerCase())).hasSize(1);
    // a stream that stops after a dot and its space waits for more
    assertThat(TokenScanner.matchAt("MSKV1. PHONE. ", 0, false)).isEqualTo(TokenScanner.NEED_MORE);
  }

  @Test
  void a_respaced_span_that_is_no_whole_mskv1_token_is_text() {
    assertThat(TokenScanner.find("MSKV1. PHONE. K. GEZDG is it")).isEmpty();
    assertThat(TokenScanner.find("MSK1. NAME. K. ABCDEFGH234567")).isEmpty();
    assertThat(TokenScanner.find("MSKV1.PHONE.K.  " + BODY)).isEmpty();
  }

  @Test
  void a_short_body_is_found_as_a_malformed_token() {
    var span = TokenScanner.find("MSKV1.PHONE.K.GEZDG is it").get(0);
    assertThat(span.token()).isEmpty();
    assertThat(span.kind()).contains(EntityKind.PHONE);
  }

  @Test
  void ordinary_words_are_not_tokens() {
    assertThat(TokenScanner.find("MSK was here. msk1 is a model, mskv1. is not. MSK1.A.B. end"))
        .isEmpty();
  }

  @Test
  void the_scanner_reads_a_pathological_input_a_bounded_number_of_times() {
    var patterns = new String[] {"MSK1.", "MSK1.A.", "MSK1.A.B", "m", "MSKV1.PHONE.K.A ", "1 "};
    for (var pattern : patterns) {
      LinearWork.assertLinear(
          pattern,
          pattern.repeat(10_000 / pattern.length()),
          pattern.repeat(100_000 / pattern.length()),
          text -> TokenScanner.find(ScanSteps.readable(text)));
    }
  }

  @Test
  void base32_round_trips_and_rejects_non_canonical_text() {
    var bytes = new byte[] {1, 2, 3, 4, 5, 6, 7};
    assertThat(Base32.decode(Base32.encode(bytes))).containsExactly(bytes);
    // RFC 4648 §10 test vector: BASE32("foobar") = "MZXW6YTBOI======"
    assertThat(Base32.encode("foobar".getBytes())).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.decode("MZXW6YTBOJ")).isNull();
    assertThat(Base32.decode("MZX")).isNull();
    assertThat(Base32.decode("MZ1")).isNull();
  }
}
