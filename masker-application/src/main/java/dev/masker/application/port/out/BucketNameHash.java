package dev.masker.application.port.out;

/**
 * The form in which a rate limit's subject that is personal data (a client address, an email) is
 * named in the shared buckets: a keyed hash, the same for the same subject on every replica, and
 * saying nothing about the subject without the server's key.
 */
public interface BucketNameHash {
  /**
   * @return letters and digits of a fixed length, never {@code subject}
   */
  String hash(String subject);
}
