package dev.masker.domain.chat;

import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.Tokenization;
import dev.masker.domain.masking.vault.InMemoryTokenVault;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A real masker (healthcare-default, a fixed key, the in-memory vault) and helpers on its output.
 */
final class ChatFixtures {
  static final String SESSION = "agt_test/call-1";
  static final Pattern TOKEN = Pattern.compile("MSKV1\\.([A-Z_]+)\\.K_HEALTHCARE\\.[A-Z2-7]{26}");

  /** A token of the right shape that no session ever made. */
  static final String UNKNOWN_PHONE_TOKEN = "MSKV1.PHONE.K_HEALTHCARE.GEZDGNBVGY3TQOJQGEZDGNBVGY";

  private static final byte[] KEY = key();

  private ChatFixtures() {}

  private static byte[] key() {
    var key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 7 + 3);
    }
    return key;
  }

  static Masker masker() {
    return masker(Tokenization.VAULT_DETERMINISTIC);
  }

  static Masker masker(Tokenization tokenization) {
    return Masker.builder()
        .policy(Policy.healthcareDefault())
        .key("K_HEALTHCARE", KEY)
        .vault(new InMemoryTokenVault())
        .tokenization(tokenization)
        .build();
  }

  /** Every MSKV1 token of {@code text}, in order. */
  static List<String> tokens(String text) {
    var found = new ArrayList<String>();
    var matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** The MSKV1 tokens of {@code text} that name {@code kind}. */
  static List<String> tokens(String text, String kind) {
    return tokens(text).stream().filter(t -> t.startsWith("MSKV1." + kind + ".")).toList();
  }

  /** A {@code chat.completion} whose one choice's message is {@code messageJson}. */
  static String completion(String messageJson) {
    return """
        {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini",\
        "choices":[{"index":0,"message":%s,"logprobs":null,"finish_reason":"stop"}],\
        "usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21}}"""
        .formatted(messageJson);
  }

  /** The message of the first choice of a {@code chat.completion}. */
  static JsonObject firstMessage(String completionJson) {
    var choices = JsonParser.parseObject(completionJson).array("choices");
    return ((JsonObject) choices.get(0)).object("message");
  }
}
