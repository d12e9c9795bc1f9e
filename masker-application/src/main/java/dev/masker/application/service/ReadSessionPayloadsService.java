package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ReadSessionPayloadsUseCase;
import dev.masker.application.port.out.KeyCatalog;
import dev.masker.application.port.out.PayloadRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.common.PrefixedId;
import dev.masker.domain.masking.token.Opening;
import dev.masker.domain.session.PayloadPart;
import dev.masker.domain.session.PayloadSeal;
import dev.masker.domain.session.SessionId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a session's sealed payloads and opens them with the keys of this server. */
public final class ReadSessionPayloadsService implements ReadSessionPayloadsUseCase {
  private final PayloadRepository payloads;
  private final KeyCatalog keys;
  private final TransactionRunner tx;

  public ReadSessionPayloadsService(
      PayloadRepository payloads, KeyCatalog keys, TransactionRunner tx) {
    this.payloads = payloads;
    this.keys = keys;
    this.tx = tx;
  }

  @Override
  public Outcome read(Caller caller, String sessionId) {
    if (!PrefixedId.matches(SessionId.PREFIX, sessionId)) {
      return new Outcome.NotFound();
    }
    var session = new SessionId(sessionId);
    var stored = tx.inTransaction(() -> payloads.find(caller.accountId(), session));
    if (stored.isEmpty()) {
      return new Outcome.NotFound();
    }
    var seals = new HashMap<String, Optional<PayloadSeal>>();
    return new Outcome.Found(stored.get().stream().map(row -> open(session, row, seals)).toList());
  }

  private TurnPayloads open(
      SessionId session, PayloadRepository.Sealed row, Map<String, Optional<PayloadSeal>> seals) {
    var seal =
        seals.computeIfAbsent(
            row.kid(),
            kid ->
                keys.hasKey(kid)
                    ? Optional.of(new PayloadSeal(keys.keyRing(kid)))
                    : Optional.empty());
    var unreadable = EnumSet.noneOf(PayloadPart.class);
    return new TurnPayloads(
        row.turn(),
        open(seal, session, row.turn(), PayloadPart.REQUEST, row.request(), unreadable),
        open(seal, session, row.turn(), PayloadPart.MASKED, row.masked(), unreadable),
        open(seal, session, row.turn(), PayloadPart.RESPONSE, row.response(), unreadable),
        unreadable);
  }

  private static Optional<String> open(
      Optional<PayloadSeal> seal,
      SessionId session,
      int turn,
      PayloadPart part,
      byte[] sealed,
      EnumSet<PayloadPart> unreadable) {
    if (sealed == null) {
      return Optional.empty();
    }
    var opening =
        seal.map(s -> s.open(session, turn, part, sealed)).orElseGet(Opening.KeyUnavailable::new);
    if (opening instanceof Opening.Opened opened) {
      return Optional.of(opened.value());
    }
    unreadable.add(part);
    return Optional.empty();
  }
}
