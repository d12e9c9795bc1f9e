package dev.masker.domain.masking.vault;

/** With no batch open, a batched vault is a vault like any other. */
class BatchedVaultContractTest extends TokenVaultContract {
  private final BatchedVault vault = new BatchedVault(new InMemoryTokenVault());

  @Override
  protected TokenVault vault() {
    return vault;
  }
}
