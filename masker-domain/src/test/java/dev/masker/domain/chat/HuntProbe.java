package dev.masker.domain.chat;

import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.assistant;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.body;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.message;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.quoted;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolCall;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.toolResult;
import static dev.masker.domain.chat.ChatRequestFourthHuntProbesTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.RequestRules;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * One probe of an outside leak hunt: the requests a call made {@code before}, then one {@code
 * request}, and the {@code forms} of planted values that must not be readable in what goes
 * upstream. The fifth and sixth hunts build and play their probes with it, each with its own
 * planted call and its own way of reading what a model would read.
 */
record HuntProbe(String name, List<String> before, String request, List<String> forms) {

  static HuntProbe fresh(String name, String request, String... forms) {
    return new HuntProbe(name, List.of(), request, List.of(forms));
  }

  /** A probe played after a call that said {@code said} in a user turn. */
  static HuntProbe afterSaying(String said, String name, String request, String... forms) {
    return new HuntProbe(name, List.of(body(null, user(said))), request, List.of(forms));
  }

  /** A fresh text in a user turn, a system prompt, a tool result and a tool call's arguments. */
  static Stream<HuntProbe> everywhere(String name, String text, String... forms) {
    return Stream.of(
        fresh(name + " (user turn)", body(null, user(text)), forms),
        fresh(name + " (system prompt)", body(null, message("system", text), user("hi")), forms),
        fresh(name + " (tool result)", body(null, user("look me up"), toolResult(text)), forms),
        fresh(
            name + " (tool arguments)",
            body(null, user("ok"), toolCall("{\"query\":" + quoted(text) + "}")),
            forms));
  }

  /** A form of a value {@code said} earlier, in every place a later request may hold it. */
  static Stream<HuntProbe> recurring(String said, String form, String... read) {
    return Stream.of(
        afterSaying(said, "recurring in a user turn: " + form, body(null, user(form)), read),
        afterSaying(
            said,
            "recurring in an assistant turn: " + form,
            body(null, user("hi"), assistant(form), user("yes")),
            read),
        afterSaying(
            said,
            "recurring in a system prompt: " + form,
            body(null, message("system", form), user("yes")),
            read),
        afterSaying(
            said,
            "recurring in a tool result: " + form,
            body(null, user("look me up"), toolResult("{\"note\":" + quoted(form) + "}")),
            read),
        afterSaying(
            said,
            "recurring in tool arguments: " + form,
            body(null, user("ok"), toolCall("{\"query\":" + quoted(form) + "}")),
            read));
  }

  /**
   * Plays the probe in {@code mask}'s session: null when nothing leaked, else what {@code readable}
   * (what is sent, the forms) found of the forms, and where.
   */
  String leakIn(TextMask mask, BiFunction<String, List<String>, List<String>> readable) {
    for (var earlier : before) {
      var masking = ChatRequest.parse(earlier).mask(mask, RequestRules.DEFAULT);
      assertThat(masking).as(earlier).isInstanceOf(ChatRequest.Masking.Masked.class);
    }
    var parsed = ChatRequest.parse(request);
    if (parsed.mask(mask, RequestRules.DEFAULT) instanceof ChatRequest.Masking.Refused) {
      return null;
    }
    var sent = parsed.toJson();
    var found = readable.apply(sent, forms);
    return found.isEmpty() ? null : found + " reached the upstream in " + sent;
  }
}
