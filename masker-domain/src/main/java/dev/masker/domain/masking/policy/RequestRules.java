package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a policy lets through the proxy that Masker cannot mask, or does not know (policy keys
 * {@code content_parts} and {@code extra_fields}). Nothing by default: a request with an image,
 * file or audio part, or with a top-level field Masker does not know, is refused (422 {@code
 * unsupported_content}) unless the policy names it here.
 *
 * @param passedParts content part types forwarded as they are ({@code image_url}, {@code file},
 *     {@code input_audio}); text and refusal parts are always masked
 * @param extraFields top-level request fields Masker does not know, and what to do with each
 */
public record RequestRules(Set<String> passedParts, Map<String, ExtraField> extraFields) {
  public static final RequestRules DEFAULT = new RequestRules(Set.of(), Map.of());

  /** The content part types a policy may pass. */
  public static final Set<String> PASSABLE_PARTS = Set.of("image_url", "file", "input_audio");

  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

  /** What happens to an extra field. */
  public enum ExtraField {
    /** Forwarded with every string and number in it masked (its key as the cue). */
    MASK,
    /** Removed before forwarding. */
    STRIP
  }

  public RequestRules {
    passedParts = Set.copyOf(passedParts);
    extraFields = Map.copyOf(extraFields);
    for (var part : passedParts) {
      if (!PASSABLE_PARTS.contains(part)) {
        throw new InvalidValue("content_parts", "lists a part type that cannot be passed");
      }
    }
    for (var field : extraFields.keySet()) {
      if (!FIELD_NAME.matcher(field).matches()) {
        throw new InvalidValue("extra_fields", "names a field that is not [A-Za-z0-9_.-]{1,64}");
      }
    }
  }
}
