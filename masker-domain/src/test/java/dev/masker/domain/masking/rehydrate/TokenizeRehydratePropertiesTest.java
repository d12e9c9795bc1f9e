package dev.masker.domain.masking.rehydrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.TokenScheme;
import dev.masker.domain.masking.token.Tokenizer;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TokenizeRehydratePropertiesTest {
  private static final KeyRing KEYS = KeyRing.builder().key("K1", RehydratorTest.key(9)).build();

  record Piece(String filler, EntityKind kind, String value) {}

  @Property(tries = 200)
  void tokenize_then_rehydrate_gives_back_the_text(
      @ForAll TokenScheme scheme,
      @ForAll("pieces") List<Piece> pieces,
      @ForAll("session") String s) {
    var vault = new InMemoryTokenVault();
    var tokenizer = Tokenizer.of(scheme, KEYS, "K1", vault);
    var original = new StringBuilder();
    var masked = new StringBuilder();
    for (var piece : pieces) {
      original.append(piece.filler()).append(piece.value());
      masked
          .append(piece.filler())
          .append(tokenizer.replace(s, piece.kind(), piece.value(), piece.value()).text());
    }
    var rehydrator = new Rehydrator(KEYS, vault);
    var result = rehydrator.rehydrate(s, masked.toString());
    assertThat(result.text()).isEqualTo(original.toString());
    var stream = rehydrator.stream(s);
    var out = new StringBuilder();
    for (int i = 0; i < masked.length(); i += 5) {
      out.append(stream.accept(masked.substring(i, Math.min(masked.length(), i + 5))));
    }
    assertThat(out.append(stream.finish()).toString()).isEqualTo(result.text());
  }

  @Property(tries = 200)
  void one_value_in_one_session_gives_one_token_and_another_session_another(
      @ForAll("deterministic") TokenScheme scheme,
      @ForAll("value") String value,
      @ForAll("session") String a,
      @ForAll("session") String b) {
    var vault = new InMemoryTokenVault();
    var tokenizer = Tokenizer.of(scheme, KEYS, "K1", vault);
    var first = tokenizer.replace(a, EntityKind.ACCOUNT, value, value).text();
    assertThat(tokenizer.replace(a, EntityKind.ACCOUNT, value, value).text()).isEqualTo(first);
    if (!a.equals(b)) {
      assertThat(tokenizer.replace(b, EntityKind.ACCOUNT, value, value).text()).isNotEqualTo(first);
    }
  }

  @Provide
  Arbitrary<TokenScheme> deterministic() {
    return Arbitraries.of(TokenScheme.MSKV1, TokenScheme.MSK1);
  }

  @Provide
  Arbitrary<String> session() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> value() {
    return Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(16);
  }

  @Provide
  Arbitrary<List<Piece>> pieces() {
    // Fillers never touch a value with a letter or digit, so a surrogate stays a whole word.
    var filler =
        Arbitraries.strings()
            .withChars(" .,;:!?-é中😀")
            .withChars("abcxyzMSKV1")
            .ofMaxLength(20)
            .map(f -> " " + f + " ");
    var value =
        Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(12).map(v -> "#" + v),
            Arbitraries.of("Jane Doe", "Ravi Patel", "Zoë 中村", "(415) 555-2671", "jo@x.org"));
    var kind = Arbitraries.of(EntityKind.MRN, EntityKind.NAME, EntityKind.OTHER_ID);
    return Combinators.combine(filler, kind, value).as(Piece::new).list().ofMaxSize(6);
  }
}
