package dev.masker.adapters.persistence;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.account.Plan;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.masking.policy.Tokenization;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.GithubId;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.UserId;

/**
 * How domain values are kept in columns, for the MapStruct mappers of the repositories ({@code uses
 * = StoredValues.class}): ids and names as their text, enums by their wire names. A nullable column
 * reads back as null.
 */
public final class StoredValues {
  private StoredValues() {}

  public static AgentId agentId(String text) {
    return new AgentId(text);
  }

  public static AccountId accountId(String text) {
    return new AccountId(text);
  }

  public static UserId userId(String text) {
    return new UserId(text);
  }

  public static AgentName agentName(String text) {
    return new AgentName(text);
  }

  public static Email email(String text) {
    return text == null ? null : new Email(text);
  }

  public static GithubId githubId(Long number) {
    return number == null ? null : new GithubId(number);
  }

  public static PasswordHash passwordHash(String text) {
    return text == null ? null : new PasswordHash(text);
  }

  public static Upstream upstream(String text) {
    return Upstream.parse(text);
  }

  public static String upstream(Upstream upstream) {
    return upstream.toString();
  }

  public static Tokenization tokenization(String wireName) {
    return Tokenization.fromWireName(wireName);
  }

  public static String tokenization(Tokenization tokenization) {
    return tokenization.wireName();
  }

  public static Role role(String wireName) {
    return Role.fromWireName(wireName);
  }

  public static String role(Role role) {
    return role.wireName();
  }

  public static Plan plan(String wireName) {
    return Plan.fromWireName(wireName);
  }

  public static String plan(Plan plan) {
    return plan.wireName();
  }
}
