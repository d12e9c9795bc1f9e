package dev.masker.domain.chat;

import dev.masker.domain.masking.MaskEvent;
import dev.masker.domain.masking.MaskedText;
import java.util.ArrayList;

/** Masks one string of a chat request; the proxy's is bound to one session and may cache. */
@FunctionalInterface
public interface TextMask {
  MaskedText apply(String text);

  /**
   * Masks {@code value} as the value of a field named {@code cue} ({@code "member id"}), so the
   * detector sees {@code "member id: XJH123456789"} and the cue tells what bare digits or a lone
   * surname are. The cue itself is never masked; when a detection would reach into it, the value is
   * masked alone.
   */
  default MaskedText apply(String cue, String value) {
    var prefix = cue + ": ";
    var masked = apply(prefix + value);
    if (!masked.text().startsWith(prefix)) {
      return apply(value);
    }
    int shift = prefix.codePointCount(0, prefix.length());
    var events = new ArrayList<MaskEvent>(masked.events().size());
    for (var event : masked.events()) {
      if (event.start() < shift) {
        return apply(value);
      }
      events.add(
          new MaskEvent(
              event.kind(),
              event.start() - shift,
              event.end() - shift,
              event.pass(),
              event.confidence(),
              event.action(),
              event.tokenKind(),
              event.kid()));
    }
    return new MaskedText(masked.text().substring(prefix.length()), events);
  }
}
