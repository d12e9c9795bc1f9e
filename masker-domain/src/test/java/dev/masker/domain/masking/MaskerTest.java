package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.masking.policy.Tokenization;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
import dev.masker.domain.masking.vault.TokenVault;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The facade as an embedder uses it: a policy, a key, mask and rehydrate. */
class MaskerTest {
  private static final byte[] KEY = new byte[32];
  private static final String TURN =
      "Hi, this is Maria Lopez, call me at 415 555 2671 or maria.lopez@example.com";

  private static Masker masker(Tokenization tokenization) {
    return Masker.builder()
        .policy(Policy.healthcareDefault())
        .key("K_HEALTHCARE", KEY)
        .tokenization(tokenization)
        .build();
  }

  @Test
  void the_example_of_the_architecture_page_works_as_written() {
    var masker =
        Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", KEY).build();

    var masked = masker.mask("session-1", TURN);

    assertThat(masked.text()).contains("MSK").doesNotContain("Maria", "2671", "example.com");
    assertThat(masker.rehydrate("session-1", masked.text())).isEqualTo(TURN);
  }

  @Test
  void a_pasted_record_is_masked_by_its_labels_through_the_plain_mask_call() {
    var masker = masker(Tokenization.VAULT_DETERMINISTIC);
    var record =
        "<patient><given>Dagny</given><family>Halvorsen</family></patient>\n"
            + "first,last,member id\nDagny,Halvorsen,XJH447122\n"
            + "family=Halvorsen&member_id=XJH447122";

    var masked = masker.mask("s", record);

    assertThat(masked.text()).doesNotContain("Dagny", "Halvorsen", "447122");
    assertThat(masker.rehydrate("s", masked.text())).isEqualTo(record);
  }

  @Test
  void every_tokenization_scheme_round_trips_the_turn() {
    for (var tokenization : Tokenization.values()) {
      var masker = masker(tokenization);

      var masked = masker.mask("s", TURN);

      assertThat(masked.text()).as(tokenization.wireName()).doesNotContain("Maria Lopez", "2671");
      assertThat(masker.rehydrate("s", masked.text())).as(tokenization.wireName()).isEqualTo(TURN);
    }
  }

  @Test
  void events_say_what_was_done_in_code_points_and_hold_no_value() {
    var text = "😀 call 415-555-2671";

    var masked = masker(Tokenization.VAULT_DETERMINISTIC).mask("s", text);

    assertThat(masked.events()).hasSize(1);
    var event = masked.events().get(0);
    assertThat(event.kind()).isEqualTo(EntityKind.PHONE);
    assertThat(event.start()).isEqualTo(7);
    assertThat(event.end()).isEqualTo(19);
    assertThat(event.action()).isEqualTo(Action.TOKENIZE);
    assertThat(event.tokenKind()).isEqualTo("MSKV1");
    assertThat(event.kid()).isEqualTo("K_HEALTHCARE");
    assertThat(event.toString()).doesNotContain("2671");
  }

  @Test
  void the_same_value_gets_the_same_token_in_a_session_and_another_in_the_next() {
    var masker = masker(Tokenization.VAULT_DETERMINISTIC);

    var first = masker.mask("call-1", "call 415-555-2671").text();
    var again = masker.mask("call-1", "my number is 415-555-2671").text();
    var spoken =
        masker.mask("call-1", "it's four one five, five five five, two six seven one").text();
    var other = masker.mask("call-2", "call 415-555-2671").text();

    var token = first.substring(first.indexOf("MSKV1"));
    assertThat(again).endsWith(token);
    assertThat(spoken).contains(token);
    assertThat(other).doesNotContain(token);
  }

  @Test
  void a_policy_can_redact_or_pass_values_through_and_allow_or_deny_words() {
    var yaml =
        """
        name: strict
        version: 1
        kid: K_HEALTHCARE
        entities:
          EMAIL: {action: redact}
          PHONE: {action: passthrough}
        allow_list: [Maria Lopez]
        deny_list: [{kind: OTHER_ID, value: Project Zyx}]
        """;
    var policy = ((PolicyParser.Parsed) PolicyParser.parse(yaml)).policy();
    var masker = Masker.builder().policy(policy).key("K_HEALTHCARE", KEY).build();

    var masked = masker.mask("s", TURN + " about project zyx");

    assertThat(masked.text())
        .contains("Maria Lopez", "415 555 2671", "[REDACTED:EMAIL]", "MSKV1.OTHER_ID.")
        .doesNotContain("zyx");
    assertThat(masked.events())
        .extracting(MaskEvent::action)
        .containsExactly(Action.PASSTHROUGH, Action.REDACT, Action.TOKENIZE);
  }

  @Test
  void without_the_key_of_the_policy_no_masker_is_built() {
    assertThatThrownBy(() -> Masker.builder().policy(Policy.healthcareDefault()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("K_HEALTHCARE");
  }

  @Test
  void when_the_vault_is_down_masking_fails_instead_of_passing_values() {
    var down =
        new TokenVault() {
          @Override
          public void put(String scope, String token, byte[] sealed) {
            throw new TokenVault.Unavailable("vault down", null);
          }

          @Override
          public Optional<byte[]> get(String scope, String token) {
            throw new TokenVault.Unavailable("vault down", null);
          }

          @Override
          public List<String> tokens(String scope) {
            throw new TokenVault.Unavailable("vault down", null);
          }

          @Override
          public void dropScope(String scope) {
            throw new TokenVault.Unavailable("vault down", null);
          }
        };
    var masker =
        Masker.builder()
            .policy(Policy.healthcareDefault())
            .key("K_HEALTHCARE", KEY)
            .vault(down)
            .build();

    assertThatThrownBy(() -> masker.mask("s", TURN)).isInstanceOf(TokenVault.Unavailable.class);
  }

  @Test
  void a_streamed_answer_rehydrates_like_the_whole_one() {
    var masker = masker(Tokenization.VAULT_DETERMINISTIC);
    var masked = masker.mask("s", TURN).text();
    var stream = masker.streamRehydrator("s");
    var out = new StringBuilder();

    for (int i = 0; i < masked.length(); i += 3) {
      out.append(stream.accept(masked.substring(i, Math.min(masked.length(), i + 3))));
    }
    out.append(stream.finish());

    assertThat(out).hasToString(TURN);
  }

  @Test
  void erasing_a_session_makes_its_tokens_opaque() {
    var vault = new InMemoryTokenVault();
    var masker =
        Masker.builder()
            .policy(Policy.healthcareDefault())
            .key("K_HEALTHCARE", KEY)
            .vault(vault)
            .build();
    var masked = masker.mask("s", "call 415-555-2671").text();

    vault.dropScope("s");
    var rehydration = masker.rehydrateWithReport("s", masked);

    assertThat(rehydration.text()).isEqualTo("call [REDACTED:PHONE]");
    assertThat(rehydration.failures()).hasSize(1);
  }
}
