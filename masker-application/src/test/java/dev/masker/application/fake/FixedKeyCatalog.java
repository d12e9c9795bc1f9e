package dev.masker.application.fake;

import dev.masker.application.port.out.KeyCatalog;
import dev.masker.domain.masking.token.KeyRing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/** A server holding exactly these kids' keys, each derived from its kid (tests only). */
public record FixedKeyCatalog(Set<String> kids) implements KeyCatalog {
  @Override
  public boolean hasKey(String kid) {
    return kids.contains(kid);
  }

  @Override
  public KeyRing keyRing(String kid) {
    if (!hasKey(kid)) {
      throw new IllegalStateException("no key for kid " + kid);
    }
    var key = Arrays.copyOf(("test-key-" + kid).getBytes(StandardCharsets.UTF_8), 32);
    return KeyRing.builder().key(kid, key).build();
  }
}
