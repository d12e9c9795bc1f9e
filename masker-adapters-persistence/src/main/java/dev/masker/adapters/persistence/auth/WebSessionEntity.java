package dev.masker.adapters.persistence.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "web_sessions")
public class WebSessionEntity extends PanacheEntityBase {
  @Id
  @Column(name = "secret_digest")
  public String secretDigest;

  @Column(name = "user_id", nullable = false)
  public String userId;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "extended_at", nullable = false)
  public Instant extendedAt;
}
