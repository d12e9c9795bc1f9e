package com.example.frontdesk;

import static dev.masker.domain.masking.EntityKind.NAME;
import static dev.masker.domain.masking.EntityKind.PHONE;
import static dev.masker.testkit.MaskerAssertions.assertThat;

import dev.masker.domain.masking.Masker;
import dev.masker.testkit.FakeOpenAiUpstream;
import dev.masker.testkit.MaskerExtension;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a team writes to make sure its agent never tells the model who is calling. */
@ExtendWith(MaskerExtension.class)
class FrontDeskAgentTest {
  private static final String CALLER = "Hi, this is Maria Lopez, call me back at 415 555 2671";
  private static final Pattern NAME_TOKEN =
      Pattern.compile("MSKV1\\.NAME\\.[A-Z0-9_]+\\.[A-Z2-7]+");

  @Test
  void the_model_hears_tokens_and_the_caller_hears_their_own_words(
      Masker masker, FakeOpenAiUpstream model) throws Exception {
    var agent = new FrontDeskAgent(masker, model.baseUrl());

    // The fake model echoes the last user message: tokens in, tokens out.
    var reply = agent.reply("call-42", CALLER);

    var sent = model.lastRequest();
    assertThat(sent.body()).containsNoPhi().hasMasked(NAME, PHONE);
    assertThat(sent.lastUserMessage().orElseThrow())
        .startsWith("Hi, this is MSKV1.NAME.")
        .inSession(masker, "call-42")
        .rehydratesTo(CALLER);
    assertThat(reply).isEqualTo(CALLER);
  }

  @Test
  void an_answer_that_names_the_caller_is_spoken_with_the_name(
      Masker masker, FakeOpenAiUpstream model) throws Exception {
    var agent = new FrontDeskAgent(masker, model.baseUrl());
    model.answering(
        request -> {
          var name = NAME_TOKEN.matcher(request.lastUserMessage().orElseThrow());
          return "Thank you " + (name.find() ? name.group() : "") + ", we will call you back.";
        });

    var reply = agent.reply("call-7", CALLER);

    assertThat(reply).isEqualTo("Thank you Maria Lopez, we will call you back.");
  }

  @Test
  void a_model_that_is_down_gets_an_apology_and_no_phi_is_lost(
      Masker masker, FakeOpenAiUpstream model) throws Exception {
    var agent = new FrontDeskAgent(masker, model.baseUrl());
    model.failingWith(503, "overloaded");

    var reply = agent.reply("call-9", CALLER);

    assertThat(reply).startsWith("Sorry").containsNoPhi();
    assertThat(model.lastRequest().body()).containsNoPhi();
  }

  @Test
  void the_engine_masks_what_the_team_expects(Masker masker) {
    assertThat(masker)
        .masking("call-1", CALLER)
        .hasMasked(NAME, PHONE)
        .containsNoPhi()
        .rehydratesTo(CALLER);
  }
}
