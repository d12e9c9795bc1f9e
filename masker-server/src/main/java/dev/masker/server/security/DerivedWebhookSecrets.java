package dev.masker.server.security;

import dev.masker.application.port.out.WebhookSecrets;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Each agent's webhook secret, derived and never stored (docs/adr/0050-vapi-webhook.md): {@code
 * whsec_} and base64url of HMAC-SHA256 under the server's {@code MASKER_EXTERNAL_ID_KEY} of {@code
 * vapi-webhook}, a zero byte and the agent id. The label keeps these apart from the other hashes of
 * that key (caller ids start with an account id, bucket names with {@code rate-limit}). Without the
 * key, an agent id says nothing about its secret. The key is read on first use, after {@code
 * ServerKeys} has it.
 */
public final class DerivedWebhookSecrets implements WebhookSecrets {
  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] LABEL = "vapi-webhook".getBytes(StandardCharsets.UTF_8);

  private final Supplier<byte[]> key;
  private final Optional<Secret> serverWide;
  private final boolean unsignedAccepted;

  /**
   * @param serverWide {@code MASKER_VAPI_WEBHOOK_SECRET}, when set
   * @param unsignedAccepted {@code MASKER_DEV=1}
   */
  public DerivedWebhookSecrets(
      Supplier<byte[]> key, Optional<String> serverWide, boolean unsignedAccepted) {
    this.key = key;
    this.serverWide = serverWide.map(String::strip).filter(s -> !s.isEmpty()).map(Secret::new);
    this.unsignedAccepted = unsignedAccepted;
  }

  @Override
  public Secret of(AgentId agent) {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key.get(), ALGORITHM));
      mac.update(LABEL);
      mac.update((byte) 0);
      var digest = mac.doFinal(agent.value().getBytes(StandardCharsets.UTF_8));
      return new Secret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public Optional<Secret> serverWide() {
    return serverWide;
  }

  @Override
  public boolean unsignedAccepted() {
    return unsignedAccepted;
  }
}
