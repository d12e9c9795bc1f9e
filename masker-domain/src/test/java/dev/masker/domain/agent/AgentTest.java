package dev.masker.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.common.Secret;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.policy.Tokenization;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant NOW = Instant.parse("2026-05-03T21:14:32.481Z");

  private final AccountId account = AccountId.next(IDS);

  private Agent.Creation create(boolean requireProxyKey) {
    return Agent.create(
        IDS,
        account,
        new AgentName("Front desk"),
        Upstream.parse("openai:gpt-4o-mini"),
        Tokenization.REVERSIBLE_AEAD,
        new PolicyRef("healthcare-default", 1),
        requireProxyKey,
        "{\"firstMessage\":\"Hello\"}",
        NOW);
  }

  @Test
  void a_new_agent_carries_what_it_was_created_with() {
    var agent = create(false).agent();

    assertThat(AgentId.isWellFormed(agent.id().value())).isTrue();
    assertThat(agent.accountId()).isEqualTo(account);
    assertThat(agent.name()).isEqualTo(new AgentName("Front desk"));
    assertThat(agent.upstream()).isEqualTo(Upstream.parse("openai:gpt-4o-mini"));
    assertThat(agent.tokenization()).isEqualTo(Tokenization.REVERSIBLE_AEAD);
    assertThat(agent.policy()).isEqualTo(new PolicyRef("healthcare-default", 1));
    assertThat(agent.vapiAssistant()).contains("{\"firstMessage\":\"Hello\"}");
    assertThat(agent.createdAt()).isEqualTo(NOW);
    assertThat(agent.updatedAt()).isEqualTo(NOW);
  }

  @Test
  void an_agent_without_a_proxy_key_gets_none_and_accepts_any_caller() {
    var creation = create(false);

    assertThat(creation.proxyKey()).isEmpty();
    assertThat(creation.agent().requiresProxyKey()).isFalse();
    assertThat(creation.agent().proxyKeyDigest()).isEmpty();
    assertThat(creation.agent().acceptsProxyKey(null)).isTrue();
    assertThat(creation.agent().acceptsProxyKey(Secret.generate("mpk_"))).isTrue();
  }

  @Test
  void an_agent_that_requires_a_proxy_key_hands_it_out_once_and_keeps_only_its_digest() {
    var creation = create(true);

    var key = creation.proxyKey().orElseThrow();
    assertThat(key.value()).startsWith("mpk_");
    assertThat(creation.agent().requiresProxyKey()).isTrue();
    assertThat(creation.agent().proxyKeyDigest()).contains(key.digest());
    assertThat(creation.agent().proxyKeyDigest().orElseThrow()).isNotEqualTo(key.value());
  }

  @Test
  void an_agent_that_requires_a_proxy_key_accepts_only_that_key() {
    var creation = create(true);
    var key = creation.proxyKey().orElseThrow();
    var agent = creation.agent();

    assertThat(agent.acceptsProxyKey(new Secret(key.value()))).isTrue();
    assertThat(agent.acceptsProxyKey(Secret.generate("mpk_"))).isFalse();
    assertThat(agent.acceptsProxyKey(new Secret(key.value() + "x"))).isFalse();
    assertThat(agent.acceptsProxyKey(null)).isFalse();
  }

  @Test
  void each_agent_gets_its_own_proxy_key() {
    var first = create(true);
    var second = create(true);

    assertThat(first.proxyKey().orElseThrow().value())
        .isNotEqualTo(second.proxyKey().orElseThrow().value());
    assertThat(second.agent().acceptsProxyKey(first.proxyKey().orElseThrow())).isFalse();
  }

  @Test
  void an_agent_read_back_from_storage_still_accepts_its_proxy_key() {
    var creation = create(true);
    var original = creation.agent();

    var stored =
        Agent.reconstitute(
            original.id(),
            original.accountId(),
            original.name(),
            original.upstream(),
            original.tokenization(),
            original.policy(),
            original.proxyKeyDigest().orElseThrow(),
            null,
            original.createdAt(),
            NOW.plusSeconds(60));

    assertThat(stored.acceptsProxyKey(creation.proxyKey().orElseThrow())).isTrue();
    assertThat(stored.vapiAssistant()).isEmpty();
    assertThat(stored.updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }
}
