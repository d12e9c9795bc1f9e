package dev.masker.application.fake;

import dev.masker.domain.masking.vault.InMemoryTokenVault;
import dev.masker.domain.masking.vault.TokenVault;
import java.util.List;
import java.util.Optional;

/** The in-memory vault, with a switch that makes storing a value fail as an unreachable vault. */
public final class SwitchableTokenVault implements TokenVault {
  private final InMemoryTokenVault rows = new InMemoryTokenVault();
  private volatile boolean putsFail;
  private volatile int puts;

  /** From now on {@link #put} throws {@link TokenVault.Unavailable}; reads still work. */
  public void failPuts() {
    putsFail = true;
  }

  /** How many values were stored. */
  public int puts() {
    return puts;
  }

  @Override
  public void put(String scope, String token, byte[] sealedValue) {
    if (putsFail) {
      throw new Unavailable("the vault is down (test)", null);
    }
    puts++;
    rows.put(scope, token, sealedValue);
  }

  @Override
  public Optional<byte[]> get(String scope, String token) {
    return rows.get(scope, token);
  }

  @Override
  public List<String> tokens(String scope) {
    return rows.tokens(scope);
  }

  @Override
  public void dropScope(String scope) {
    rows.dropScope(scope);
  }
}
