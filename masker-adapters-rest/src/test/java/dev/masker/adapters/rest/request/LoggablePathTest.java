package dev.masker.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggablePathTest {
  @Test
  void route_words_and_resource_ids_are_kept() {
    assertThat(LoggablePath.of("/api/v1/agents/agt_01ARZ3NDEKTSV4RRFFQ69G5FAV"))
        .isEqualTo("/api/v1/agents/agt_01ARZ3NDEKTSV4RRFFQ69G5FAV");
    assertThat(LoggablePath.of("/health")).isEqualTo("/health");
    assertThat(LoggablePath.of("/")).isEqualTo("/");
  }

  @Test
  void anything_a_caller_made_up_is_blanked() {
    assertThat(LoggablePath.of("/api/v1/agents/maria lopez 4155552671"))
        .isEqualTo("/api/v1/agents/*")
        .doesNotContain("maria", "415");
    assertThat(LoggablePath.of("/api/v1/agents/agt_01arz3ndektsv4rrffq69g5fav/x"))
        .isEqualTo("/api/v1/agents/*/*");
  }
}
