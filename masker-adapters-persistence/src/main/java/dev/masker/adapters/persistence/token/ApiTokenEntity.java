package dev.masker.adapters.persistence.token;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "api_tokens")
public class ApiTokenEntity extends PanacheEntityBase {
  @Id public String id;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Column(name = "user_id", nullable = false)
  public String userId;

  @Column(nullable = false)
  public String name;

  /** The scopes' wire names, separated by single spaces. */
  @Column(nullable = false)
  public String scopes;

  @Column(name = "secret_digest", nullable = false)
  public String secretDigest;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;
}
