package dev.masker.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.DetectableKinds;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.policy.AuditSettings;
import dev.masker.domain.masking.policy.CustomPattern;
import dev.masker.domain.masking.policy.EntityRule;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.Tokenization;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeHarborCoverageTest {
  /**
   * An engine whose regex pass finds every kind but names at 0.9, and whose lexicon finds names.
   */
  private static final DetectableKinds ENGINE = engine();

  @Test
  void a_policy_that_masks_every_kind_the_engine_finds_covers_every_identifier_in_text() {
    var coverage = SafeHarborCoverage.of(policy(Map.of()), ENGINE);

    assertThat(coverage.of(SafeHarborIdentifier.A)).isEqualTo(Coverage.FULL);
    assertThat(coverage.of(SafeHarborIdentifier.D)).isEqualTo(Coverage.FULL);
    assertThat(coverage.of(SafeHarborIdentifier.J)).isEqualTo(Coverage.FULL);
  }

  @Test
  void biometrics_and_photos_are_not_applicable_to_text() {
    var coverage = SafeHarborCoverage.of(policy(Map.of()), ENGINE);

    assertThat(coverage.of(SafeHarborIdentifier.P)).isEqualTo(Coverage.NOT_APPLICABLE);
    assertThat(coverage.of(SafeHarborIdentifier.Q)).isEqualTo(Coverage.NOT_APPLICABLE);
  }

  @Test
  void other_identifiers_are_open_ended_so_at_most_partial() {
    var coverage = SafeHarborCoverage.of(policy(Map.of()), ENGINE);

    assertThat(coverage.of(SafeHarborIdentifier.R)).isEqualTo(Coverage.PARTIAL);
  }

  @Test
  void a_kind_the_policy_turns_off_is_none() {
    var coverage =
        SafeHarborCoverage.of(
            policy(Map.of(EntityKind.PHONE, rule(false, Action.TOKENIZE))), ENGINE);

    assertThat(coverage.of(SafeHarborIdentifier.D)).isEqualTo(Coverage.NONE);
  }

  @Test
  void a_kind_let_through_is_not_protected() {
    var coverage =
        SafeHarborCoverage.of(
            policy(Map.of(EntityKind.EMAIL, rule(true, Action.PASSTHROUGH))), ENGINE);

    assertThat(coverage.of(SafeHarborIdentifier.F)).isEqualTo(Coverage.NONE);
  }

  @Test
  void a_redacted_kind_is_protected_as_a_tokenized_one() {
    var coverage =
        SafeHarborCoverage.of(policy(Map.of(EntityKind.URL, rule(true, Action.REDACT))), ENGINE);

    assertThat(coverage.of(SafeHarborIdentifier.N)).isEqualTo(Coverage.FULL);
  }

  @Test
  void an_identifier_with_only_some_kinds_protected_is_partial() {
    var coverage =
        SafeHarborCoverage.of(policy(Map.of(EntityKind.AGE, rule(false, Action.TOKENIZE))), ENGINE);

    assertThat(coverage.of(SafeHarborIdentifier.C)).isEqualTo(Coverage.PARTIAL);
  }

  @Test
  void a_kind_the_engine_does_not_find_is_not_protected_whatever_the_policy_says() {
    var engine =
        DetectableKinds.of(
            Map.of(Pass.REGEX, Map.of(EntityKind.ACCOUNT, 0.9), Pass.LEXICON, Map.of()));

    var coverage = SafeHarborCoverage.of(policy(Map.of()), engine);

    assertThat(coverage.of(SafeHarborIdentifier.J)).isEqualTo(Coverage.PARTIAL);
    assertThat(coverage.of(SafeHarborIdentifier.A)).isEqualTo(Coverage.NONE);
  }

  @Test
  void a_pass_the_policy_does_not_run_finds_nothing() {
    var coverage = SafeHarborCoverage.of(policy(List.of(Pass.REGEX), Map.of(), List.of()), ENGINE);

    assertThat(coverage.of(SafeHarborIdentifier.A)).isEqualTo(Coverage.NONE);
    assertThat(coverage.of(SafeHarborIdentifier.D)).isEqualTo(Coverage.FULL);
  }

  @Test
  void a_pass_switched_off_in_the_kind_s_rule_finds_nothing_of_it() {
    var namesWithoutLexicon = new EntityRule(true, true, false, true, 0.6, Action.TOKENIZE);

    var coverage =
        SafeHarborCoverage.of(policy(Map.of(EntityKind.NAME, namesWithoutLexicon)), ENGINE);

    assertThat(coverage.of(SafeHarborIdentifier.A)).isEqualTo(Coverage.NONE);
  }

  @Test
  void a_threshold_above_the_engine_s_confidence_protects_nothing() {
    var strict = new EntityRule(true, true, true, true, 0.95, Action.TOKENIZE);

    var coverage = SafeHarborCoverage.of(policy(Map.of(EntityKind.PHONE, strict)), ENGINE);

    assertThat(coverage.of(SafeHarborIdentifier.D)).isEqualTo(Coverage.NONE);
  }

  @Test
  void the_model_pass_alone_attests_nothing() {
    var coverage = SafeHarborCoverage.of(policy(List.of(Pass.NER), Map.of(), List.of()), ENGINE);

    assertThat(coverage.matrix().values()).containsOnly(Coverage.NONE, Coverage.NOT_APPLICABLE);
  }

  @Test
  void a_custom_pattern_protects_its_kind_where_the_engine_finds_none() {
    var engine = DetectableKinds.of(Map.of(Pass.REGEX, Map.of(), Pass.LEXICON, Map.of()));
    var mrn = new CustomPattern(EntityKind.MRN, "MRN[- ]?\\d{7}", 0.9);

    var coverage =
        SafeHarborCoverage.of(policy(List.of(Pass.REGEX), Map.of(), List.of(mrn)), engine);

    assertThat(coverage.of(SafeHarborIdentifier.H)).isEqualTo(Coverage.FULL);
    assertThat(coverage.of(SafeHarborIdentifier.G)).isEqualTo(Coverage.NONE);
  }

  @Test
  void the_built_in_policy_over_the_real_engine_covers_every_identifier_text_can_hold() {
    var coverage = SafeHarborCoverage.of(Policy.healthcareDefault(), DetectableKinds.probe());

    assertThat(coverage.matrix())
        .hasSize(18)
        .allSatisfy(
            (identifier, c) ->
                assertThat(c)
                    .isEqualTo(
                        switch (identifier) {
                          case P, Q -> Coverage.NOT_APPLICABLE;
                          case R -> Coverage.PARTIAL;
                          default -> Coverage.FULL;
                        }));
  }

  private static DetectableKinds engine() {
    var regex = new EnumMap<EntityKind, Double>(EntityKind.class);
    for (var kind : EntityKind.values()) {
      if (kind != EntityKind.NAME) {
        regex.put(kind, 0.9);
      }
    }
    return DetectableKinds.of(
        Map.of(Pass.REGEX, regex, Pass.LEXICON, Map.of(EntityKind.NAME, 0.9)));
  }

  private static EntityRule rule(boolean enabled, Action action) {
    return new EntityRule(enabled, true, true, true, 0.6, action);
  }

  private static Policy policy(Map<EntityKind, EntityRule> rules) {
    return policy(List.of(Pass.REGEX, Pass.LEXICON), rules, List.of());
  }

  private static Policy policy(
      List<Pass> passes, Map<EntityKind, EntityRule> rules, List<CustomPattern> patterns) {
    return Policy.of(
        "test",
        1,
        "",
        "K_TEST",
        Tokenization.VAULT_DETERMINISTIC,
        passes,
        rules,
        patterns,
        List.of(),
        List.of(),
        AuditSettings.DEFAULT,
        "");
  }
}
