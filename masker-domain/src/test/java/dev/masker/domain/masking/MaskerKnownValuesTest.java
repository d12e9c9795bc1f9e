package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.masking.policy.Tokenization;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
import dev.masker.domain.masking.vault.TokenVault;
import org.junit.jupiter.api.Test;

/** A value the session revealed once is masked wherever it recurs in that session. */
class MaskerKnownValuesTest {
  private static final byte[] KEY = new byte[32];

  private static Masker masker(TokenVault vault, Tokenization tokenization) {
    return Masker.builder()
        .policy(Policy.healthcareDefault())
        .key("K_HEALTHCARE", KEY)
        .vault(vault)
        .tokenization(tokenization)
        .build();
  }

  private final Masker masker = masker(new InMemoryTokenVault(), Tokenization.VAULT_DETERMINISTIC);

  @Test
  void a_name_said_with_a_cue_is_masked_later_without_one_in_full_and_by_its_surname() {
    var intro = masker.mask("call-1", "Hi, this is Maria Lopez").text();
    var later = masker.mask("call-1", "Maria Lopez needs a refill; Lopez is her surname").text();

    assertThat(later).doesNotContain("Maria", "Lopez");
    var fullToken = intro.substring(intro.indexOf("MSKV1"));
    assertThat(later).startsWith(fullToken + " needs a refill; MSKV1.NAME.");
    assertThat(masker.rehydrate("call-1", later))
        .isEqualTo("Maria Lopez needs a refill; Lopez is her surname");
  }

  @Test
  void a_date_of_birth_said_again_without_its_cue_keeps_its_kind_and_token() {
    var first = masker.mask("call-1", "my date of birth is March 12, 1984").text();
    var token = first.substring(first.indexOf("MSKV1"));
    assertThat(token).startsWith("MSKV1.DOB.");

    // Alone, "March 12, 1984" is a plain date; in this session it is the caller's birth date.
    assertThat(masker.mask("call-2", "Noted: March 12, 1984.").text()).contains("MSKV1.DATE.");
    assertThat(masker.mask("call-1", "Noted: March 12, 1984.").text())
        .isEqualTo("Noted: " + token + ".");
  }

  @Test
  void another_session_does_not_know_the_value() {
    // six digits: short enough that no recognizer takes them alone for a code
    masker.mask("call-1", "my member id is 441735");

    assertThat(masker.mask("call-2", "it is 441735").text()).isEqualTo("it is 441735");
    assertThat(masker.mask("call-1", "it is 441735").text())
        .startsWith("it is MSKV1.HEALTH_PLAN_ID.");
  }

  @Test
  void a_number_recurs_masked_in_other_scripts_and_separators_with_the_same_token() {
    var first = masker.mask("call-1", "my social is 123-45-6789").text();
    var token = first.substring(first.indexOf("MSKV1"));

    for (var form : new String[] {"123456789", "１２３４５６７８９", "١٢٣٤٥٦٧٨٩", "123 45 6789"}) {
      assertThat(masker.mask("call-1", "it is " + form).text())
          .as(form)
          .isEqualTo("it is " + token);
    }
  }

  @Test
  void a_value_the_policy_allows_is_not_masked_as_a_recurrence_either() {
    var policy =
        ((PolicyParser.Parsed)
                PolicyParser.parse("name: p\nversion: 1\nkid: K_HEALTHCARE\nallow_list: [Lopez]\n"))
            .policy();
    var allowing = Masker.builder().policy(policy).key("K_HEALTHCARE", KEY).build();

    allowing.mask("s", "this is Maria Lopez");

    assertThat(allowing.mask("s", "Lopez Pharmacy").text()).startsWith("Lopez");
  }

  @Test
  void a_field_named_for_a_kind_makes_its_value_that_kind() {
    assertThat(masker.mask("s", "family", "Lopez").text()).startsWith("MSKV1.NAME.");
    assertThat(masker.mask("s", "given", "Maria").text()).startsWith("MSKV1.NAME.");
    assertThat(masker.mask("s", "city", "Fresno").text()).startsWith("MSKV1.LOCATION.");
    assertThat(masker.mask("s", "phone", "555 0100 22").text()).startsWith("MSKV1.PHONE.");
    assertThat(masker.mask("s", "file name", "report final").text()).isEqualTo("report final");
    assertThat(masker.mask("s", "status", "booked").text()).isEqualTo("booked");
  }

  @Test
  void a_session_is_recalled_from_the_vault_by_a_masker_that_never_saw_it() {
    var vault = new InMemoryTokenVault();
    var first = masker(vault, Tokenization.VAULT_DETERMINISTIC);
    var intro = first.mask("call-1", "Hi, this is Maria Lopez, member id XJH123456789").text();

    var restarted = masker(vault, Tokenization.VAULT_DETERMINISTIC);
    var known = restarted.recall("call-1");
    assertThat(known.size()).isPositive();
    var later = restarted.mask("call-1", "Lopez, XJH123456789").text();

    assertThat(later).doesNotContain("Lopez", "XJH123456789");
    var idToken = intro.substring(intro.lastIndexOf("MSKV1"));
    assertThat(later).endsWith(idToken);
  }

  @Test
  void synthetic_sessions_are_recalled_too_and_aead_ones_have_nothing_to_recall() {
    var vault = new InMemoryTokenVault();
    masker(vault, Tokenization.SYNTHETIC).mask("call-1", "Hi, this is Maria Lopez");

    var restarted = masker(vault, Tokenization.SYNTHETIC);
    restarted.recall("call-1");
    assertThat(restarted.mask("call-1", "Lopez again").text()).doesNotContain("Lopez");

    var aead = masker(new InMemoryTokenVault(), Tokenization.REVERSIBLE_AEAD);
    assertThat(aead.recallsFromVault()).isFalse();
    assertThat(aead.recall("call-9").size()).isZero();
  }

  @Test
  void sessions_pushed_out_of_memory_are_recalled_from_the_vault_with_every_value_they_revealed() {
    var small =
        Masker.builder()
            .policy(Policy.healthcareDefault())
            .key("K_HEALTHCARE", KEY)
            .vault(new InMemoryTokenVault())
            .sessionsInMemory(2)
            .build();
    var ids = new String[] {"XJH123456789", "QWE987654321", "ZZT555000111", "KLM246813579"};
    for (int call = 0; call < ids.length; call++) {
      small.recall("call-" + call);
      small.mask("call-" + call, "my member id is " + ids[call]);
    }
    assertThat(small.sessionsInMemory()).isEqualTo(2);

    for (int call = 0; call < ids.length; call++) {
      small.recall("call-" + call);
      assertThat(small.mask("call-" + call, ids[call]).text())
          .as("call-%d, in memory or recalled", call)
          .startsWith("MSKV1.HEALTH_PLAN_ID.");
    }
  }
}
