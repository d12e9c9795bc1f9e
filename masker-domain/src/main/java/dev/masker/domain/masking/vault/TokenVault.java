package dev.masker.domain.masking.vault;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The out-port where originals are kept for rehydration, sealed ({@link VaultSeal}) before they get
 * here: the vault never sees a value in clear. A scope is one conversation (the session id the
 * tokenizer was given). A PostgreSQL adapter implements it later; {@link InMemoryTokenVault} is the
 * in-domain one. Every method throws {@link Unavailable} when the store cannot be reached.
 */
public interface TokenVault {
  /**
   * Stores the sealed value under (scope, token) unless a row is already there: the first row stays
   * (an insert that ignores conflicts).
   */
  void put(String scope, String token, byte[] sealedValue);

  /**
   * {@link #put}, sealing only when it may be needed: a vault that knows a row is already under
   * (scope, token) returns without calling {@code sealing}. Sealing costs an AES-GCM encryption,
   * and a call repeats its values every turn.
   */
  default void putUnlessKnown(String scope, String token, Supplier<byte[]> sealing) {
    put(scope, token, sealing.get());
  }

  /**
   * {@link #put} of each row, as one write: a store should answer it in one round trip; this
   * default puts row by row.
   *
   * @return the tokens of the rows this call stored: not those already there, whoever wrote them (a
   *     store should tell atomically; this default asks before each put)
   */
  default Set<String> putAll(String scope, Map<String, byte[]> rows) {
    var stored = new HashSet<String>();
    rows.forEach(
        (token, sealedValue) -> {
          if (get(scope, token).isEmpty()) {
            put(scope, token, sealedValue);
            stored.add(token);
          }
        });
    return stored;
  }

  /**
   * Whether this vault knows, without asking its store, that a row is under (scope, token): true
   * only when it is sure. By default it never is.
   */
  default boolean knows(String scope, String token) {
    return false;
  }

  /** The sealed value stored under (scope, token). */
  Optional<byte[]> get(String scope, String token);

  /** Every token stored in the scope, in no particular order (for synthetic surrogates). */
  List<String> tokens(String scope);

  /**
   * Every row of the scope, token to sealed value, in no particular order: what recalling a session
   * reads. A store should answer it in one round trip; this default asks row by row.
   */
  default Map<String, byte[]> rows(String scope) {
    var rows = new LinkedHashMap<String, byte[]>();
    for (var token : tokens(scope)) {
      get(scope, token).ifPresent(value -> rows.put(token, value));
    }
    return rows;
  }

  /** Erases the scope: its tokens become permanently opaque. */
  void dropScope(String scope);

  /** The vault cannot be reached; masking must fail closed. */
  final class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
