package dev.masker.adapters.persistence.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "oauth_states")
public class OAuthStateEntity extends PanacheEntityBase {
  @Id
  @Column(name = "state_digest")
  public String stateDigest;

  @Column(name = "return_path", nullable = false)
  public String returnPath;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
