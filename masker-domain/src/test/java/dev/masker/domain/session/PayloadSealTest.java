package dev.masker.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.masking.token.KeyRing;
import dev.masker.domain.masking.token.Opening;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayloadSealTest {
  private static final SessionId SESSION = new SessionId("sess_01JAAAAAAAAAAAAAAAAAAAAAAA");
  private static final SessionId OTHER = new SessionId("sess_01JBBBBBBBBBBBBBBBBBBBBBBB");
  private static final String TEXT = "call me at 415 555 2671";

  private static byte[] key(int fill) {
    var key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private final PayloadSeal seal = new PayloadSeal(KeyRing.builder().key("K_A", key(1)).build());

  @Test
  void a_payload_opens_only_in_its_own_session_turn_and_part() {
    var sealed = seal.seal("K_A", SESSION, 2, PayloadPart.REQUEST, TEXT);

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("2671");
    assertThat(seal.open(SESSION, 2, PayloadPart.REQUEST, sealed))
        .isEqualTo(new Opening.Opened(TEXT));
    assertThat(seal.open(OTHER, 2, PayloadPart.REQUEST, sealed))
        .isInstanceOf(Opening.Unreadable.class);
    assertThat(seal.open(SESSION, 3, PayloadPart.REQUEST, sealed))
        .isInstanceOf(Opening.Unreadable.class);
    assertThat(seal.open(SESSION, 2, PayloadPart.MASKED, sealed))
        .isInstanceOf(Opening.Unreadable.class);
  }

  @Test
  void each_seal_has_its_own_nonce_and_an_old_key_still_opens_during_a_rotation() {
    var first = seal.seal("K_A", SESSION, 1, PayloadPart.RESPONSE, TEXT);
    var second = seal.seal("K_A", SESSION, 1, PayloadPart.RESPONSE, TEXT);
    assertThat(first).isNotEqualTo(second);

    var rotated =
        new PayloadSeal(KeyRing.builder().key("K_A", key(2)).oldKey("K_A", key(1)).build());
    assertThat(rotated.open(SESSION, 1, PayloadPart.RESPONSE, first))
        .isEqualTo(new Opening.Opened(TEXT));
    var without = new PayloadSeal(KeyRing.builder().key("K_A", key(2)).build());
    assertThat(without.open(SESSION, 1, PayloadPart.RESPONSE, first))
        .isInstanceOf(Opening.Unreadable.class);
  }

  @Test
  void kept_payloads_never_show_their_text_and_a_missing_key_refuses_to_seal() {
    var kept = new KeptPayloads("K_A", seal, TEXT, Optional.of(TEXT), Optional.empty());
    assertThat(kept.toString()).doesNotContain("2671");
    assertThat(kept.seal(SESSION, 1).response()).isNull();

    var noKey = new KeptPayloads("K_B", seal, TEXT, Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> noKey.seal(SESSION, 1)).isInstanceOf(IllegalStateException.class);
  }
}
