package dev.masker.domain.session;

import java.util.Locale;

/** The three payloads a turn may keep (SPEC §5). */
public enum PayloadPart {
  /** What the caller sent. */
  REQUEST,
  /** What went upstream: the request masked. */
  MASKED,
  /** What the caller got back. */
  RESPONSE;

  /** The name of the part in storage and in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
