package dev.masker.application.leak;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonBoolean;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A call with planted values: the first turn introduces every value with its cue; each later turn
 * says some of them again without one, in other fields and forms, resending the history or not.
 * {@link #bodies} writes the requests turn by turn, as a voice platform would, given what the
 * caller heard back.
 */
public record PlantedCall(List<Planted> planted, List<Turn> turns, boolean streamed) {

  /** One later turn: the values said again, and whether the platform resends the history. */
  public record Turn(List<Recurrence> recurrences, boolean resendsHistory) {}

  /** The number of requests the call makes: the introduction and the later turns. */
  public int size() {
    return turns.size() + 1;
  }

  /** Writes the requests of the call one by one. */
  public Conversation conversation(String model, String callId) {
    return new Conversation(model, callId);
  }

  @Override
  public String toString() {
    return "PlantedCall[" + planted + ", turns " + turns + ", streamed " + streamed + "]";
  }

  /** The requests of the call, each written once the answer to the one before is known. */
  public final class Conversation {
    private final String model;
    private final String callId;
    private final List<JsonObject> history = new ArrayList<>();
    private int next;

    private Conversation(String model, String callId) {
      this.model = model;
      this.callId = callId;
      history.add(message("system", "You book appointments for the clinic."));
    }

    /** The body of the next request. */
    public String nextBody() {
      var body = new JsonObject().put("model", new JsonString(model));
      body.put("call", new JsonObject().put("id", new JsonString(callId)));
      if (streamed) {
        body.put("stream", JsonBoolean.TRUE);
      }
      var messages = new ArrayList<JsonObject>();
      if (next == 0) {
        var intro =
            planted.stream().map(Planted::introduction).collect(Collectors.joining(", and "));
        messages.add(message("user", "Hi, " + intro + "."));
        history.addAll(messages);
        body.put("messages", array(history));
      } else {
        var turn = turns.get(next - 1);
        var fresh = new ArrayList<JsonObject>();
        for (var recurrence : turn.recurrences()) {
          place(recurrence, fresh, body);
        }
        fresh.add(message("user", "Thanks."));
        if (turn.resendsHistory()) {
          history.addAll(fresh);
          body.put("messages", array(history));
        } else {
          var alone = new ArrayList<JsonObject>();
          alone.add(history.get(0));
          alone.addAll(fresh);
          body.put("messages", array(alone));
        }
      }
      next++;
      return JsonWriter.write(body);
    }

    /** What the caller heard: the platform resends it as the assistant's message. */
    public void answered(String content) {
      history.add(message("assistant", content));
    }

    private void place(Recurrence recurrence, List<JsonObject> messages, JsonObject body) {
      var form = recurrence.form();
      switch (recurrence.place()) {
        case USER_CONTENT:
          messages.add(message("user", "About " + form + ", please."));
          break;
        case SYSTEM_CONTENT:
          messages.add(message("system", "Caller on file: " + form));
          break;
        case DEVELOPER_CONTENT:
          messages.add(message("developer", "Remember " + form));
          break;
        case ASSISTANT_CONTENT:
          messages.add(message("assistant", "I have " + form + " noted."));
          break;
        case TEXT_PART:
          messages.add(
              new JsonObject()
                  .put("role", new JsonString("user"))
                  .put(
                      "content",
                      new JsonArray()
                          .add(
                              new JsonObject()
                                  .put("type", new JsonString("text"))
                                  .put("text", new JsonString("it is " + form)))));
          break;
        case MESSAGE_NAME:
          messages.add(message("user", "Hello again.").put("name", new JsonString(form)));
          break;
        case TOOL_ARGUMENT_STRING:
          messages.add(toolCall("{\"note\":" + JsonWriter.write(new JsonString(form)) + "}"));
          break;
        case TOOL_ARGUMENT_NUMBER:
          messages.add(toolCall("{\"value\":" + recurrence.planted().digits() + "}"));
          break;
        case TOOL_RESULT_JSON:
          messages.add(toolCall("{}"));
          messages.add(
              toolResult(
                  "{\"result\":{\"entry\":" + JsonWriter.write(new JsonString(form)) + "}}"));
          break;
        case TOOL_RESULT_TEXT:
          messages.add(toolCall("{}"));
          messages.add(toolResult("Found " + form));
          break;
        case TOOL_RESULT_KEY:
          messages.add(toolCall("{}"));
          messages.add(
              toolResult(
                  "{\"patients\":{"
                      + JsonWriter.write(new JsonString(form))
                      + ":{\"seen\":true}}}"));
          break;
        case REFUSAL:
          messages.add(
              new JsonObject()
                  .put("role", new JsonString("assistant"))
                  .put("refusal", new JsonString("I cannot share " + form)));
          break;
        case RESPONSE_FORMAT:
          var schema =
              new JsonObject()
                  .put("name", new JsonString("booking"))
                  .put("description", new JsonString("Booking for " + form))
                  .put("schema", new JsonObject().put("type", new JsonString("object")));
          body.put(
              "response_format",
              new JsonObject()
                  .put("type", new JsonString("json_schema"))
                  .put("json_schema", schema));
          break;
        case USER_FIELD:
          body.put("user", new JsonString(form));
          break;
        case STOP:
          body.put("stop", new JsonArray().add(new JsonString(form)));
          break;
        case TOOL_DESCRIPTION:
          var function =
              new JsonObject()
                  .put("name", new JsonString("lookup"))
                  .put("description", new JsonString("Looks up " + form));
          body.put(
              "tools",
              new JsonArray()
                  .add(
                      new JsonObject()
                          .put("type", new JsonString("function"))
                          .put("function", function)));
          break;
        default:
          body.put(
              "prediction",
              new JsonObject()
                  .put("type", new JsonString("content"))
                  .put("content", new JsonString("Booked for " + form)));
      }
    }

    private JsonObject toolCall(String arguments) {
      var function =
          new JsonObject()
              .put("name", new JsonString("lookup"))
              .put("arguments", new JsonString(arguments));
      var call =
          new JsonObject()
              .put("id", new JsonString("call_" + next))
              .put("type", new JsonString("function"))
              .put("function", function);
      return new JsonObject()
          .put("role", new JsonString("assistant"))
          .put("tool_calls", new JsonArray().add(call));
    }

    private JsonObject toolResult(String content) {
      return message("tool", content).put("tool_call_id", new JsonString("call_" + next));
    }
  }

  private static JsonObject message(String role, String content) {
    return new JsonObject()
        .put("role", new JsonString(role))
        .put("content", new JsonString(content));
  }

  private static Json array(List<JsonObject> items) {
    var array = new JsonArray();
    items.forEach(array::add);
    return array;
  }
}
