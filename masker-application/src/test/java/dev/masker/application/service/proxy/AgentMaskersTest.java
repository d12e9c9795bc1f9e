package dev.masker.application.service.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.FixedKeyCatalog;
import dev.masker.domain.common.CacheStatistics;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
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
