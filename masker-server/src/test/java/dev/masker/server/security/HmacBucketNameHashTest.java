package dev.masker.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HmacBucketNameHashTest {
  private static final byte[] KEY = new byte[32];
  private static final byte[] OTHER_KEY = new byte[32];

  static {
    Arrays.fill(OTHER_KEY, (byte) 7);
  }

  private final HmacBucketNameHash names = new HmacBucketNameHash(() -> KEY);

  @Test
  void a_subject_is_named_the_same_on_every_replica_with_the_key_and_never_in_clear() {
    var address = "203.0.113.7\u0000maria.lopez@clinic.example";

    var name = names.hash(address);

    assertThat(name)
        .matches("[A-Z2-7]{32}")
        .isEqualTo(new HmacBucketNameHash(() -> KEY.clone()).hash(address))
        .doesNotContainIgnoringCase("maria")
        .doesNotContain("203.0.113.7");
    assertThat(names.hash("203.0.113.8")).isNotEqualTo(names.hash("203.0.113.7"));
    assertThat(new HmacBucketNameHash(() -> OTHER_KEY).hash(address)).isNotEqualTo(name);
  }
}
