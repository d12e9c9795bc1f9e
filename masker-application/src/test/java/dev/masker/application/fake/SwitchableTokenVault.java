package dev.masker.application.fake;

import dev.masker.domain.masking.vault.InMemoryTokenVault;
import dev.masker.domain.masking.vault.TokenVault;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory vault, with a switch that makes storing a value fail as an unreachable vault. */
public final class SwitchableTokenVault implements TokenVault {
  private final InMemoryTokenVault rows = new InMemoryTokenVault();
  private volatile boolean putsFail;
  private volatile int puts;
  private final Set<String> scopes = ConcurrentHashMap.newKeySet();

  /** From now on {@link #put} throws {@link TokenVault.Unavailable}; reads still work. */
  public void failPuts() {
    putsFail = true;
  }

  /** Every scope a value was stored under. */
  public Set<String> scopes() {
    return Set.copyOf(scopes);
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
    scopes.add(scope);
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
