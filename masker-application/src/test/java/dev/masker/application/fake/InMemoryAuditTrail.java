package dev.masker.application.fake;

import dev.masker.application.port.out.AuditTrail;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.audit.ChainCheck;
import dev.masker.domain.session.SessionId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An account's audit chain in memory, as reports read it: the chain hashes of each session's events
 * in the order they were appended, and a check that answers ok until the chain is {@link #broken}.
 */
public final class InMemoryAuditTrail implements AuditTrail {
  private record Link(SessionId session, byte[] hash) {}

  private final Map<AccountId, List<Link>> chains = new ConcurrentHashMap<>();
  private final Map<AccountId, String> breaks = new ConcurrentHashMap<>();

  /** Appends an event of {@code session} with that chain hash. */
  public void appended(AccountId account, SessionId session, byte[] hash) {
    chains.computeIfAbsent(account, a -> new ArrayList<>()).add(new Link(session, hash.clone()));
  }

  /** From now on the account's chain does not verify, for the reason given. */
  public void broken(AccountId account, String message) {
    breaks.put(account, message);
  }

  @Override
  public List<byte[]> sessionHashes(AccountId account, SessionId session) {
    return chains.getOrDefault(account, List.of()).stream()
        .filter(link -> link.session().equals(session))
        .map(link -> link.hash().clone())
        .toList();
  }

  @Override
  public ChainCheck verify(AccountId account) {
    var links = chains.getOrDefault(account, List.of());
    var first = "0".repeat(64);
    var last =
        links.isEmpty() ? first : HexFormat.of().formatHex(links.get(links.size() - 1).hash());
    var broken = breaks.get(account);
    if (broken != null) {
      return new ChainCheck(false, links.size(), first, last, broken);
    }
    return new ChainCheck(true, links.size(), first, last, links.size() + " events verified");
  }
}
