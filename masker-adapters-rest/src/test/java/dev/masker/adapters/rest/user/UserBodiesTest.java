package dev.masker.adapters.rest.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserBodiesTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final User user =
      User.withPassword(
          IDS,
          AccountId.next(IDS),
          new Email("bob@clinic.example"),
          Role.ADMIN,
          new PasswordHash("$2a$04$hash"),
          Instant.parse("2026-05-03T21:14:32.481Z"));

  @Test
  void an_added_user_shows_four_fields_and_never_the_hash() throws Exception {
    var json = JSON.writeValueAsString(new UserBodiesImpl().added(user.snapshot(), null));

    assertThat(json)
        .isEqualTo(
            "{\"user\":{\"id\":\""
                + user.id().value()
                + "\",\"email\":\"bob@clinic.example\",\"role\":\"admin\","
                + "\"created_at\":\"2026-05-03T21:14:32.481Z\"}}");
  }

  @Test
  void a_generated_password_is_shown_in_the_answer_but_not_in_its_text() throws Exception {
    var body = new UserBodiesImpl().added(user.snapshot(), new Password("generated-password-1"));

    assertThat(JSON.writeValueAsString(body))
        .endsWith(",\"initial_password\":\"generated-password-1\"}");
    assertThat(body.toString()).doesNotContain("generated-password-1").doesNotContain("bob@");
  }
}
