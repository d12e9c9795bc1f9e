package dev.masker.domain.masking.vault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A vault in front of another that, while a {@linkplain #open batch} is open for a scope, holds the
 * rows written to that scope and writes them to the other in one call when the batch is {@linkplain
 * Batch#flush flushed}: a turn that makes twenty tokens costs one round trip to the store, not
 * twenty. Reads of the scope see the rows it holds. Rows of a scope with no open batch go straight
 * through. Several batches may be open for one scope at once (two turns of one call): a flush
 * writes every row held for the scope, and the rows are dropped only when the last batch closes
 * without a flush after them (the work that made them failed, so nothing carrying their tokens was
 * sent). Thread-safe.
 */
public final class BatchedVault implements TokenVault {
  private final TokenVault store;
  private final Map<String, Held> held = new HashMap<>();

  public BatchedVault(TokenVault store) {
    this.store = store;
  }

  /** Starts holding the rows written to {@code scope}, until the batch is closed. */
  public Batch open(String scope) {
    synchronized (held) {
      held.computeIfAbsent(scope, s -> new Held()).batches++;
    }
    return new Batch(scope);
  }

  /** The rows held for one scope, and how many batches hold them. */
  private static final class Held {
    final Map<String, byte[]> rows = new LinkedHashMap<>();
    int batches;
  }

  /** One unit of work's hold on a scope's rows. */
  public final class Batch implements AutoCloseable {
    private final String scope;
    private boolean closed;

    private Batch(String scope) {
      this.scope = scope;
    }

    /**
     * Writes every row held for the scope in one {@link TokenVault#putAll}; they are no longer held
     * once written.
     *
     * @throws Unavailable when the store cannot be reached: the rows stay held
     */
    public void flush() {
      flush(Map.of());
    }

    /**
     * {@link #flush()}, writing in the same {@link TokenVault#putAll} the rows {@code own} of this
     * batch's work alone, which were never held.
     *
     * @return the tokens of {@code own} this flush stored: not those the store had already, nor
     *     those another flush wrote first
     * @throws Unavailable when the store cannot be reached: the rows stay held
     */
    public Set<String> flush(Map<String, byte[]> own) {
      var rows = new LinkedHashMap<String, byte[]>();
      synchronized (held) {
        var scopeRows = held.get(scope);
        if (scopeRows != null) {
          rows.putAll(scopeRows.rows);
        }
      }
      own.forEach(rows::putIfAbsent);
      if (rows.isEmpty()) {
        return Set.of();
      }
      var stored = store.putAll(scope, rows);
      synchronized (held) {
        var scopeRows = held.get(scope);
        if (scopeRows != null) {
          rows.keySet().forEach(scopeRows.rows::remove);
        }
      }
      var ownStored = new HashSet<>(own.keySet());
      ownStored.retainAll(stored);
      return ownStored;
    }

    /** Stops holding; the last batch of the scope to close drops what no flush wrote. */
    @Override
    public void close() {
      synchronized (held) {
        if (closed) {
          return;
        }
        closed = true;
        var scopeRows = held.get(scope);
        if (scopeRows != null && --scopeRows.batches == 0) {
          held.remove(scope);
        }
      }
    }
  }

  @Override
  public void put(String scope, String token, byte[] sealedValue) {
    synchronized (held) {
      var scopeRows = held.get(scope);
      if (scopeRows != null) {
        scopeRows.rows.putIfAbsent(token, sealedValue.clone());
        return;
      }
    }
    store.put(scope, token, sealedValue);
  }

  @Override
  public void putUnlessKnown(String scope, String token, Supplier<byte[]> sealing) {
    synchronized (held) {
      var scopeRows = held.get(scope);
      if (scopeRows != null) {
        if (!scopeRows.rows.containsKey(token) && !store.knows(scope, token)) {
          scopeRows.rows.put(token, sealing.get());
        }
        return;
      }
    }
    store.putUnlessKnown(scope, token, sealing);
  }

  /**
   * {@link #put} of each row. While a batch holds the scope the rows are held, not stored, and none
   * is reported stored: a flush writes them.
   */
  @Override
  public Set<String> putAll(String scope, Map<String, byte[]> rows) {
    synchronized (held) {
      var scopeRows = held.get(scope);
      if (scopeRows != null) {
        rows.forEach(
            (token, sealedValue) -> scopeRows.rows.putIfAbsent(token, sealedValue.clone()));
        return Set.of();
      }
    }
    return store.putAll(scope, rows);
  }

  @Override
  public boolean knows(String scope, String token) {
    synchronized (held) {
      var scopeRows = held.get(scope);
      if (scopeRows != null && scopeRows.rows.containsKey(token)) {
        return true;
      }
    }
    return store.knows(scope, token);
  }

  @Override
  public Optional<byte[]> get(String scope, String token) {
    synchronized (held) {
      var scopeRows = held.get(scope);
      var row = scopeRows == null ? null : scopeRows.rows.get(token);
      if (row != null) {
        return Optional.of(row.clone());
      }
    }
    return store.get(scope, token);
  }

  @Override
  public List<String> tokens(String scope) {
    var tokens = new ArrayList<>(store.tokens(scope));
    synchronized (held) {
      var scopeRows = held.get(scope);
      if (scopeRows != null) {
        for (var token : scopeRows.rows.keySet()) {
          if (!tokens.contains(token)) {
            tokens.add(token);
          }
        }
      }
    }
    return tokens;
  }

  @Override
  public Map<String, byte[]> rows(String scope) {
    var rows = new LinkedHashMap<>(store.rows(scope));
    synchronized (held) {
      var scopeRows = held.get(scope);
      if (scopeRows != null) {
        scopeRows.rows.forEach((token, row) -> rows.putIfAbsent(token, row.clone()));
      }
    }
    return rows;
  }

  @Override
  public void dropScope(String scope) {
    synchronized (held) {
      var scopeRows = held.get(scope);
      if (scopeRows != null) {
        scopeRows.rows.clear();
      }
    }
    store.dropScope(scope);
  }

  @Override
  public String toString() {
    return "BatchedVault[" + store + "]";
  }
}
