package dev.masker.domain.masking.rehydrate;

import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;

/**
 * How a rehydrated value is written back into the text around its token. Only values are escaped:
 * the text around them and a {@code [REDACTED:KIND]} are left as they are.
 */
public enum ValueEscaping {
  /** The value as it is: the text is prose (message content). */
  NONE {
    @Override
    public String apply(String value) {
      return value;
    }
  },

  /**
   * The value escaped as the inside of a JSON string (without the quotes): the text is JSON whose
   * strings hold the tokens (tool-call arguments), so a value with a quote, a backslash or a
   * control character keeps it JSON.
   */
  JSON_STRING {
    @Override
    public String apply(String value) {
      var quoted = JsonWriter.write(new JsonString(value));
      return quoted.length() == value.length() + 2
          ? value
          : quoted.substring(1, quoted.length() - 1);
    }
  };

  public abstract String apply(String value);
}
