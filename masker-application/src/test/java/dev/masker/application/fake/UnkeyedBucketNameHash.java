package dev.masker.application.fake;

import dev.masker.application.port.out.BucketNameHash;
import dev.masker.domain.common.Sha256;

/** A plain SHA-256 of the subject, in the stored form's shape (tests only: no key). */
public final class UnkeyedBucketNameHash implements BucketNameHash {
  @Override
  public String hash(String subject) {
    return Sha256.hex(subject).substring(0, 32);
  }
}
