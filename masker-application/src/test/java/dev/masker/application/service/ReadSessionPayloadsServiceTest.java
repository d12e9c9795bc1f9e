package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.fake.DirectTransactionRunner;
import dev.masker.application.fake.FixedKeyCatalog;
import dev.masker.application.fake.InMemoryPayloadRepository;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ReadSessionPayloadsUseCase.Outcome;
import dev.masker.application.port.in.ReadSessionPayloadsUseCase.TurnPayloads;
import dev.masker.application.port.out.PayloadRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.session.KeptPayloads;
import dev.masker.domain.session.PayloadPart;
import dev.masker.domain.session.PayloadSeal;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadSessionPayloadsServiceTest {
  private static final String REQUEST = "{\"messages\":[{\"content\":\"I am Maria Lopez\"}]}";
  private static final String MASKED = "{\"messages\":[{\"content\":\"I am MSKV1.NAME.K_A.X\"}]}";
  private static final String RESPONSE = "{\"choices\":[{\"content\":\"Hello Maria Lopez\"}]}";

  private final MonotonicUlids ids = new MonotonicUlids();
  private final AccountId account = AccountId.next(ids);
  private final Caller caller = new Caller(UserId.next(ids), account, Role.MEMBER);
  private final SessionId session = SessionId.next(ids);
  private final InMemoryPayloadRepository repository = new InMemoryPayloadRepository();
  private final FixedKeyCatalog keys = new FixedKeyCatalog(Set.of("K_A"));

  private ReadSessionPayloadsService service(FixedKeyCatalog serverKeys) {
    return new ReadSessionPayloadsService(repository, serverKeys, new DirectTransactionRunner());
  }

  private void keep(int turn, Optional<String> response) {
    var kept =
        new KeptPayloads(
            "K_A", new PayloadSeal(keys.keyRing("K_A")), REQUEST, Optional.of(MASKED), response);
    var sealed = kept.seal(session, turn);
    repository.add(
        session,
        new PayloadRepository.Sealed(
            turn, "K_A", sealed.request(), sealed.masked(), sealed.response()));
  }

  private static List<TurnPayloads> found(Outcome outcome) {
    return outcome.fold(Outcome.Found::turns, notFound -> null);
  }

  @Test
  void the_payloads_of_a_session_of_the_account_are_opened_turn_by_turn() {
    repository.session(account, session);
    keep(1, Optional.of(RESPONSE));
    keep(2, Optional.empty());

    var turns = found(service(keys).read(caller, session.value()));

    assertThat(turns).hasSize(2);
    assertThat(turns.get(0).request()).contains(REQUEST);
    assertThat(turns.get(0).masked()).contains(MASKED);
    assertThat(turns.get(0).response()).contains(RESPONSE);
    assertThat(turns.get(1).response()).isEmpty();
    assertThat(turns.get(1).unreadable()).isEmpty();
    assertThat(turns.get(0).toString()).doesNotContain("Maria");
  }

  @Test
  void a_session_whose_policy_kept_none_has_no_payloads() {
    repository.session(account, session);

    assertThat(found(service(keys).read(caller, session.value()))).isEmpty();
  }

  @Test
  void another_accounts_session_or_a_malformed_id_is_not_found() {
    repository.session(AccountId.next(ids), session);
    keep(1, Optional.of(RESPONSE));

    assertThat(service(keys).read(caller, session.value())).isInstanceOf(Outcome.NotFound.class);
    assertThat(service(keys).read(caller, "ses_nope")).isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void payloads_whose_key_is_gone_are_named_unreadable_and_shown_as_nothing() {
    repository.session(account, session);
    keep(1, Optional.of(RESPONSE));

    var turn =
        found(service(new FixedKeyCatalog(Set.of("K_B"))).read(caller, session.value())).get(0);

    assertThat(turn.request()).isEmpty();
    assertThat(turn.response()).isEmpty();
    assertThat(turn.unreadable())
        .containsExactlyInAnyOrder(PayloadPart.REQUEST, PayloadPart.MASKED, PayloadPart.RESPONSE);
  }
}
