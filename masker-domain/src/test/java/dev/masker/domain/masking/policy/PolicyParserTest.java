package dev.masker.domain.masking.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyParserTest {
  /** SPEC §9, exactly as printed there. */
  private static final String SPEC_EXAMPLE =
      """
      name: healthcare-default
      version: 1
      description: HIPAA Safe Harbor identifiers for voice agents
      kid: K_HEALTHCARE
      tokenization: vault-deterministic      # vault-deterministic | reversible-aead | synthetic
      passes: [regex, lexicon]               # ordered; ner when an NER adapter is configured
      entities:                              # every kind of §10; defaults shown for one
        PHONE: {enabled: true, regex: true, ner: true, confidence_threshold: 0.6, action: tokenize}
        IP_ADDRESS: {action: redact}
      custom_patterns:                       # tenant identifiers (MRN formats, payer ids)
        - {kind: MRN, pattern: 'MRN[- ]?\\d{7}', confidence: 0.9}
      allow_list: [Riverside Clinic]         # never masked (case-insensitive, whole match)
      deny_list: [{kind: NAME, value: Zyx}]  # always masked
      audit: {log_events: true, log_payloads: false, retention_days: 2555}
      """;

  private static final String MINIMAL = "name: p\nversion: 1\nkid: K\n";

  private static Policy parsed(String yaml) {
    var result = PolicyParser.parse(yaml);
    assertThat(result).isInstanceOf(PolicyParser.Parsed.class);
    return ((PolicyParser.Parsed) result).policy();
  }

  private static List<PolicyProblem> problems(String yaml) {
    var result = PolicyParser.parse(yaml);
    assertThat(result).isInstanceOf(PolicyParser.Invalid.class);
    return ((PolicyParser.Invalid) result).problems();
  }

  @Test
  void the_example_of_the_spec_is_a_valid_policy() {
    var policy = parsed(SPEC_EXAMPLE);

    assertThat(policy.name()).isEqualTo("healthcare-default");
    assertThat(policy.version()).isEqualTo(1);
    assertThat(policy.description()).isEqualTo("HIPAA Safe Harbor identifiers for voice agents");
    assertThat(policy.kid()).isEqualTo("K_HEALTHCARE");
    assertThat(policy.tokenization()).isEqualTo(Tokenization.VAULT_DETERMINISTIC);
    assertThat(policy.passes()).containsExactly(Pass.REGEX, Pass.LEXICON);
    assertThat(policy.rule(EntityKind.PHONE))
        .isEqualTo(new EntityRule(true, true, true, true, 0.6, Action.TOKENIZE));
    assertThat(policy.rule(EntityKind.IP_ADDRESS).action()).isEqualTo(Action.REDACT);
    assertThat(policy.rule(EntityKind.IP_ADDRESS).enabled()).isTrue();
    assertThat(policy.customPatterns())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(EntityKind.MRN);
              assertThat(p.pattern()).isEqualTo("MRN[- ]?\\d{7}");
              assertThat(p.confidence()).isEqualTo(0.9);
            });
    assertThat(policy.allows("riverside clinic")).isTrue();
    assertThat(policy.denyList()).containsExactly(new DenyEntry(EntityKind.NAME, "Zyx"));
    assertThat(policy.audit()).isEqualTo(new AuditSettings(true, false, 2555));
    assertThat(policy.yaml()).isEqualTo(SPEC_EXAMPLE);
  }

  @Test
  void known_values_content_parts_and_extra_fields_are_read_and_default_to_masking_all() {
    var defaults = parsed(MINIMAL);
    assertThat(defaults.knownValues()).isEqualTo(new KnownValueSettings(true, true));
    assertThat(defaults.requestRules()).isEqualTo(RequestRules.DEFAULT);

    var policy =
        parsed(
            MINIMAL
                + "known_values: {last_four_digits: false}\n"
                + "content_parts: [image_url, input_audio]\n"
                + "extra_fields: {top_k: mask, call_time: strip}\n");

    assertThat(policy.knownValues()).isEqualTo(new KnownValueSettings(true, false));
    assertThat(policy.requestRules().passedParts()).containsOnly("image_url", "input_audio");
    assertThat(policy.requestRules().extraFields())
        .containsEntry("top_k", RequestRules.ExtraField.MASK)
        .containsEntry("call_time", RequestRules.ExtraField.STRIP);
    assertThat(Policy.healthcareDefault().requestRules()).isEqualTo(RequestRules.DEFAULT);
  }

  @Test
  void a_model_that_cannot_answer_refuses_the_turn_unless_the_policy_says_regex_only() {
    assertThat(parsed(MINIMAL).ner().onUnavailable()).isEqualTo(NerSettings.OnUnavailable.REFUSE);
    assertThat(parsed(MINIMAL + "ner: {}\n").ner()).isEqualTo(NerSettings.DEFAULT);
    assertThat(parsed(MINIMAL + "ner: {on_unavailable: refuse}\n").ner().onUnavailable())
        .isEqualTo(NerSettings.OnUnavailable.REFUSE);
    var fallback =
        parsed(MINIMAL + "passes: [regex, lexicon, ner]\nner:\n  on_unavailable: regex_only\n");
    assertThat(fallback.passes()).containsExactly(Pass.REGEX, Pass.LEXICON, Pass.NER);
    assertThat(fallback.ner().onUnavailable()).isEqualTo(NerSettings.OnUnavailable.REGEX_ONLY);
  }

  @Test
  void kinds_a_policy_does_not_mention_get_the_default_rule() {
    var policy = parsed(MINIMAL);

    for (var kind : EntityKind.values()) {
      assertThat(policy.rule(kind)).as(kind.name()).isEqualTo(EntityRule.DEFAULT);
    }
    assertThat(EntityRule.DEFAULT)
        .isEqualTo(new EntityRule(true, true, true, true, 0.6, Action.TOKENIZE));
    assertThat(policy.passes()).containsExactly(Pass.REGEX, Pass.LEXICON);
    assertThat(policy.tokenization()).isEqualTo(Tokenization.VAULT_DETERMINISTIC);
    assertThat(policy.audit()).isEqualTo(AuditSettings.DEFAULT);
    assertThat(policy.audit().retentionDays()).isEqualTo(2555);
    assertThat(policy.customPatterns()).isEmpty();
    assertThat(policy.denyList()).isEmpty();
  }

  @Test
  void a_rule_keeps_the_defaults_for_the_settings_it_does_not_give() {
    var policy = parsed(MINIMAL + "entities:\n  NAME: {lexicon: false, confidence_threshold: 1}\n");

    assertThat(policy.rule(EntityKind.NAME))
        .isEqualTo(new EntityRule(true, true, false, true, 1.0, Action.TOKENIZE));
    assertThat(policy.rule(EntityKind.NAME).uses(Pass.LEXICON)).isFalse();
    assertThat(policy.rule(EntityKind.NAME).uses(Pass.REGEX)).isTrue();
  }

  @Test
  void passes_keep_their_order() {
    assertThat(parsed(MINIMAL + "passes: [ner, regex]\n").passes())
        .containsExactly(Pass.NER, Pass.REGEX);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // yaml after the minimal header | field | line
        "colour: blue | colour | 4",
        "entities: {PHONE: {colour: red}} | entities.PHONE.colour | 4",
        "entities: {TELEPHONE: {}} | entities.TELEPHONE | 4",
        "entities: {phone: {}} | entities.phone | 4",
        "entities: {PHONE: {action: mask}} | entities.PHONE.action | 4",
        "entities: {PHONE: {enabled: yes}} | entities.PHONE.enabled | 4",
        "entities: {PHONE: {confidence_threshold: 1.5}} | entities.PHONE.confidence_threshold | 4",
        "entities: {PHONE: {confidence_threshold: -0.1}} | entities.PHONE.confidence_threshold | 4",
        "entities: {PHONE: {confidence_threshold: high}} | entities.PHONE.confidence_threshold | 4",
        "entities: {PHONE: {confidence_threshold: .nan}} | entities.PHONE.confidence_threshold | 4",
        "entities: {PHONE: true} | entities.PHONE | 4",
        "entities: [PHONE] | entities | 4",
        "passes: [regex, speech] | passes[1] | 4",
        "passes: [regex, regex] | passes[1] | 4",
        "passes: [] | passes | 4",
        "passes: regex | passes | 4",
        "tokenization: vault | tokenization | 4",
        "custom_patterns: [{kind: MRN, pattern: 'MRN(\\d{7}', confidence: 0.9}] | custom_patterns[0].pattern | 4",
        "custom_patterns: [{kind: MRN, pattern: '(a+)+', confidence: 0.9}] | custom_patterns[0].pattern | 4",
        "custom_patterns: [{kind: MRN, pattern: 'M\\d{7}', confidence: 2}] | custom_patterns[0].confidence | 4",
        "custom_patterns: [{kind: CHART, pattern: 'M\\d{7}'}] | custom_patterns[0].kind | 4",
        "custom_patterns: [{kind: MRN}] | custom_patterns[0].pattern | 4",
        "custom_patterns: [{kind: MRN, pattern: 'M\\d{7}', flags: i}] | custom_patterns[0].flags | 4",
        "allow_list: [''] | allow_list[0] | 4",
        "allow_list: [~] | allow_list[0] | 4",
        "allow_list: Riverside | allow_list | 4",
        "deny_list: [{kind: NAME, value: ''}] | deny_list[0].value | 4",
        "deny_list: [{kind: PERSON, value: Zyx}] | deny_list[0].kind | 4",
        "deny_list: [{kind: NAME}] | deny_list[0].value | 4",
        "deny_list: [Zyx] | deny_list[0] | 4",
        "audit: {retention_days: 0} | audit.retention_days | 4",
        "audit: {retention_days: ten} | audit.retention_days | 4",
        "audit: {log_payloads: 1} | audit.log_payloads | 4",
        "audit: {keep: forever} | audit.keep | 4",
        "known_values: {name_parts: maybe} | known_values.name_parts | 4",
        "known_values: {first_names: true} | known_values.first_names | 4",
        "known_values: true | known_values | 4",
        "content_parts: [image_url, video] | content_parts[1] | 4",
        "content_parts: [text] | content_parts[0] | 4",
        "content_parts: image_url | content_parts | 4",
        "extra_fields: {top_k: pass} | extra_fields.top_k | 4",
        "extra_fields: {messages: mask} | extra_fields.messages | 4",
        "extra_fields: {'a b': mask} | extra_fields.a b | 4",
        "extra_fields: [top_k] | extra_fields | 4",
        "ner: {on_unavailable: ignore} | ner.on_unavailable | 4",
        "ner: {on_unavailable: REFUSE} | ner.on_unavailable | 4",
        "ner: {on_unavailable: [refuse]} | ner.on_unavailable | 4",
        "ner: regex_only | ner | 4",
        "ner: {fallback: refuse} | ner.fallback | 4",
      })
  void a_broken_rule_is_reported_with_its_field_and_line(String tail, String field, int line) {
    assertThat(problems(MINIMAL + tail + "\n"))
        .extracting(PolicyProblem::field, PolicyProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, line));
  }

  @Test
  void the_line_is_that_of_the_offending_node_in_block_style() {
    var yaml =
        """
        name: p
        version: 1
        kid: K
        entities:
          PHONE:
            enabled: true
            action: shout
        custom_patterns:
          - kind: MRN
            pattern: '(\\d+)*'
        """;

    assertThat(problems(yaml))
        .extracting(PolicyProblem::field, PolicyProblem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("entities.PHONE.action", 7),
            org.assertj.core.groups.Tuple.tuple("custom_patterns[0].pattern", 10));
  }

  @Test
  void every_problem_is_reported_not_only_the_first() {
    var yaml =
        """
        version: 0
        kid: k_lower
        passes: [regex, magic]
        entities: {PHONE: {action: shout}, FOO: {}}
        audit: {retention_days: -3}
        """;

    assertThat(problems(yaml))
        .extracting(PolicyProblem::field)
        .containsExactlyInAnyOrder(
            "name",
            "version",
            "kid",
            "passes[1]",
            "entities.PHONE.action",
            "entities.FOO",
            "audit.retention_days");
  }

  @Test
  void missing_name_version_and_kid_are_each_reported() {
    assertThat(problems("description: nothing else\n"))
        .extracting(PolicyProblem::field)
        .containsExactly("name", "version", "kid");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "version: one | version",
        "version: 1.5 | version",
        "version: 0 | version",
        "version: 99999999999 | version",
        "kid: 9LIVES | kid",
        "kid: k_healthcare | kid",
        "kid: K-1 | kid",
        "name: '' | name",
        "name: [a, b] | name"
      })
  void bad_header_values_are_refused(String line, String field) {
    String yaml =
        "name: p\nversion: 1\nkid: K\n".replaceFirst(line.split(":")[0] + ":[^\n]*", line);
    assertThat(problems(yaml)).extracting(PolicyProblem::field).containsExactly(field);
  }

  @Test
  void a_key_given_twice_is_refused_at_its_second_line() {
    var yaml = "name: p\nversion: 1\nkid: K\nentities:\n  PHONE: {}\n  PHONE: {action: redact}\n";

    assertThat(problems(yaml))
        .extracting(PolicyProblem::field, PolicyProblem::line, PolicyProblem::issue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("entities.PHONE", 6, "is given twice"));
    assertThat(problems("name: p\nversion: 1\nkid: K\nname: q\n"))
        .extracting(PolicyProblem::field, PolicyProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", 4));
  }

  @Test
  void yaml_that_does_not_parse_is_refused_with_its_line() {
    var problems = problems("name: p\nversion: 1\nkid: K\nentities: {PHONE: {action: redact}\n");

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("policy");
              assertThat(p.line()).isGreaterThanOrEqualTo(4);
              assertThat(p.issue()).startsWith("is not valid YAML");
            });
    assertThat(problems("name: p\n  version: 1\n  bad: : :\n"))
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(2));
  }

  @Test
  void a_top_level_that_is_not_a_mapping_is_refused() {
    assertThat(problems("- name: p\n- version: 1\n"))
        .extracting(PolicyProblem::field, PolicyProblem::issue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("policy", "must be a mapping of keys"));
    assertThat(problems("just text\n")).extracting(PolicyProblem::field).containsExactly("policy");
    assertThat(problems("")).extracting(PolicyProblem::field).containsExactly("policy");
    assertThat(problems("# only a comment\n"))
        .extracting(PolicyProblem::field)
        .containsExactly("policy");
  }

  @Test
  void two_documents_in_one_text_are_refused() {
    assertThat(problems(MINIMAL + "---\n" + MINIMAL))
        .extracting(PolicyProblem::field)
        .containsExactly("policy");
  }

  @Test
  void anchors_and_aliases_are_refused_so_a_billion_laughs_cannot_explode() {
    var laughs =
        new StringBuilder(MINIMAL)
            .append("allow_list: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    laughs.append("description: x\nx_extra:\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("  - &a").append(i).append(" [*a").append(i - 1);
      for (int j = 0; j < 8; j++) {
        laughs.append(", *a").append(i - 1);
      }
      laughs.append("]\n");
    }

    var problems = problems(laughs.toString());

    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.issue()).contains("must not use YAML"));
    assertThat(problems.get(0).line()).isEqualTo(4);
    // One problem per anchor and per alias as written: each was met once, in the pass over the
    // events, and none was expanded (the ninth level would be 9^9 nodes).
    int anchors = laughs.toString().split("&a", -1).length - 1;
    int aliases = laughs.toString().split("\\*a", -1).length - 1;
    assertThat(problems).hasSize(anchors + aliases);
  }

  @Test
  void a_document_larger_than_256_kb_is_refused_before_it_is_read() {
    var big = MINIMAL + "description: " + "x".repeat(PolicyParser.MAX_YAML_BYTES) + "\n";

    assertThat(problems(big))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("policy");
              assertThat(p.issue()).contains("bytes");
            });
  }

  @Test
  void a_document_of_multi_byte_text_is_measured_in_utf8_bytes() {
    // 100,000 three-byte chars are 300,000 bytes, though only 100,000 chars.
    var big = MINIMAL + "description: " + "€".repeat(100_000) + "\n";

    assertThat(problems(big)).extracting(PolicyProblem::field).containsExactly("policy");
  }

  @Test
  void more_than_100_custom_patterns_are_refused() {
    var yaml = new StringBuilder(MINIMAL).append("custom_patterns:\n");
    for (int i = 0; i < 101; i++) {
      yaml.append("  - {kind: OTHER_ID, pattern: 'X").append(i).append("\\d{4}'}\n");
    }

    assertThat(problems(yaml.toString()))
        .extracting(PolicyProblem::field, PolicyProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("custom_patterns", 5));
  }

  @Test
  void a_pattern_longer_than_500_chars_is_refused() {
    var yaml = MINIMAL + "custom_patterns: [{kind: MRN, pattern: '" + "a".repeat(501) + "'}]\n";

    assertThat(problems(yaml))
        .extracting(PolicyProblem::field)
        .containsExactly("custom_patterns[0].pattern");
  }

  @Test
  void problems_never_quote_the_values_of_the_yaml() {
    var secret = "Johnathan Q Secretperson";
    var yaml =
        "name: p\nversion: 1\nkid: K\n"
            + "allow_list: [{nested: '"
            + secret
            + "'}]\n"
            + "deny_list: [{kind: PATIENT, value: '"
            + secret
            + "'}]\n"
            + "custom_patterns: [{kind: MRN, pattern: '"
            + secret
            + "(('}]\n";

    var problems = problems(yaml);
    assertThat(problems).hasSize(3);
    assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("Secretperson"));
    assertThat(problems("name: p\nversion: 1\nkid: K\nallow_list: ['" + secret + "\n"))
        .allSatisfy(p -> assertThat(p.toString()).doesNotContain("Secretperson"));
  }

  @Test
  void a_custom_pattern_without_confidence_gets_the_default_one() {
    var policy =
        parsed(MINIMAL + "custom_patterns: [{kind: HEALTH_PLAN_ID, pattern: 'ABC\\d{9}'}]\n");

    assertThat(policy.customPatterns().get(0).confidence())
        .isEqualTo(PolicyParser.DEFAULT_PATTERN_CONFIDENCE);
  }

  @Test
  void numbers_in_allow_and_deny_lists_are_read_as_text() {
    var policy = parsed(MINIMAL + "allow_list: [911]\ndeny_list: [{kind: MRN, value: 1234567}]\n");

    assertThat(policy.allows("911")).isTrue();
    assertThat(policy.denyList()).containsExactly(new DenyEntry(EntityKind.MRN, "1234567"));
  }

  @Test
  void a_null_input_is_refused_not_thrown() {
    assertThat(PolicyParser.parse(null)).isInstanceOf(PolicyParser.Invalid.class);
  }
}
