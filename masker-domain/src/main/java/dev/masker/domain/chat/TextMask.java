package dev.masker.domain.chat;

import dev.masker.domain.masking.MaskedText;

/** Masks one string of a chat request; the proxy's is bound to one session and may cache. */
@FunctionalInterface
public interface TextMask {
  MaskedText apply(String text);
}
