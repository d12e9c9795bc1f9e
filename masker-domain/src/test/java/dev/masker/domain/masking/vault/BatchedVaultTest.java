package dev.masker.domain.masking.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A turn's rows, held while it masks and written in one call before anything leaves. */
class BatchedVaultTest {
  /** The store behind: counts its writes, and can be made unreachable. */
  private static final class Store implements TokenVault {
    final InMemoryTokenVault rows = new InMemoryTokenVault();
    final List<Integer> writes = new ArrayList<>();
    boolean down;

    @Override
    public void put(String scope, String token, byte[] sealedValue) {
      putAll(scope, Map.of(token, sealedValue));
    }

    @Override
    public java.util.Set<String> putAll(String scope, Map<String, byte[]> batch) {
      if (down) {
        throw new Unavailable("down", null);
      }
      writes.add(batch.size());
      return rows.putAll(scope, batch);
    }

    @Override
    public boolean knows(String scope, String token) {
      return rows.knows(scope, token);
    }

    @Override
    public java.util.Optional<byte[]> get(String scope, String token) {
      return rows.get(scope, token);
    }

    @Override
    public List<String> tokens(String scope) {
      return rows.tokens(scope);
    }

    @Override
    public void dropScope(String scope) {
      rows.dropScope(scope);
    }
  }

  private final Store store = new Store();
  private final BatchedVault vault = new BatchedVault(store);

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_batch_writes_its_rows_in_one_call_and_reads_see_them_before() {
    try (var batch = vault.open("call")) {
      vault.putUnlessKnown("call", "A", () -> bytes("a"));
      vault.put("call", "B", bytes("b"));
      vault.put("elsewhere", "C", bytes("c"));

      assertThat(store.writes).as("only the other scope's row went through").containsExactly(1);
      assertThat(vault.get("call", "A"))
          .hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("a")));
      assertThat(vault.tokens("call")).containsExactlyInAnyOrder("A", "B");
      assertThat(vault.rows("call")).containsOnlyKeys("A", "B");
      assertThat(vault.knows("call", "B")).isTrue();

      batch.flush();
    }

    assertThat(store.writes).containsExactly(1, 2);
    assertThat(store.rows.tokens("call")).containsExactlyInAnyOrder("A", "B");
  }

  @Test
  void a_row_the_store_knows_is_neither_sealed_nor_written_again() {
    store.rows.put("call", "A", bytes("a"));
    try (var batch = vault.open("call")) {
      vault.putUnlessKnown(
          "call",
          "A",
          () -> {
            throw new AssertionError("sealed a row the store has");
          });
      batch.flush();
    }

    assertThat(store.writes).isEmpty();
  }

  @Test
  void rows_of_a_batch_closed_without_a_flush_are_dropped() {
    try (var batch = vault.open("call")) {
      vault.put("call", "A", bytes("a"));
    }

    assertThat(store.writes).isEmpty();
    assertThat(vault.get("call", "A")).isEmpty();
    vault.put("call", "B", bytes("b"));
    assertThat(store.rows.tokens("call"))
        .as("no batch open: straight through")
        .containsExactly("B");
  }

  @Test
  void a_failed_flush_keeps_the_rows_held_and_says_so() {
    try (var batch = vault.open("call")) {
      vault.put("call", "A", bytes("a"));
      store.down = true;

      assertThatThrownBy(batch::flush).isInstanceOf(TokenVault.Unavailable.class);
      assertThat(vault.get("call", "A")).isPresent();

      store.down = false;
      batch.flush();
    }
    assertThat(store.rows.tokens("call")).containsExactly("A");
  }

  @Test
  void two_turns_of_one_call_lose_nothing_when_one_of_them_fails() {
    var failing = vault.open("call");
    var answered = vault.open("call");
    vault.put("call", "A", bytes("a")); // by the turn that will be answered
    vault.put("call", "B", bytes("b")); // by the turn that will fail

    failing.close();
    answered.flush();
    answered.close();

    assertThat(store.rows.tokens("call")).containsExactlyInAnyOrder("A", "B");
    assertThat(store.writes).containsExactly(2);
  }

  @Test
  void a_batch_writes_its_own_rows_with_the_held_ones_and_tells_which_it_stored_first() {
    store.rows.put("call", "SEEN-1", new byte[0]);
    Set<String> firstHere;
    Set<String> firstThere;
    try (var here = vault.open("call");
        var there = vault.open("call")) {
      vault.put("call", "A", bytes("a"));

      firstHere = here.flush(Map.of("SEEN-1", new byte[0], "SEEN-2", new byte[0]));
      firstThere = there.flush(Map.of("SEEN-2", new byte[0], "SEEN-3", new byte[0]));
    }

    assertThat(firstHere).as("SEEN-1 was stored before").containsExactly("SEEN-2");
    assertThat(firstThere).as("SEEN-2 was stored by the other batch").containsExactly("SEEN-3");
    assertThat(store.writes)
        .as("one write per flush, the held row in the first")
        .containsExactly(3, 2);
    assertThat(store.rows.tokens("call"))
        .containsExactlyInAnyOrder("A", "SEEN-1", "SEEN-2", "SEEN-3");
  }

  @Test
  void rows_put_all_at_once_while_held_are_held_and_none_is_said_stored() {
    try (var batch = vault.open("call")) {
      assertThat(vault.putAll("call", Map.of("A", bytes("a")))).isEmpty();
      assertThat(store.writes).isEmpty();
      batch.flush();
    }
    assertThat(vault.putAll("call", Map.of("A", bytes("x"), "B", bytes("b"))))
        .as("no batch open: straight through, A already stored")
        .containsExactly("B");
  }
}
