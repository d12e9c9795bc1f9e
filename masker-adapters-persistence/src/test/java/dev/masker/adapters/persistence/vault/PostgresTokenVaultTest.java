package dev.masker.adapters.persistence.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.adapters.persistence.DatabaseDeadline;
import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.masking.vault.TokenVault;
import dev.masker.domain.masking.vault.TokenVaultContract;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresTokenVaultTest extends TokenVaultContract {
  @Inject PostgresTokenVault vault;
  @Inject AgroalDataSource dataSource;
  @Inject DatabaseDeadline deadline;

  @Override
  protected TokenVault vault() {
    return vault;
  }

  @Test
  void when_the_database_is_gone_the_vault_says_so_instead_of_answering_empty() throws Exception {
    TestDatabase.cut();
    try {
      assertThatThrownBy(() -> vault.get("s", "T")).isInstanceOf(TokenVault.Unavailable.class);
      assertThatThrownBy(() -> vault.put("s", "T", new byte[] {1}))
          .isInstanceOf(TokenVault.Unavailable.class);
    } finally {
      TestDatabase.restore();
    }
  }

  @Test
  void a_row_this_process_wrote_or_read_opens_without_the_database() throws Exception {
    vault.put("call-recent", "T1", new byte[] {7});
    TestDatabase.cut();
    try {
      assertThat(vault.get("call-recent", "T1")).hasValue(new byte[] {7});
      vault.put("call-recent", "T1", new byte[] {8});
      assertThatThrownBy(() -> vault.get("call-recent", "T2"))
          .isInstanceOf(TokenVault.Unavailable.class);
    } finally {
      TestDatabase.restore();
    }
  }

  @Test
  void when_another_replica_wrote_the_row_first_its_row_is_the_one_remembered() {
    var other =
        new PostgresTokenVault(
            dataSource, deadline, new RecentRows(10, Duration.ofMinutes(1), System::nanoTime));
    other.put("call-race", "T", new byte[] {1});

    vault.put("call-race", "T", new byte[] {2});

    assertThat(vault.get("call-race", "T")).hasValue(new byte[] {1});
  }
}
