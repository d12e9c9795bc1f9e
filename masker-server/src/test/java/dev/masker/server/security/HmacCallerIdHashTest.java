package dev.masker.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.MonotonicUlids;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HmacCallerIdHashTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final String PHONE = "+16505550123";

  private final AccountId account = AccountId.next(IDS);
  private final HmacCallerIdHash hash = new HmacCallerIdHash(() -> key(1));

  private static byte[] key(int fill) {
    var key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  @Test
  void an_id_hashes_to_xid_and_32_base32_letters_that_say_nothing_of_it() {
    var hashed = hash.hash(account, PHONE);

    assertThat(hashed).matches("xid_[A-Z2-7]{32}").doesNotContain("6505550123");
  }

  @Test
  void the_same_id_in_the_same_account_always_hashes_the_same_on_any_thread() throws Exception {
    var first = hash.hash(account, PHONE);
    var other = new String[1];
    var thread = new Thread(() -> other[0] = hash.hash(account, PHONE));
    thread.start();
    thread.join();

    assertThat(hash.hash(account, PHONE)).isEqualTo(first);
    assertThat(other[0]).isEqualTo(first);
    assertThat(new HmacCallerIdHash(() -> key(1)).hash(account, PHONE)).isEqualTo(first);
  }

  @Test
  void another_id_another_account_or_another_key_gives_an_unrelated_hash() {
    var first = hash.hash(account, PHONE);

    assertThat(hash.hash(account, "+16505550124")).isNotEqualTo(first);
    assertThat(hash.hash(AccountId.next(IDS), PHONE)).isNotEqualTo(first);
    assertThat(new HmacCallerIdHash(() -> key(2)).hash(account, PHONE)).isNotEqualTo(first);
  }
}
