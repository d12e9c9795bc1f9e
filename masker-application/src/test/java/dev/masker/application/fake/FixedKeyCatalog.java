package dev.masker.application.fake;

import dev.masker.application.port.out.KeyCatalog;
import java.util.Set;

/** A server holding exactly these kids' keys. */
public record FixedKeyCatalog(Set<String> kids) implements KeyCatalog {
  @Override
  public boolean hasKey(String kid) {
    return kids.contains(kid);
  }
}
