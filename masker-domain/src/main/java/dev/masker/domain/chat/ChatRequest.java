package dev.masker.domain.chat;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonNull;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonSyntaxException;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.policy.RequestRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An OpenAI Chat Completions request on its way through the proxy (SPEC §6): it names its session,
 * sheds the voice platform's metadata, and has every field that can carry PHI masked, while every
 * other field, known or not, passes as it came. Not thread-safe: one per request.
 */
public final class ChatRequest {
  /** Top-level fields voice platforms add: customer PII and secrets, never forwarded. */
  static final List<String> PLATFORM_FIELDS =
      List.of("call", "metadata", "phoneNumber", "customer", "org", "assistant", "serverUrlSecret");

  static final int MAX_SESSION_KEY_LENGTH = 256;

  private final JsonObject body;

  private ChatRequest(JsonObject body) {
    this.body = body;
  }

  /**
   * @throws InvalidValue when the body is not a JSON object with a string {@code model} and an
   *     array of message objects, or {@code stream} is not a boolean
   */
  public static ChatRequest parse(String json) {
    JsonObject body;
    try {
      body = JsonParser.parseWholeObject(json);
    } catch (JsonSyntaxException e) {
      throw new InvalidValue("body", "must be a JSON object (" + e.getMessage() + ")");
    }
    if (!(body.get("model") instanceof JsonString)) {
      throw new InvalidValue("model", "is required and must be a string");
    }
    var messages = body.array("messages");
    if (messages == null) {
      throw new InvalidValue("messages", "is required and must be an array");
    }
    for (int i = 0; i < messages.size(); i++) {
      if (!(messages.get(i) instanceof JsonObject)) {
        throw new InvalidValue("messages[" + i + "]", "must be an object");
      }
    }
    var stream = body.get("stream");
    if (stream != null && !(stream instanceof JsonBoolean) && stream != JsonNull.NULL) {
      throw new InvalidValue("stream", "must be a boolean");
    }
    return new ChatRequest(body);
  }

  /** Whether the caller asked for a streamed answer ({@code "stream": true}). */
  public boolean streamed() {
    return body.get("stream") == JsonBoolean.TRUE;
  }

  public String model() {
    return body.string("model");
  }

  /**
   * The session key (SPEC §5), first found of: the {@code Masker-Session-Id} header, Vapi's {@code
   * call.id} (legacy {@code call.callId}), {@code metadata.masker_session_id}, and the part of
   * Bolna's {@code user} before {@code #}. Empty when there is none: the request is a session of
   * its own.
   *
   * @throws InvalidValue when the key found is longer than 256 characters or has control characters
   */
  public Optional<String> sessionKey(Optional<String> header) {
    var call = body.object("call");
    var metadata = body.object("metadata");
    var user = body.string("user");
    var candidates =
        new String[] {
          header.orElse(null),
          call == null ? null : call.string("id"),
          call == null ? null : call.string("callId"),
          metadata == null ? null : metadata.string("masker_session_id"),
          user == null ? null : user.substring(0, hashOrEnd(user))
        };
    for (var candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return Optional.of(checkedKey(candidate.strip()));
      }
    }
    return Optional.empty();
  }

  /** Drops the voice platform's metadata ({@link #PLATFORM_FIELDS}). */
  public void removePlatformMetadata() {
    for (var field : PLATFORM_FIELDS) {
      body.remove(field);
    }
  }

  /** What masking a request came to. */
  public sealed interface Masking {
    /**
     * The function for this case applied to it: a case added here fails to compile at every caller
     * until it is handled.
     */
    <T> T fold(Function<Masked, ? extends T> masked, Function<Refused, ? extends T> refused);

    /** Every field masked, in place: one redaction per masked value, in request order. */
    record Masked(List<FieldMaskEvent> redactions) implements Masking {
      @Override
      public <T> T fold(
          Function<Masked, ? extends T> masked, Function<Refused, ? extends T> refused) {
        return masked.apply(this);
      }
    }

    /**
     * A field Masker will not forward (SPEC §6 "refuse what cannot be masked"): its JSON path, such
     * as {@code messages[2].content[1]}, and why. Nothing was masked.
     */
    record Refused(String path, String reason) implements Masking {
      @Override
      public <T> T fold(
          Function<Masked, ? extends T> masked, Function<Refused, ? extends T> refused) {
        return refused.apply(this);
      }
    }
  }

  /**
   * Masks every field that can carry PHI, in place, by the rules of {@link RequestFields} (the
   * table of every field is in docs/request-fields.md): message contents, text and refusal parts,
   * names, tool calls and their arguments, tool results, caller ids, tool descriptions, stop
   * sequences; JSON held in strings value by value, each value with its key as the cue. Every
   * string is read before any is masked, so a value revealed anywhere in the request is masked
   * everywhere in it. Content Masker cannot mask, and fields it does not know, are refused unless
   * {@code rules} let them through.
   */
  public Masking mask(TextMask mask, RequestRules rules) {
    return RequestFields.read(body, rules)
        .fold(
            read -> mask(read, mask),
            refused -> new Masking.Refused(refused.path(), refused.reason()));
  }

  private static Masking mask(RequestFields.Reading.Sites read, TextMask mask) {
    for (var site : read.sites()) {
      if (site.learnOnly()) {
        mask.learnOnly(site.cue(), site.text());
      } else {
        mask.learn(site.cue(), site.text());
      }
    }
    var redactions = new ArrayList<FieldMaskEvent>();
    for (var site : read.sites()) {
      if (site.learnOnly()) {
        continue;
      }
      var masked = mask.apply(site.cue(), site.text());
      if (site.unchangeable() != null) {
        if (!masked.text().equals(site.text())) {
          return new Masking.Refused(
              site.unchangeable(), "holds a value the policy masks; name it without one");
        }
        continue;
      }
      site.replace(masked.text());
      for (var event : masked.events()) {
        redactions.add(new FieldMaskEvent(site.message(), site.field(), event));
      }
    }
    for (var commit : read.commits()) {
      commit.run();
    }
    return new Masking.Masked(redactions);
  }

  public String toJson() {
    return JsonWriter.write(body);
  }

  /**
   * A JSON key as words: {@code member_id}, {@code memberId} and {@code member-id} → "member id".
   */
  static String cue(String key) {
    var words = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '_' || c == '-' || c == '.') {
        words.append(' ');
      } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
        words.append(' ').append(Character.toLowerCase(c));
      } else {
        words.append(Character.toLowerCase(c));
      }
    }
    return words.toString().strip();
  }

  private static int hashOrEnd(String user) {
    int hash = user.indexOf('#');
    return hash < 0 ? user.length() : hash;
  }

  private static String checkedKey(String key) {
    if (key.length() > MAX_SESSION_KEY_LENGTH) {
      throw new InvalidValue("session", "key must be at most 256 characters");
    }
    for (int i = 0; i < key.length(); i++) {
      if (Character.isISOControl(key.charAt(i))) {
        throw new InvalidValue("session", "key must not contain control characters");
      }
    }
    return key;
  }
}
