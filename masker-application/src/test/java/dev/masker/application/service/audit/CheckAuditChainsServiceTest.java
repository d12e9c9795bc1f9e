package dev.masker.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.out.AuditChains;
import dev.masker.application.port.out.AuditTrail;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.audit.ChainCheck;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckAuditChainsServiceTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final String ZEROS = "0".repeat(64);

  private final AccountId whole = AccountId.next(IDS);
  private final AccountId broken = AccountId.next(IDS);
  private final List<String> calls = new ArrayList<>();

  private final AuditChains chains =
      new AuditChains() {
        @Override
        public long chainUnchained() {
          calls.add("chain");
          return 3;
        }

        @Override
        public List<AccountId> accounts() {
          return List.of(whole, broken);
        }

        @Override
        public ChainCheck verifySinceCheckpoint(AccountId account) {
          calls.add("verify " + account.value());
          return Map.of(
                  whole, new ChainCheck(true, 5, ZEROS, ZEROS, "5 events verified, seq 1 to 5"),
                  broken, new ChainCheck(false, 2, ZEROS, ZEROS, "seq 3 is missing"))
              .get(account);
        }
      };

  @Test
  void every_chain_is_checked_after_the_old_events_were_chained_and_broken_ones_are_named() {
    var outcome = new CheckAuditChainsService(chains).checkAll();

    assertThat(calls)
        .containsExactly("chain", "verify " + whole.value(), "verify " + broken.value());
    assertThat(outcome.whole()).isFalse();
    assertThat(outcome.broken()).containsExactly(broken);
    assertThat(outcome.accounts()).isEqualTo(2);
    assertThat(outcome.events()).isEqualTo(7);
    assertThat(outcome.chained()).isEqualTo(3);
  }

  @Test
  void verifying_checks_the_callers_account_and_no_other() {
    var asked = new ArrayList<AccountId>();
    var trail =
        new AuditTrail() {
          @Override
          public List<byte[]> sessionHashes(AccountId account, SessionId session) {
            return List.of();
          }

          @Override
          public ChainCheck verify(AccountId account) {
            asked.add(account);
            return new ChainCheck(true, 0, ZEROS, ZEROS, "The chain has no events yet");
          }
        };
    var caller = new Caller(UserId.next(IDS), whole, Role.MEMBER);

    var check = new VerifyAuditChainService(trail).verify(caller);

    assertThat(check.ok()).isTrue();
    assertThat(asked).containsExactly(whole);
  }
}
