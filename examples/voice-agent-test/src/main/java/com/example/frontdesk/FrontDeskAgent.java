package com.example.frontdesk;

import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonWriter;
import dev.masker.domain.masking.Masker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A clinic's front-desk voice agent: it hears a caller's words, asks an OpenAI-compatible model
 * what to say, and says it. The model must never hear who the caller is, so the agent masks what it
 * sends with Masker and rehydrates the answer before speaking it.
 */
public final class FrontDeskAgent {
  private final Masker masker;
  private final URI baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  public FrontDeskAgent(Masker masker, URI baseUrl) {
    this.masker = masker;
    this.baseUrl = baseUrl;
  }

  /** What the agent says back to the caller of {@code callId} after hearing {@code heard}. */
  public String reply(String callId, String heard) throws IOException, InterruptedException {
    var masked = masker.mask(callId, heard).text();
    var messages =
        new JsonArray()
            .add(message("system", "You are the front desk of a clinic. Be brief."))
            .add(message("user", masked));
    var body =
        new JsonObject().put("model", new JsonString("gpt-4o-mini")).put("messages", messages);
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + System.getProperty("frontdesk.key", "sk-test"))
            .POST(HttpRequest.BodyPublishers.ofString(JsonWriter.write(body)))
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      return "Sorry, I cannot help right now. Please call again later.";
    }
    var choice = (JsonObject) JsonParser.parseObject(response.body()).array("choices").get(0);
    var content = choice.object("message").string("content");
    return masker.rehydrate(callId, content);
  }

  private static JsonObject message(String role, String content) {
    return new JsonObject().put("role", new JsonString(role)).put("content", new JsonString(content));
  }
}
