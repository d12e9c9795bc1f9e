package dev.masker.application.service.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.FixedKeyCatalog;
import dev.masker.domain.common.CacheStatistics;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.EntityRecognizer;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentMaskersTest {
  private final ProxyWorld world = new ProxyWorld();
  private final AgentMaskers maskers =
      new AgentMaskers(new FixedKeyCatalog(Set.of("K_HEALTHCARE")), new InMemoryTokenVault());

  @Test
  void an_agent_keeps_its_masker_from_turn_to_turn() {
    var agent = world.agent("stub");

    assertThat(maskers.of(agent)).isSameAs(maskers.of(agent));
    assertThat(maskers.of(world.agent("stub"))).isNotSameAs(maskers.of(agent));
  }

  @Test
  void an_agent_whose_policy_lists_ner_gets_the_servers_recognizer_and_others_do_not() {
    var model =
        new EntityRecognizer() {
          @Override
          public List<Detection> find(String text) {
            int at = text.indexOf("bluebird");
            return at < 0
                ? List.of()
                : List.of(new Detection(EntityKind.OTHER_ID, at, at + 8, 0.9, Pass.NER, "x"));
          }
        };
    var withModel =
        new AgentMaskers(
            new FixedKeyCatalog(Set.of("K_HEALTHCARE")),
            new InMemoryTokenVault(),
            Optional.of(model));
    var yaml = "name: with-ner\nversion: 1\nkid: K_HEALTHCARE\npasses: [regex, ner]\n";
    var listing =
        world.agent(
            "stub", settings -> settings.withCustomPolicy(new PolicyRef("with-ner", 1), yaml));

    assertThat(withModel.of(listing).detect("the word is bluebird"))
        .extracting(Detection::pass)
        .containsExactly(Pass.NER);
    assertThat(withModel.of(world.agent("stub")).detect("the word is bluebird")).isEmpty();
  }

  @Test
  void its_statistics_show_the_maskers_and_the_known_values_of_all_their_sessions() {
    var front = maskers.of(world.agent("stub"));
    var back = maskers.of(world.agent("stub"));
    front.mask("call-1", "Hi, this is Maria Lopez");
    front.mask("call-1", "Maria again");
    front.mask("call-2", "Hello");
    back.mask("call-1", "Hi, this is John Smith");

    var statistics = maskers.cacheStatistics();

    assertThat(statistics.get(AgentMaskers.CACHE_NAME)).isEqualTo(new CacheStatistics(2, 0, 2, 0));
    assertThat(statistics.get(AgentMaskers.KNOWN_VALUES_CACHE_NAME))
        .isEqualTo(new CacheStatistics(3, 1, 3, 0));
  }
}
