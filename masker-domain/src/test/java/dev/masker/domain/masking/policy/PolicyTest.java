package dev.masker.domain.masking.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTest {
  @Test
  void the_built_in_policy_covers_every_kind_and_masks_all_of_them() {
    var policy = Policy.healthcareDefault();

    assertThat(policy.name()).isEqualTo(BuiltInPolicies.HEALTHCARE_DEFAULT);
    assertThat(policy.version()).isEqualTo(BuiltInPolicies.HEALTHCARE_DEFAULT_VERSION);
    assertThat(policy.ref()).isEqualTo(new PolicyRef("healthcare-default", 1));
    assertThat(policy.kid()).isEqualTo("K_HEALTHCARE");
    assertThat(policy.tokenization()).isEqualTo(Tokenization.VAULT_DETERMINISTIC);
    assertThat(policy.passes()).containsExactly(Pass.REGEX, Pass.LEXICON);
    assertThat(policy.rules()).containsOnlyKeys(EntityKind.values());
    for (var kind : EntityKind.values()) {
      var rule = policy.rule(kind);
      assertThat(rule.enabled()).as(kind.name()).isTrue();
      assertThat(rule.action()).as(kind.name()).isNotEqualTo(Action.PASSTHROUGH);
      assertThat(rule.confidenceThreshold()).as(kind.name()).isBetween(0.5, 0.6);
    }
    assertThat(policy.rule(EntityKind.IP_ADDRESS).action()).isEqualTo(Action.REDACT);
    assertThat(policy.rule(EntityKind.URL).action()).isEqualTo(Action.REDACT);
    assertThat(policy.rule(EntityKind.PHONE).action()).isEqualTo(Action.TOKENIZE);
    assertThat(policy.audit()).isEqualTo(AuditSettings.DEFAULT);
    assertThat(policy.yaml()).contains("name: healthcare-default");
  }

  @Test
  void the_built_in_policy_is_read_once() {
    assertThat(Policy.healthcareDefault()).isSameAs(Policy.healthcareDefault());
    assertThat(BuiltInPolicies.find("healthcare-default", 1))
        .containsSame(Policy.healthcareDefault());
    assertThat(BuiltInPolicies.find("healthcare-default", 2)).isEmpty();
    assertThat(BuiltInPolicies.find("lax", 1)).isEmpty();
    assertThat(BuiltInPolicies.exists("healthcare-default")).isTrue();
  }

  @Test
  void a_policy_built_in_code_gets_the_default_rule_for_kinds_it_leaves_out() {
    var redactSsn = new EntityRule(true, true, false, false, 0.9, Action.REDACT);

    var policy =
        Policy.of(
            "p",
            3,
            null,
            "K_P",
            Tokenization.SYNTHETIC,
            List.of(Pass.LEXICON),
            Map.of(EntityKind.SSN, redactSsn),
            List.of(),
            List.of("Main Clinic"),
            List.of(),
            AuditSettings.DEFAULT,
            null);

    assertThat(policy.rule(EntityKind.SSN)).isEqualTo(redactSsn);
    assertThat(policy.rule(EntityKind.NAME)).isEqualTo(EntityRule.DEFAULT);
    assertThat(policy.allows("MAIN CLINIC")).isTrue();
    assertThat(policy.yaml()).isEmpty();
  }

  @Test
  void a_policy_that_breaks_a_rule_cannot_be_built() {
    assertThatThrownBy(() -> policy("p", 1, "bad-kid", List.of(Pass.REGEX)))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("kid"));
    assertThatThrownBy(() -> policy("p", 0, "K", List.of(Pass.REGEX)))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.field()).isEqualTo("version"));
    assertThatThrownBy(() -> policy(" ", 1, "K", List.of(Pass.REGEX)))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> policy("p", 1, "K", List.of(Pass.REGEX, Pass.REGEX)))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("passes"));
    assertThatThrownBy(() -> new EntityRule(true, true, true, true, 1.01, Action.REDACT))
        .isInstanceOf(InvalidValue.class);
    assertThatThrownBy(() -> new AuditSettings(true, false, 0)).isInstanceOf(InvalidValue.class);
    assertThatThrownBy(() -> new DenyEntry(EntityKind.NAME, " ")).isInstanceOf(InvalidValue.class);
  }

  @Test
  void a_policy_never_shows_its_lists_when_printed() {
    var policy =
        ((PolicyParser.Parsed)
                PolicyParser.parse(
                    "name: p\nversion: 1\nkid: K\nallow_list: [Secretperson]\n"
                        + "deny_list: [{kind: NAME, value: Hiddenname}]\n"))
            .policy();

    assertThat(policy.toString() + policy.allowList() + policy.denyList())
        .doesNotContain("Secretperson")
        .doesNotContain("Hiddenname");
  }

  private static Policy policy(String name, int version, String kid, List<Pass> passes) {
    return Policy.of(
        name,
        version,
        "",
        kid,
        Tokenization.VAULT_DETERMINISTIC,
        passes,
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        AuditSettings.DEFAULT,
        "");
  }
}
