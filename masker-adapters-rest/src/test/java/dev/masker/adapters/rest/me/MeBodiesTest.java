package dev.masker.adapters.rest.me;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.application.port.in.Caller;
import dev.masker.domain.account.Account;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.account.Plan;
import dev.masker.domain.auth.Scope;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import dev.masker.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeBodiesTest {
  private static final Instant T0 = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final AccountId ACCOUNT = new AccountId("acc_01HZX3V8G2M7Q4T6Y9B1C5D8EG");

  @Test
  void the_profile_names_every_field_with_wire_names_and_nulls_for_what_is_unknown()
      throws Exception {
    var user =
        new User.Snapshot(
            new UserId("usr_01HZX3V8G2M7Q4T6Y9B1C5D8EH"),
            ACCOUNT,
            new Email("alice@clinic.example"),
            null,
            null,
            Role.MEMBER,
            new PasswordHash("$2a$04$hash"),
            T0,
            null);
    var account = new Account.Snapshot(ACCOUNT, "Riverside Clinic", Plan.INTERNAL, T0);

    var json =
        new ObjectMapper()
            .writeValueAsString(new MeBodiesImpl().me(user, account, Role.MEMBER.permissions()));

    assertThat(json)
        .isEqualTo(
            "{\"user\":{\"id\":\"usr_01HZX3V8G2M7Q4T6Y9B1C5D8EH\",\"email\":\"alice@clinic.example\","
                + "\"name\":null,\"github_login\":null,\"role\":\"member\","
                + "\"created_at\":\"2026-05-03T21:14:32.481Z\",\"last_seen_at\":null},"
                + "\"account\":{\"id\":\"acc_01HZX3V8G2M7Q4T6Y9B1C5D8EG\",\"name\":\"Riverside Clinic\","
                + "\"plan\":\"internal\",\"created_at\":\"2026-05-03T21:14:32.481Z\"},"
                + "\"permissions\":[\"agents:read\",\"agents:write\",\"sessions:read\","
                + "\"reports:read\",\"audit:read\"]}");
    assertThat(json).doesNotContain("$2a$");
  }

  @Test
  void a_tokens_profile_lists_what_its_scopes_leave_of_the_role() throws Exception {
    var user =
        new User.Snapshot(
            new UserId("usr_01HZX3V8G2M7Q4T6Y9B1C5D8EH"),
            ACCOUNT,
            null,
            null,
            "alice",
            Role.ADMIN,
            null,
            T0,
            null);
    var account = new Account.Snapshot(ACCOUNT, "Riverside Clinic", Plan.INTERNAL, T0);
    var token =
        Caller.viaToken(
            user.id(), ACCOUNT, Role.ADMIN, Set.of(Scope.AGENTS_WRITE, Scope.AUDIT_READ));

    var json =
        new ObjectMapper()
            .writeValueAsString(new MeBodiesImpl().me(user, account, token.permissions()));

    assertThat(json)
        .endsWith("\"permissions\":[\"agents:write\",\"agents:delete\",\"audit:read\"]}");
  }
}
