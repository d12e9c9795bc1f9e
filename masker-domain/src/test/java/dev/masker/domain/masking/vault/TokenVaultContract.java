package dev.masker.domain.masking.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TokenVault} must do, run against the in-memory vault and the PostgreSQL
 * adapter. Each test uses scopes of its own.
 */
public abstract class TokenVaultContract {
  protected abstract TokenVault vault();

  private static String scope() {
    return "sess-" + UUID.randomUUID();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_stored_value_is_read_back_byte_for_byte() {
    var scope = scope();
    var sealed = new byte[] {0, 1, 2, (byte) 0xff, 42};

    vault().put(scope, "MSKV1.PHONE.K.ABC", sealed);

    assertThat(vault().get(scope, "MSKV1.PHONE.K.ABC"))
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(sealed));
    assertThat(vault().get(scope, "MSKV1.PHONE.K.OTHER")).isEmpty();
  }

  @Test
  void the_first_value_stored_under_a_token_stays() {
    var scope = scope();

    vault().put(scope, "T", bytes("first"));
    vault().put(scope, "T", bytes("second"));

    assertThat(vault().get(scope, "T"))
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("first")));
  }

  @Test
  void a_value_put_unless_known_is_sealed_once_and_the_first_row_stays() {
    var scope = scope();
    var sealings = new java.util.concurrent.atomic.AtomicInteger();

    vault()
        .putUnlessKnown(
            scope,
            "T",
            () -> {
              sealings.incrementAndGet();
              return bytes("first");
            });
    vault().putUnlessKnown(scope, "T", () -> bytes("second"));
    vault().putUnlessKnown(scope + "-other", "T", () -> bytes("elsewhere"));

    assertThat(sealings).hasValue(1);
    assertThat(vault().get(scope, "T"))
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("first")));
    assertThat(vault().get(scope + "-other", "T"))
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("elsewhere")));
  }

  @Test
  void a_known_row_is_not_sealed_again() {
    var scope = scope();
    vault().put(scope, "T", bytes("first"));
    vault().get(scope, "T");

    vault()
        .putUnlessKnown(
            scope,
            "T",
            () -> {
              throw new AssertionError("sealed a value the vault already had");
            });

    assertThat(vault().get(scope, "T"))
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("first")));
  }

  @Test
  void every_row_of_a_scope_is_read_at_once_and_no_row_of_another() {
    var scope = scope();
    vault().put(scope, "MSKV1.NAME.K.A", bytes("a"));
    vault().put(scope, "MSKV1.PHONE.K.B", bytes("b"));
    vault().put(scope + "-other", "MSKV1.NAME.K.C", bytes("c"));

    var rows = vault().rows(scope);

    assertThat(rows).containsOnlyKeys("MSKV1.NAME.K.A", "MSKV1.PHONE.K.B");
    assertThat(rows.get("MSKV1.PHONE.K.B")).isEqualTo(bytes("b"));
    assertThat(vault().rows(scope + "-none")).isEmpty();
  }

  @Test
  void scopes_do_not_see_each_other() {
    var one = scope();
    var other = scope();

    vault().put(one, "T", bytes("one"));

    assertThat(vault().get(other, "T")).isEmpty();
    assertThat(vault().tokens(other)).isEmpty();
  }

  @Test
  void a_scope_lists_its_tokens() {
    var scope = scope();

    vault().put(scope, "A", bytes("a"));
    vault().put(scope, "B", bytes("b"));

    assertThat(vault().tokens(scope)).containsExactlyInAnyOrder("A", "B");
  }

  @Test
  void dropping_a_scope_erases_its_values_and_only_them() {
    var doomed = scope();
    var kept = scope();
    vault().put(doomed, "T", bytes("gone"));
    vault().put(kept, "T", bytes("kept"));

    vault().dropScope(doomed);

    assertThat(vault().get(doomed, "T")).isEmpty();
    assertThat(vault().tokens(doomed)).isEmpty();
    assertThat(vault().get(kept, "T")).isPresent();
  }

  @Test
  void rows_put_all_at_once_are_each_stored_and_a_row_already_there_stays() {
    var scope = scope();
    vault().put(scope, "A", bytes("first"));
    var rows = new java.util.LinkedHashMap<String, byte[]>();
    rows.put("A", bytes("second"));
    rows.put("B", bytes("b"));
    rows.put("C", bytes("c"));

    var stored = vault().putAll(scope, rows);
    var none = vault().putAll(scope, java.util.Map.of());
    var again = vault().putAll(scope, java.util.Map.of("C", bytes("c2"), "D", bytes("d")));

    assertThat(stored).as("A was there before").containsExactlyInAnyOrder("B", "C");
    assertThat(none).isEmpty();
    assertThat(again).containsExactly("D");

    assertThat(vault().tokens(scope)).containsExactlyInAnyOrder("A", "B", "C", "D");
    assertThat(vault().get(scope, "A"))
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("first")));
    assertThat(vault().get(scope, "C"))
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("c")));
  }

  @Test
  void a_vault_never_claims_to_know_a_row_that_is_not_there() {
    var scope = scope();
    vault().put(scope, "T", bytes("t"));

    assertThat(vault().knows(scope, "other")).isFalse();
    assertThat(vault().knows(scope + "-other", "T")).isFalse();
    vault().dropScope(scope);
    assertThat(vault().knows(scope, "T")).isFalse();
  }
}
