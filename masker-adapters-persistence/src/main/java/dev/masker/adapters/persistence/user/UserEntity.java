package dev.masker.adapters.persistence.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "users")
public class UserEntity extends PanacheEntityBase {
  @Id public String id;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  public String email;

  public String name;

  @Column(name = "github_login")
  public String githubLogin;

  @Column(nullable = false)
  public String role;

  @Column(name = "password_hash")
  public String passwordHash;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_seen_at")
  public Instant lastSeenAt;

  @Column(name = "github_id")
  public Long githubId;
}
