package dev.masker.application.service.vapi;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonSyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The few fields Masker reads of a Vapi server message (SPEC §7), in either form: {@code
 * {"message": {"type": …, "call": {…}, …}}} or the older flat {@code {"type": …, "call": …}}. Only
 * the type, the call's id, the assistant's id, the status and the time are read; everything else
 * (customer, phone number, transcript, summary, messages) is never looked at, kept or printed.
 *
 * @param nested whether the message came inside {@code {"message": …}}
 * @param callId the call's id as Vapi sent it (stripped), empty when there is none
 * @param assistantId the assistant's id when it has the shape of one (a UUID), for the log
 * @param status the {@code status} of a {@code status-update}, empty otherwise
 * @param sentAt the message's {@code timestamp}, when it carries one
 */
record VapiMessage(
    boolean nested,
    String type,
    Optional<String> callId,
    Optional<String> assistantId,
    Optional<String> status,
    Optional<Instant> sentAt) {
  private static final int MAX_CALL_ID_LENGTH = 256;
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** Never the fields' values: the call id is kept only as its keyed hash. */
  @Override
  public String toString() {
    return "VapiMessage[" + type + "]";
  }

  /**
   * Reads the message of {@code body}.
   *
   * @throws InvalidValue naming the field at fault, never quoting the body
   */
  static VapiMessage parse(byte[] body) {
    JsonObject root;
    try {
      root = JsonParser.parseWholeObject(utf8(body));
    } catch (JsonSyntaxException notJson) {
      throw new InvalidValue("body", "is not a JSON object");
    }
    var message = root.object("message");
    var prefix = "message.";
    if (message == null) {
      if (root.has("message")) {
        throw new InvalidValue("message", "must be an object");
      }
      message = root;
      prefix = "";
    }
    var type = message.string("type");
    if (type == null || type.isBlank()) {
      throw new InvalidValue(prefix + "type", "is required and must be a string");
    }
    var call = message.object("call");
    Optional<String> callId = Optional.empty();
    Optional<String> assistantId = Optional.empty();
    if (call != null) {
      callId = callId(call, prefix);
      assistantId = Optional.ofNullable(call.string("assistantId"));
    }
    var assistant = message.object("assistant");
    if (assistantId.isEmpty() && assistant != null) {
      assistantId = Optional.ofNullable(assistant.string("id"));
    }
    return new VapiMessage(
        message != root,
        type,
        callId,
        assistantId.filter(id -> UUID.matcher(id).matches()),
        Optional.ofNullable(message.string("status")),
        sentAt(message, prefix));
  }

  /** Vapi's {@code call.id} (legacy {@code call.callId}), by the proxy's rules for session keys. */
  private static Optional<String> callId(JsonObject call, String prefix) {
    for (var field : new String[] {"id", "callId"}) {
      var id = call.string(field);
      if (id != null && !id.isBlank()) {
        var key = id.strip();
        if (key.length() > MAX_CALL_ID_LENGTH) {
          throw new InvalidValue(prefix + "call." + field, "must be at most 256 characters");
        }
        if (key.chars().anyMatch(Character::isISOControl)) {
          throw new InvalidValue(prefix + "call." + field, "must not contain control characters");
        }
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** {@code timestamp}: milliseconds since 1970, as Vapi writes it. */
  private static Optional<Instant> sentAt(JsonObject message, String prefix) {
    var value = message.get("timestamp");
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof JsonNumber number) {
      try {
        var millis = new java.math.BigDecimal(number.text()).longValueExact();
        return Optional.of(Instant.ofEpochMilli(millis));
      } catch (ArithmeticException | NumberFormatException | java.time.DateTimeException e) {
        // falls through to the refusal below
      }
    }
    throw new InvalidValue(prefix + "timestamp", "must be a whole number of milliseconds");
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidValue("body", "is not well-formed UTF-8");
    }
  }
}
