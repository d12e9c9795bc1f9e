package dev.masker.domain.chat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonSyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of an answer as the upstream wrote it and as the caller got it back: a message's {@code
 * content} or {@code refusal}, or a tool call's {@code arguments}.
 *
 * <p>Voice platforms resend each answer in the next turn's history. Masked from scratch, the resent
 * text would be seen without the words that made its values detectable when the caller first said
 * them ("my member id is …", "my date of birth is …"): a value could go upstream in clear, or get
 * another token than the one the upstream already knows. {@link #resentStrings()} pairs each string
 * the proxy masks in a resent copy of the field ({@link ChatRequest#mask}) with what the upstream
 * wrote there, so the resent copy can be masked to exactly the upstream's own words: no value in
 * clear, and the same bytes from turn to turn.
 *
 * @param upstream the field as the upstream wrote it: tokens, not values
 * @param caller the field as the caller got it: values put back
 * @param arguments whether the field is tool-call or function-call arguments (JSON text)
 */
public record RehydratedText(String upstream, String caller, boolean arguments) {

  /**
   * One string the proxy masks in a resent copy of the field, and what the upstream wrote in its
   * place.
   *
   * @param cue the key the string is the value of, as words ("member id"), or null for free text
   */
  public record Resent(String cue, String caller, String upstream) {
    @Override
    public String toString() {
      return "Resent[" + caller.length() + " chars]";
    }
  }

  /**
   * The strings the proxy masks in a resent copy of this field, each with what the upstream wrote
   * in its place: the whole text of a content or refusal; for arguments that are a JSON object or
   * array, each string value as {@link ChatRequest} masks it, with its key as the cue; other
   * arguments whole. Strings that came back unchanged (nothing rehydrated) are left out: they are
   * masked as any new text is.
   */
  public List<Resent> resentStrings() {
    // Keyed by cue and text: a value said twice under one key pairs once, the first time.
    var pairs = new LinkedHashMap<List<String>, String>();
    if (!arguments || !startsLikeJsonDocument(caller)) {
      pairs.put(Arrays.asList(null, caller), upstream);
    } else {
      try {
        pairValues(JsonParser.parse(caller), JsonParser.parse(upstream), null, pairs);
      } catch (JsonSyntaxException notJson) {
        // Not JSON after all on one side: the caller's copy is masked as text, nothing pairs.
        try {
          JsonParser.parse(caller);
        } catch (JsonSyntaxException callerNotJson) {
          pairs.put(Arrays.asList(null, caller), upstream);
        }
      }
    }
    var resent = new ArrayList<Resent>(pairs.size());
    for (var pair : pairs.entrySet()) {
      var text = pair.getKey().get(1);
      if (!text.isEmpty() && !text.equals(pair.getValue())) {
        resent.add(new Resent(pair.getKey().get(0), text, pair.getValue()));
      }
    }
    return resent;
  }

  private static boolean startsLikeJsonDocument(String text) {
    var stripped = text.stripLeading();
    return stripped.startsWith("{") || stripped.startsWith("[");
  }

  private static void pairValues(
      Json plain, Json masked, String key, Map<List<String>, String> pairs) {
    if (plain instanceof JsonString value && masked instanceof JsonString token) {
      var cue = key == null ? null : ChatRequest.cue(key);
      pairs.putIfAbsent(Arrays.asList(cue, value.value()), token.value());
    } else if (plain instanceof JsonObject object && masked instanceof JsonObject other) {
      for (var entry : object.entries()) {
        var counterpart = other.get(entry.getKey());
        if (counterpart != null) {
          pairValues(entry.getValue(), counterpart, entry.getKey(), pairs);
        }
      }
    } else if (plain instanceof JsonArray array
        && masked instanceof JsonArray other
        && array.size() == other.size()) {
      for (int i = 0; i < array.size(); i++) {
        pairValues(array.get(i), other.get(i), key, pairs);
      }
    }
  }

  @Override
  public String toString() {
    // Never the text: the caller's side holds the original values.
    return "RehydratedText[" + caller.length() + " chars, arguments=" + arguments + "]";
  }
}
