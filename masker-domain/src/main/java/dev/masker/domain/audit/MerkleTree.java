package dev.masker.domain.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 (Certificate Transparency, §2.1) over a session's chain hashes
 * in chain order (SPEC §8): a leaf is {@code SHA-256(0x00 ‖ hash)}, an inner node {@code
 * SHA-256(0x01 ‖ left ‖ right)}, and a list of {@code n > 1} leaves splits at the largest power of
 * two below {@code n}, the left part first. The two prefixes keep a leaf from passing for a node
 * (no second preimage by moving a level); the empty list's root is {@code SHA-256("")}.
 */
public final class MerkleTree {
  private static final byte LEAF = 0x00;
  private static final byte NODE = 0x01;

  private MerkleTree() {}

  /** The root, 32 bytes. */
  public static byte[] root(List<byte[]> leaves) {
    return hash(leaves, 0, leaves.size());
  }

  /** The root in lower-case hex, as reports show it. */
  public static String rootHex(List<byte[]> leaves) {
    return HexFormat.of().formatHex(root(leaves));
  }

  private static byte[] hash(List<byte[]> leaves, int from, int to) {
    int n = to - from;
    var digest = sha256();
    if (n == 0) {
      return digest.digest();
    }
    if (n == 1) {
      digest.update(LEAF);
      digest.update(leaves.get(from));
      return digest.digest();
    }
    int split = Integer.highestOneBit(n - 1);
    var left = hash(leaves, from, from + split);
    var right = hash(leaves, from + split, to);
    digest.update(NODE);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
