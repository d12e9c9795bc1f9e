package dev.masker.application.fake;

import dev.masker.application.port.out.PayloadRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.session.SessionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sealed payloads in memory, by session; a session is known once {@link #session} adds it. */
public final class InMemoryPayloadRepository implements PayloadRepository {
  private final Map<SessionId, AccountId> sessions = new HashMap<>();
  private final Map<SessionId, List<Sealed>> payloads = new HashMap<>();

  public void session(AccountId account, SessionId session) {
    sessions.put(session, account);
  }

  public void add(SessionId session, Sealed sealed) {
    payloads.computeIfAbsent(session, s -> new ArrayList<>()).add(sealed);
  }

  @Override
  public Optional<List<Sealed>> find(AccountId account, SessionId session) {
    if (!account.equals(sessions.get(session))) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(payloads.getOrDefault(session, List.of())));
  }
}
