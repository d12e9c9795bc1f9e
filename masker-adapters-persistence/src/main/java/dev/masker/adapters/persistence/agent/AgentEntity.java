package dev.masker.adapters.persistence.agent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "agents")
public class AgentEntity extends PanacheEntityBase {
  @Id public String id;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Column(nullable = false)
  public String name;

  /** The name in lower case: unique per account, and what {@code name_contains} searches. */
  @Column(name = "name_folded", nullable = false)
  public String nameFolded;

  @Column(nullable = false)
  public String upstream;

  @Column(nullable = false)
  public String tokenization;

  @Column(name = "policy_name", nullable = false)
  public String policyName;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  @Column(name = "policy_yaml")
  public String policyYaml;

  @Column(name = "proxy_key_digest")
  public String proxyKeyDigest;

  @Column(name = "vapi_assistant")
  public String vapiAssistant;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
