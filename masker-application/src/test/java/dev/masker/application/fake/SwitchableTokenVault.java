package dev.masker.application.fake;

import dev.masker.domain.masking.vault.InMemoryTokenVault;
import dev.masker.domain.masking.vault.TokenVault;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory vault, with a switch that makes storing a value fail as an unreachable vault. */
public final class SwitchableTokenVault implements TokenVault {
  private final InMemoryTokenVault rows = new InMemoryTokenVault();
  private volatile boolean putsFail;
  private volatile int puts;
  private volatile int writes;
  private final Set<String> scopes = ConcurrentHashMap.newKeySet();

  /** From now on {@link #put} throws {@link TokenVault.Unavailable}; reads still work. */
  public void failPuts() {
    putsFail = true;
  }

  /** From now on values are stored again. */
  public void resumePuts() {
    putsFail = false;
  }

  /** How many writes reached the store: a {@link #putAll} of several rows is one. */
  public int writes() {
    return writes;
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
    putAll(scope, Map.of(token, sealedValue));
  }

  @Override
  public synchronized Set<String> putAll(String scope, Map<String, byte[]> values) {
    if (putsFail) {
      throw new Unavailable("the vault is down (test)", null);
    }
    writes++;
    puts += values.size();
    scopes.add(scope);
    return rows.putAll(scope, values);
  }

  @Override
  public boolean knows(String scope, String token) {
    return rows.knows(scope, token);
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
