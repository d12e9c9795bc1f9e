package dev.masker.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.MonotonicUlids;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant NOW = Instant.parse("2026-05-03T21:14:32.481Z");

  @Test
  void an_account_opens_with_its_name_stripped() {
    var account = Account.open(IDS, "  Riverside Clinic ", Plan.PILOT, NOW);

    assertThat(account.id().value()).startsWith("acc_");
    assertThat(account.name()).isEqualTo("Riverside Clinic");
    assertThat(account.plan()).isEqualTo(Plan.PILOT);
    assertThat(account.createdAt()).isEqualTo(NOW);
  }

  @Test
  void an_account_name_is_one_to_128_characters() {
    assertThat(Account.open(IDS, "x".repeat(128), Plan.BETA, NOW).name()).hasSize(128);
    for (var bad : new String[] {null, "", "   ", "x".repeat(129)}) {
      assertThatThrownBy(() -> Account.open(IDS, bad, Plan.BETA, NOW))
          .isInstanceOfSatisfying(
              InvalidValue.class, e -> assertThat(e.field()).isEqualTo("account.name"));
    }
  }

  @Test
  void an_account_read_back_from_its_snapshot_is_the_same() {
    var account = Account.open(IDS, "Riverside Clinic", Plan.PILOT, NOW);

    var copy = Account.reconstitute(account.snapshot());

    assertThat(copy.snapshot()).isEqualTo(account.snapshot());
    assertThat(copy.name()).isEqualTo("Riverside Clinic");
  }
}
