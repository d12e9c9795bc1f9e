package dev.masker.domain.masking.vault;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A {@link TokenVault} in memory, thread-safe; for tests, embedders and single-node use. */
public final class InMemoryTokenVault implements TokenVault {
  private final Map<String, Map<String, byte[]>> scopes = new ConcurrentHashMap<>();

  @Override
  public void put(String scope, String token, byte[] sealedValue) {
    scopes
        .computeIfAbsent(scope, s -> new ConcurrentHashMap<>())
        .putIfAbsent(token, sealedValue.clone());
  }

  @Override
  public Set<String> putAll(String scope, Map<String, byte[]> rows) {
    var scopeRows = scopes.computeIfAbsent(scope, s -> new ConcurrentHashMap<>());
    var stored = new HashSet<String>();
    rows.forEach(
        (token, sealedValue) -> {
          if (scopeRows.putIfAbsent(token, sealedValue.clone()) == null) {
            stored.add(token);
          }
        });
    return stored;
  }

  @Override
  public void putUnlessKnown(String scope, String token, Supplier<byte[]> sealing) {
    var rows = scopes.get(scope);
    if (rows == null || !rows.containsKey(token)) {
      put(scope, token, sealing.get());
    }
  }

  @Override
  public boolean knows(String scope, String token) {
    var rows = scopes.get(scope);
    return rows != null && rows.containsKey(token);
  }

  @Override
  public Optional<byte[]> get(String scope, String token) {
    var rows = scopes.get(scope);
    var sealed = rows == null ? null : rows.get(token);
    return sealed == null ? Optional.empty() : Optional.of(sealed.clone());
  }

  @Override
  public List<String> tokens(String scope) {
    var rows = scopes.get(scope);
    return rows == null ? List.of() : List.copyOf(rows.keySet());
  }

  @Override
  public void dropScope(String scope) {
    scopes.remove(scope);
  }

  /** The number of rows in a scope. */
  public int size(String scope) {
    var rows = scopes.get(scope);
    return rows == null ? 0 : rows.size();
  }

  @Override
  public String toString() {
    return "InMemoryTokenVault[scopes=" + scopes.size() + "]";
  }
}
