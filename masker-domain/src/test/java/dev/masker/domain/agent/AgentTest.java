package dev.masker.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    var settings =
        AgentSettings.of(new AgentName("Front desk"), Upstream.parse("openai:gpt-4o-mini"))
            .withTokenization(Tokenization.REVERSIBLE_AEAD)
            .withVapiAssistant("{\"firstMessage\":\"Hello\"}");
    return Agent.create(IDS, account, settings, requireProxyKey, NOW);
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
    assertThat(agent.policyYaml()).isEmpty();
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
            new Agent.Snapshot(
                original.id(),
                original.accountId(),
                original.settings().withVapiAssistant(null),
                original.proxyKeyDigest().orElseThrow(),
                original.createdAt(),
                NOW.plusSeconds(60)));

    assertThat(stored.acceptsProxyKey(creation.proxyKey().orElseThrow())).isTrue();
    assertThat(stored.vapiAssistant()).isEmpty();
    assertThat(stored.updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void settings_start_from_the_vault_and_the_healthcare_default_policy() {
    var settings = AgentSettings.of(new AgentName("Front desk"), Upstream.parse("stub"));

    assertThat(settings.tokenization()).isEqualTo(Tokenization.VAULT_DETERMINISTIC);
    assertThat(settings.policy()).isEqualTo(new PolicyRef("healthcare-default", 1));
    assertThat(settings.customPolicyYaml()).isEmpty();
    assertThat(settings.vapiAssistant()).isNull();
  }

  @Test
  void a_policy_of_its_own_keeps_its_yaml_until_a_built_in_one_replaces_it() {
    var custom =
        AgentSettings.of(new AgentName("Strict"), Upstream.parse("stub"))
            .withCustomPolicy(new PolicyRef("clinic", 2), "name: clinic\nversion: 2\n");

    assertThat(custom.policy()).isEqualTo(new PolicyRef("clinic", 2));
    assertThat(custom.customPolicyYaml()).contains("name: clinic\nversion: 2\n");
    assertThat(custom.withPolicy(AgentSettings.DEFAULT_POLICY).customPolicyYaml()).isEmpty();
  }

  @Test
  void settings_and_snapshots_refuse_missing_parts() {
    var settings = AgentSettings.of(new AgentName("A"), Upstream.parse("stub"));

    assertThatThrownBy(() -> AgentSettings.of(new AgentName("A"), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> settings.withTokenization(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Agent.Snapshot(null, account, settings, null, NOW, NOW))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Agent.Snapshot(AgentId.next(IDS), account, null, null, NOW, NOW))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_snapshot_reconstitutes_the_same_agent() {
    var original = create(true).agent();

    var copy = Agent.reconstitute(original.snapshot());

    assertThat(copy.snapshot()).isEqualTo(original.snapshot());
    assertThat(copy.requiresProxyKey()).isTrue();
  }

  @Test
  void the_text_of_settings_shows_neither_the_policy_yaml_nor_the_template() {
    var settings =
        AgentSettings.of(new AgentName("Front desk"), Upstream.parse("stub"))
            .withCustomPolicy(new PolicyRef("clinic", 2), "deny_list: [Jane Roe]\n")
            .withVapiAssistant("{\"firstMessage\":\"Hello Jane Roe\"}");

    assertThat(settings.toString()).contains("Front desk").doesNotContain("Jane Roe");
  }

  @Test
  void a_revised_agent_keeps_its_id_account_and_creation_time_and_moves_updated_at() {
    var agent = create(false).agent();
    var later = NOW.plusSeconds(60);

    var revised =
        agent.revise(agent.settings().withTokenization(Tokenization.SYNTHETIC), false, later);

    assertThat(revised.agent().id()).isEqualTo(agent.id());
    assertThat(revised.agent().accountId()).isEqualTo(account);
    assertThat(revised.agent().createdAt()).isEqualTo(NOW);
    assertThat(revised.agent().updatedAt()).isEqualTo(later);
    assertThat(revised.agent().tokenization()).isEqualTo(Tokenization.SYNTHETIC);
    assertThat(revised.proxyKey()).isEmpty();
  }

  @Test
  void a_change_within_the_same_millisecond_still_moves_updated_at() {
    var agent = create(false).agent();

    var revised = agent.revise(agent.settings(), false, NOW);

    assertThat(revised.agent().updatedAt()).isEqualTo(NOW.plusMillis(1));
  }

  @Test
  void turning_the_proxy_key_on_hands_out_a_new_key_once_and_keeping_it_on_keeps_the_key() {
    var agent = create(false).agent();

    var keyed = agent.revise(agent.settings(), true, NOW.plusSeconds(1));
    var key = keyed.proxyKey().orElseThrow();
    var kept = keyed.agent().revise(keyed.agent().settings(), true, NOW.plusSeconds(2));

    assertThat(key.value()).startsWith(Agent.PROXY_KEY_PREFIX);
    assertThat(keyed.agent().acceptsProxyKey(key)).isTrue();
    assertThat(kept.proxyKey()).isEmpty();
    assertThat(kept.agent().acceptsProxyKey(key)).isTrue();
  }

  @Test
  void turning_the_proxy_key_off_drops_the_key() {
    var created = create(true);

    var open = created.agent().revise(created.agent().settings(), false, NOW.plusSeconds(1));

    assertThat(open.agent().requiresProxyKey()).isFalse();
    assertThat(open.agent().proxyKeyDigest()).isEmpty();
  }
}
