package dev.masker.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
  @Test
  void no_events_give_the_hash_of_nothing() {
    assertThat(MerkleTree.rootHex(List.of()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void one_event_is_its_leaf_hash() throws Exception {
    var hash = chainHash(1);

    assertThat(MerkleTree.root(List.of(hash))).isEqualTo(sha256(new byte[] {0}, hash));
  }

  @Test
  void three_events_split_after_the_largest_power_of_two_below_three() throws Exception {
    var a = chainHash(1);
    var b = chainHash(2);
    var c = chainHash(3);
    var left = sha256(new byte[] {1}, leaf(a), leaf(b));

    assertThat(MerkleTree.root(List.of(a, b, c))).isEqualTo(sha256(new byte[] {1}, left, leaf(c)));
  }

  @Test
  void five_events_are_a_tree_of_four_and_one() throws Exception {
    var hashes = new ArrayList<byte[]>();
    for (int i = 0; i < 5; i++) {
      hashes.add(chainHash(i));
    }
    var ab = sha256(new byte[] {1}, leaf(hashes.get(0)), leaf(hashes.get(1)));
    var cd = sha256(new byte[] {1}, leaf(hashes.get(2)), leaf(hashes.get(3)));
    var four = sha256(new byte[] {1}, ab, cd);

    assertThat(MerkleTree.root(hashes))
        .isEqualTo(sha256(new byte[] {1}, four, leaf(hashes.get(4))));
  }

  @Test
  void reordering_two_events_changes_the_root() {
    var a = chainHash(1);
    var b = chainHash(2);

    assertThat(MerkleTree.rootHex(List.of(a, b))).isNotEqualTo(MerkleTree.rootHex(List.of(b, a)));
  }

  @Test
  void an_inner_node_cannot_pass_for_a_leaf() throws Exception {
    var a = chainHash(1);
    var b = chainHash(2);
    var node = sha256(new byte[] {1}, leaf(a), leaf(b));

    assertThat(MerkleTree.root(List.of(node))).isNotEqualTo(MerkleTree.root(List.of(a, b)));
  }

  private static byte[] chainHash(int i) {
    return HexFormat.of().parseHex(String.format("%064x", i * 7919L + 1));
  }

  private static byte[] leaf(byte[] hash) throws Exception {
    return sha256(new byte[] {0}, hash);
  }

  private static byte[] sha256(byte[]... parts) throws Exception {
    var digest = MessageDigest.getInstance("SHA-256");
    for (var part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }
}
