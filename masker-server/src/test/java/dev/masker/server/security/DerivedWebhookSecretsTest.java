package dev.masker.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.common.Secret;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DerivedWebhookSecretsTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final byte[] KEY = filled(7);

  @Test
  void an_agents_secret_is_the_same_on_every_server_with_the_key_and_unlike_any_other() {
    var agent = AgentId.next(IDS);
    var one = new DerivedWebhookSecrets(() -> KEY, Optional.empty(), false);
    var another = new DerivedWebhookSecrets(() -> KEY.clone(), Optional.empty(), false);
    var otherKey = new DerivedWebhookSecrets(() -> filled(8), Optional.empty(), false);

    var secret = one.of(agent).value();

    assertThat(secret).startsWith("whsec_").hasSize("whsec_".length() + 43);
    assertThat(secret.substring(6)).matches("[A-Za-z0-9_-]+").doesNotContain(agent.value());
    assertThat(another.of(agent).value()).isEqualTo(secret);
    assertThat(one.of(AgentId.next(IDS)).value()).isNotEqualTo(secret);
    assertThat(otherKey.of(agent).value()).isNotEqualTo(secret);
  }

  @Test
  void the_server_wide_secret_is_taken_when_set_and_unsigned_calls_only_in_dev_mode() {
    assertThat(new DerivedWebhookSecrets(() -> KEY, Optional.of(" shared "), false).serverWide())
        .contains(new Secret("shared"));
    assertThat(new DerivedWebhookSecrets(() -> KEY, Optional.of("  "), false).serverWide())
        .isEmpty();
    assertThat(new DerivedWebhookSecrets(() -> KEY, Optional.empty(), false).unsignedAccepted())
        .isFalse();
    assertThat(new DerivedWebhookSecrets(() -> KEY, Optional.empty(), true).unsignedAccepted())
        .isTrue();
  }

  private static byte[] filled(int value) {
    var key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
