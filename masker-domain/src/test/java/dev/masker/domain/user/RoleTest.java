package dev.masker.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {
  @Test
  void the_wire_names_are_admin_and_member() {
    assertThat(Role.ADMIN.wireName()).isEqualTo("admin");
    assertThat(Role.MEMBER.wireName()).isEqualTo("member");
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void every_role_is_read_back_from_its_wire_name(Role role) {
    assertThat(Role.fromWireName(role.wireName())).isEqualTo(role);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"ADMIN", "Admin", "owner", "viewer", "admin "})
  void anything_but_a_wire_name_is_refused(String name) {
    assertThatThrownBy(() -> Role.fromWireName(name))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("role");
              assertThat(e.issue()).isEqualTo("must be admin or member");
            });
  }

  @Test
  void an_admin_may_do_everything() {
    assertThat(Role.ADMIN.permissions())
        .containsExactlyInAnyOrder(
            "agents:read",
            "agents:write",
            "agents:delete",
            "sessions:read",
            "reports:read",
            "audit:read",
            "users:manage",
            "tokens:manage");
  }

  @Test
  void a_member_may_neither_delete_agents_nor_manage_users_or_tokens() {
    assertThat(Role.MEMBER.may("agents:read")).isTrue();
    assertThat(Role.MEMBER.may("agents:write")).isTrue();
    assertThat(Role.MEMBER.may("sessions:read")).isTrue();
    assertThat(Role.MEMBER.may("agents:delete")).isFalse();
    assertThat(Role.MEMBER.may("users:manage")).isFalse();
    assertThat(Role.MEMBER.may("tokens:manage")).isFalse();
  }

  @Test
  void an_unknown_permission_is_granted_to_no_one() {
    assertThat(Role.ADMIN.may("billing:manage")).isFalse();
    assertThat(Role.MEMBER.may("billing:manage")).isFalse();
  }
}
