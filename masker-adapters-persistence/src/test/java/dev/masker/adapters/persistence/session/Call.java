package dev.masker.adapters.persistence.session;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.MaskEvent;
import dev.masker.domain.masking.ModelUnanswered;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import dev.masker.domain.session.CallMark;
import dev.masker.domain.session.ModelPassSkip;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.session.StageDurations;
import dev.masker.domain.session.TurnOutcome;
import dev.masker.domain.session.TurnRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A call the tests record turns of, on an agent of its own so that tests never see each other's
 * rows. As the proxy does, each turn carries a freshly generated session id; the external id is
 * what ties the turns of a call together.
 */
record Call(AgentId agent, AccountId account, Optional<String> externalId) {
  static final IdGenerator IDS = new MonotonicUlids();
  static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  static final StageDurations DURATIONS = new StageDurations(1_000, 20_000, 300_000_000, 4_000);

  /** A call the platform named: its id as the proxy keeps it, a keyed hash ({@code xid_…}). */
  static Call named() {
    var hash = new StringBuilder("xid_");
    var random = ThreadLocalRandom.current();
    for (int i = 0; i < 32; i++) {
      hash.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(random.nextInt(32)));
    }
    return new Call(AgentId.next(IDS), AccountId.next(IDS), Optional.of(hash.toString()));
  }

  /** Requests that named no session: each turn is a session of its own. */
  static Call unnamed() {
    return new Call(AgentId.next(IDS), AccountId.next(IDS), Optional.empty());
  }

  /** The platform's word that the call started or ended, {@code second} seconds after T0. */
  CallMark mark(CallMark.Kind kind, int second) {
    return new CallMark(
        kind,
        SessionId.next(IDS),
        externalId.orElseThrow(),
        agent,
        account,
        "Front desk",
        T0.plusSeconds(second),
        Optional.of("gpt-4o-mini"),
        "healthcare-default",
        1);
  }

  /** A turn {@code second} seconds after T0, lasting half a second, redacting one of each kind. */
  TurnRecord turn(int second, TurnOutcome outcome, EntityKind... kinds) {
    var redactions =
        Arrays.stream(kinds)
            .map(
                kind ->
                    new FieldMaskEvent(
                        2,
                        "content",
                        new MaskEvent(
                            kind,
                            11,
                            24,
                            Pass.REGEX,
                            0.95,
                            Action.TOKENIZE,
                            "MSKV1",
                            "K_HEALTHCARE")))
            .toList();
    return turn(second, outcome, redactions, List.of());
  }

  TurnRecord turn(
      int second,
      TurnOutcome outcome,
      List<FieldMaskEvent> redactions,
      List<RehydrationFailure> failures) {
    var start = T0.plusSeconds(second);
    return new TurnRecord(
        SessionId.next(IDS),
        externalId,
        agent,
        account,
        "Front desk",
        start,
        start.plusMillis(500),
        outcome,
        outcome == TurnOutcome.FAILED ? 502 : 200,
        Optional.of("gpt-4o-mini"),
        "healthcare-default",
        1,
        DURATIONS,
        redactions,
        failures,
        Optional.empty());
  }

  /** A turn like {@link #turn(int, TurnOutcome, EntityKind...)} masked without the model. */
  TurnRecord turnWithoutModel(int second, ModelUnanswered reason, int texts) {
    return turn(second, TurnOutcome.OK).withModelPassSkipped(new ModelPassSkip(reason, texts));
  }
}
