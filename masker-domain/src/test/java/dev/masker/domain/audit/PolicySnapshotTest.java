package dev.masker.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.Policy;
import org.junit.jupiter.api.Test;

class PolicySnapshotTest {
  @Test
  void the_listed_values_are_withheld_and_the_rest_is_as_written() {
    var yaml =
        """
        name: clinic
        version: 3
        kid: K_CLINIC
        # names we always mask
        allow_list: [Riverside Clinic, "Dr. Who Hall"]
        deny_list:
          - {kind: NAME, value: Zyxwort}
          - kind: PHONE
            value: '415 555 0199'
        audit: {log_events: true, log_payloads: false, retention_days: 30}
        """;

    var snapshot = PolicySnapshot.of(yaml);

    assertThat(snapshot)
        .doesNotContain("Riverside", "Dr. Who", "Zyxwort", "415 555 0199")
        .contains("# names we always mask")
        .contains("allow_list: ['[withheld]', '[withheld]']")
        .contains("- {kind: NAME, value: '[withheld]'}")
        .contains("value: '[withheld]'\n")
        .contains("audit: {log_events: true, log_payloads: false, retention_days: 30}");
  }

  @Test
  void a_policy_without_lists_is_shown_as_written() {
    var yaml = Policy.healthcareDefault().yaml();

    assertThat(PolicySnapshot.of(yaml)).isEqualTo(yaml);
  }

  @Test
  void text_that_no_longer_parses_is_not_shown() {
    assertThat(PolicySnapshot.of("deny_list: [ {value: Zyxwort")).doesNotContain("Zyxwort");
  }
}
