package dev.masker.adapters.persistence.vault;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.domain.masking.vault.TokenVault;
import dev.masker.domain.masking.vault.TokenVaultContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresTokenVaultTest extends TokenVaultContract {
  @Inject PostgresTokenVault vault;

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
}
