package dev.masker.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.account.AccountId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ChainWalkTest {
  private static final byte[] KEY_BYTES = new byte[32];

  static {
    Arrays.fill(KEY_BYTES, (byte) 7);
  }

  private static final ChainKey KEY = new ChainKey(KEY_BYTES);
  private static final AccountId ACCOUNT = new AccountId("acc_01JTQ5V7S3XKJ8W6Z1Y2B3C4D5");

  /** Five events chained from the genesis. */
  private final List<ChainedEvent> chain = chain(5);

  private static List<ChainedEvent> chain(int n) {
    var events = new ArrayList<ChainedEvent>();
    var previous = ChainKey.genesis();
    for (int seq = 1; seq <= n; seq++) {
      var json = EventJson.of(Map.of("id", id(seq), "seq", (long) seq, "kind", "redaction"));
      var hash = KEY.link(previous, json);
      events.add(new ChainedEvent(seq, id(seq), json, hash));
      previous = hash;
    }
    return events;
  }

  private static String id(int seq) {
    return "evt_0000000000000000000000000" + seq;
  }

  private ChainCheck walk(List<ChainedEvent> events) {
    var walk = ChainWalk.fromGenesis(KEY);
    events.forEach(walk::event);
    var head = chain.get(chain.size() - 1);
    return walk.end(head.seq(), head.storedHash());
  }

  @Test
  void a_link_is_the_hmac_of_the_previous_hash_then_the_json() throws Exception {
    var mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY_BYTES, "HmacSHA256"));
    mac.update(new byte[32]);
    var expected = mac.doFinal(chain.get(0).json().getBytes(StandardCharsets.UTF_8));

    assertThat(chain.get(0).storedHash()).isEqualTo(expected);
  }

  @Test
  void an_intact_chain_verifies_from_the_genesis_to_its_head() {
    var check = walk(chain);

    assertThat(check.ok()).isTrue();
    assertThat(check.eventCount()).isEqualTo(5);
    assertThat(check.firstHash()).isEqualTo("0".repeat(64));
    assertThat(check.lastHash()).isEqualTo(HexFormat.of().formatHex(chain.get(4).storedHash()));
    assertThat(check.message()).isEqualTo("5 events verified, seq 1 to 5");
  }

  @Test
  void a_changed_event_is_named_by_seq_and_id() {
    var events = new ArrayList<>(chain);
    var third = events.get(2);
    events.set(
        2,
        new ChainedEvent(
            3,
            third.id(),
            third.json().replace("redaction", "rehydration_failed"),
            third.storedHash()));

    var check = walk(events);

    assertThat(check.ok()).isFalse();
    assertThat(check.eventCount()).isEqualTo(2);
    assertThat(check.lastHash()).isEqualTo(HexFormat.of().formatHex(chain.get(1).storedHash()));
    assertThat(check.message())
        .startsWith("the event at seq 3 (" + id(3) + ") does not hash")
        .doesNotContain("redaction");
  }

  @Test
  void a_deleted_event_is_a_gap() {
    var events = new ArrayList<>(chain);
    events.remove(3);

    var check = walk(events);

    assertThat(check.ok()).isFalse();
    assertThat(check.message()).startsWith("seq 4 is missing (the chain goes from seq 3 to 5)");
  }

  @Test
  void two_swapped_hashes_are_out_of_order() {
    var events = new ArrayList<>(chain);
    var second = events.get(1);
    var third = events.get(2);
    events.set(1, new ChainedEvent(2, second.id(), second.json(), third.storedHash()));
    events.set(2, new ChainedEvent(3, third.id(), third.json(), second.storedHash()));

    var check = walk(events);

    assertThat(check.ok()).isFalse();
    assertThat(check.message()).startsWith("events at seq 2 (" + id(2) + ") and seq 3");
  }

  @Test
  void a_missing_tail_is_found_against_the_head() {
    var check = walk(chain.subList(0, 3));

    assertThat(check.ok()).isFalse();
    assertThat(check.message()).contains("ends at seq 3 but its head is at seq 5");
  }

  @Test
  void a_retention_checkpoint_carries_the_walk_across_a_gap() {
    var walk = ChainWalk.fromGenesis(KEY);
    walk.event(chain.get(0));
    walk.checkpoint(RetentionCheckpoint.sealed(KEY, ACCOUNT, 2, 3, chain.get(2).storedHash()));
    walk.event(chain.get(3));
    walk.event(chain.get(4));

    var check = walk.end(5, chain.get(4).storedHash());

    assertThat(check.ok()).isTrue();
    assertThat(check.eventCount()).isEqualTo(3);
    assertThat(check.message()).endsWith("across 2 events deleted by retention");
  }

  @Test
  void a_forged_retention_checkpoint_breaks_the_chain() {
    var walk = ChainWalk.fromGenesis(KEY);
    walk.event(chain.get(0));
    var other = new ChainKey(new byte[32]);
    walk.checkpoint(RetentionCheckpoint.sealed(other, ACCOUNT, 2, 3, chain.get(2).storedHash()));
    walk.event(chain.get(3));

    var check = walk.end(5, chain.get(4).storedHash());

    assertThat(check.ok()).isFalse();
    assertThat(check.message())
        .isEqualTo(
            "the retention checkpoint of seq 2 to 3 is not sealed with the audit key: it was"
                + " forged or changed");
  }

  @Test
  void a_walk_from_a_verified_checkpoint_checks_only_what_follows() {
    var walk = new ChainWalk(KEY, 3, chain.get(2).storedHash());
    walk.event(chain.get(3));
    walk.event(chain.get(4));

    var check = walk.end(5, chain.get(4).storedHash());

    assertThat(check.ok()).isTrue();
    assertThat(check.eventCount()).isEqualTo(2);
    assertThat(check.firstHash()).isEqualTo(HexFormat.of().formatHex(chain.get(2).storedHash()));
  }

  @Test
  void checkpoints_are_sealed_over_what_they_say() {
    var verified = VerifiedCheckpoint.sealed(KEY, ACCOUNT, 5, chain.get(4).storedHash());
    var moved = new VerifiedCheckpoint(ACCOUNT, 4, verified.hash(), verified.seal());

    assertThat(verified.sealedBy(KEY)).isTrue();
    assertThat(moved.sealedBy(KEY)).isFalse();
  }

  @Test
  void an_empty_chain_is_whole() {
    var check = ChainWalk.fromGenesis(KEY).end(0, null);

    assertThat(check.ok()).isTrue();
    assertThat(check.message()).isEqualTo("The chain has no events yet");
  }
}
