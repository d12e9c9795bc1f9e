package dev.masker.domain.masking.vault;

class InMemoryTokenVaultContractTest extends TokenVaultContract {
  private final InMemoryTokenVault vault = new InMemoryTokenVault();

  @Override
  protected TokenVault vault() {
    return vault;
  }
}
