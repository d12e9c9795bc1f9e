package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.page.Keyset;
import dev.masker.domain.account.Account;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.account.Plan;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.AgentSettings;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.policy.Tokenization;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AgentRepository} must do, run against the in-memory fake and the PostgreSQL
 * adapter. Each test works in accounts of its own, so the tests share nothing.
 */
public abstract class AgentRepositoryContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");

  protected abstract AgentRepository agents();

  protected abstract AccountRepository accounts();

  protected abstract TransactionRunner tx();

  private AccountId account;
  private AccountId otherAccount;

  @BeforeEach
  void openAccounts() {
    account = openAccount();
    otherAccount = openAccount();
  }

  private AccountId openAccount() {
    var opened = Account.open(IDS, "Clinic", Plan.BETA, T0);
    tx().inTransaction(() -> accounts().add(opened));
    return opened.id();
  }

  private Agent agent(AccountId owner, String name, Instant createdAt, boolean proxyKey) {
    var settings =
        AgentSettings.of(new AgentName(name), Upstream.parse("openai:gpt-4o-mini"))
            .withTokenization(Tokenization.REVERSIBLE_AEAD)
            .withVapiAssistant("{\"firstMessage\":\"Hello\"}");
    return Agent.create(IDS, owner, settings, proxyKey, createdAt).agent();
  }

  private Agent add(Agent agent) {
    tx().inTransaction(() -> agents().add(agent));
    return agent;
  }

  private List<Agent> list(Optional<String> nameContains, Optional<Keyset> after, int limit) {
    return tx().inTransaction(() -> agents().list(account, nameContains, after, limit));
  }

  @Test
  void an_added_agent_is_found_again_with_every_field() {
    var added = add(agent(account, "Front desk", T0, true));

    var found = tx().inTransaction(() -> agents().find(account, added.id())).orElseThrow();

    assertThat(found.id()).isEqualTo(added.id());
    assertThat(found.accountId()).isEqualTo(account);
    assertThat(found.name()).isEqualTo(new AgentName("Front desk"));
    assertThat(found.upstream()).isEqualTo(Upstream.parse("openai:gpt-4o-mini"));
    assertThat(found.tokenization()).isEqualTo(Tokenization.REVERSIBLE_AEAD);
    assertThat(found.policy()).isEqualTo(new PolicyRef("healthcare-default", 1));
    assertThat(found.proxyKeyDigest()).isEqualTo(added.proxyKeyDigest()).isPresent();
    assertThat(found.vapiAssistant()).contains("{\"firstMessage\":\"Hello\"}");
    assertThat(found.createdAt()).isEqualTo(T0);
    assertThat(found.updatedAt()).isEqualTo(T0);
  }

  @Test
  void an_agents_own_policy_yaml_is_kept() {
    var yaml = "name: clinic\nversion: 2\nkid: K_CLINIC\n";
    var custom =
        Agent.create(
                IDS,
                account,
                AgentSettings.of(new AgentName("Custom"), Upstream.parse("stub"))
                    .withCustomPolicy(new PolicyRef("clinic", 2), yaml),
                false,
                T0)
            .agent();
    add(custom);

    var found = tx().inTransaction(() -> agents().find(account, custom.id())).orElseThrow();

    assertThat(found.policyYaml()).contains(yaml);
    assertThat(found.policy()).isEqualTo(new PolicyRef("clinic", 2));
  }

  @Test
  void the_proxy_finds_an_agent_by_its_id_alone_until_it_is_deleted() {
    var added = add(agent(otherAccount, "Front desk", T0, false));

    var found = tx().inTransaction(() -> agents().find(added.id())).orElseThrow();
    assertThat(found.accountId()).isEqualTo(otherAccount);

    tx().inTransaction(() -> agents().delete(otherAccount, added.id()));
    assertThat(tx().inTransaction(() -> agents().find(added.id()))).isEmpty();
  }

  @Test
  void another_accounts_agent_is_invisible() {
    var theirs = add(agent(otherAccount, "Theirs", T0, false));

    assertThat(tx().inTransaction(() -> agents().find(account, theirs.id()))).isEmpty();
    assertThat(list(Optional.empty(), Optional.empty(), 10)).isEmpty();
    assertThat(tx().inTransaction(() -> agents().delete(account, theirs.id()))).isFalse();
    assertThat(tx().inTransaction(() -> agents().find(otherAccount, theirs.id()))).isPresent();
  }

  @Test
  void names_are_unique_per_account_ignoring_case() {
    add(agent(account, "Front Desk", T0, false));

    assertThat(tx().inTransaction(() -> agents().nameTaken(account, new AgentName("FRONT desk"))))
        .isTrue();
    assertThat(
            tx().inTransaction(() -> agents().nameTaken(otherAccount, new AgentName("front desk"))))
        .isFalse();
    assertThatThrownBy(() -> add(agent(account, "front desk", T0, false)))
        .isInstanceOf(AgentRepository.NameAlreadyUsed.class);
    add(agent(otherAccount, "front desk", T0, false));
  }

  @Test
  void lists_newest_first_with_ties_broken_by_id() {
    var older = add(agent(account, "a", T0, false));
    var tieFirst = add(agent(account, "b", T0.plusMillis(5), false));
    var tieSecond = add(agent(account, "c", T0.plusMillis(5), false));

    var names = list(Optional.empty(), Optional.empty(), 10).stream().map(Agent::id).toList();

    assertThat(names).containsExactly(tieSecond.id(), tieFirst.id(), older.id());
  }

  @Test
  void pages_neither_skip_nor_repeat_rows_when_rows_arrive_between_fetches() {
    var expected = new ArrayList<Agent>();
    for (int i = 0; i < 7; i++) {
      expected.add(0, add(agent(account, "agent " + i, T0.plus(i / 2, ChronoUnit.SECONDS), false)));
    }
    var seen = new ArrayList<Agent>();
    Optional<Keyset> after = Optional.empty();
    int arrivals = 0;
    while (true) {
      var page = list(Optional.empty(), after, 3);
      seen.addAll(page);
      add(agent(account, "late " + arrivals++, T0.plus(1, ChronoUnit.HOURS), false));
      if (page.size() < 3) {
        break;
      }
      var last = page.get(page.size() - 1);
      after = Optional.of(new Keyset(last.createdAt(), last.id().value()));
    }

    assertThat(seen).extracting(Agent::id).containsExactlyElementsOf(ids(expected));
  }

  private static List<dev.masker.domain.agent.AgentId> ids(List<Agent> agents) {
    return agents.stream().map(Agent::id).toList();
  }

  @Test
  void filters_by_name_ignoring_case_and_treating_wildcards_literally() {
    add(agent(account, "Cardiology Line", T0, false));
    add(agent(account, "Dental", T0, false));
    add(agent(account, "100% Cardio_", T0, false));

    assertThat(list(Optional.of("CARDIO"), Optional.empty(), 10))
        .extracting(a -> a.name().value())
        .containsExactlyInAnyOrder("Cardiology Line", "100% Cardio_");
    assertThat(list(Optional.of("%"), Optional.empty(), 10))
        .extracting(a -> a.name().value())
        .containsExactly("100% Cardio_");
    assertThat(list(Optional.of("o_"), Optional.empty(), 10))
        .extracting(a -> a.name().value())
        .containsExactly("100% Cardio_");
  }

  @Test
  void a_deleted_agent_is_gone_and_its_name_free_again() {
    var doomed = add(agent(account, "Doomed", T0, false));

    assertThat(tx().inTransaction(() -> agents().delete(account, doomed.id()))).isTrue();

    assertThat(tx().inTransaction(() -> agents().find(account, doomed.id()))).isEmpty();
    assertThat(tx().inTransaction(() -> agents().delete(account, doomed.id()))).isFalse();
    add(agent(account, "doomed", T0, false));
  }

  @Test
  void an_updated_agent_is_found_with_its_new_settings_and_keeps_its_creation_time() {
    var stored = add(agent(account, "Front desk", T0, false));
    var settings =
        stored
            .settings()
            .withCustomPolicy(new PolicyRef("clinic", 2), "name: clinic\nversion: 1\n")
            .withVapiAssistant(null);
    var revised = stored.revise(settings, true, T0.plusSeconds(60)).agent();

    tx().inTransaction(() -> agents().update(revised));

    var found = tx().inTransaction(() -> agents().find(account, stored.id())).orElseThrow();
    assertThat(found.snapshot()).isEqualTo(revised.snapshot());
    assertThat(found.createdAt()).isEqualTo(T0);
  }

  @Test
  void an_update_to_a_name_another_agent_has_is_refused() {
    var stored = add(agent(account, "Front desk", T0, false));
    add(agent(account, "Night desk", T0, false));
    var settings =
        new AgentSettings(
            new AgentName("NIGHT desk"),
            stored.upstream(),
            stored.tokenization(),
            stored.policy(),
            null,
            null);
    var revised = stored.revise(settings, false, T0.plusSeconds(1)).agent();

    assertThatThrownBy(() -> tx().inTransaction(() -> agents().update(revised)))
        .isInstanceOf(AgentRepository.NameAlreadyUsed.class);
  }
}
