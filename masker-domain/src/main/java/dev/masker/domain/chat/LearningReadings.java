package dev.masker.domain.chat;

import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The texts a request is also read as, only to learn from (never masked or sent): what is learned
 * there is then masked where it is in the request as written, by the known-value search. A short
 * answer read after what came before it (an utterance cut in two, an answer after its question, a
 * number cut over the agent's prompts), and each text read without its line markup, with digits for
 * letters read as letters, with spaces after the commas of CSV rows, and with long numbers without
 * their thousands separators (ADRs 13, 16 and 18).
 */
final class LearningReadings {
  private LearningReadings() {}

  /**
   * The sites, and for each text of several lines with line markup (list items, table rows,
   * transcript labels, questions a line before their answer), that text read without it, only to
   * learn from ({@link PlainLines}); and each text with digits written for letters inside words,
   * read as those letters ({@link DigitsForLetters}); and each text of CSV rows with no space after
   * their commas, read with one ({@link CommaSpaced}); and each text with a long number grouped by
   * thousands, read without the separators ({@link ThousandsGrouped}); and each text with a phone
   * said around an aside, read with the number whole ({@link NumberAsides}); and each text with a
   * long number glued to a word, read with a space between ({@link GluedNumbers}); and each record
   * in CDATA sections, with leaders between labels and values, or with every CSV cell quoted, read
   * without that markup ({@link RecordMarkup}); and a diarised transcript speaker by speaker
   * ({@link SpeakerTurns}), vCard, iCalendar and header lines unfolded ({@link FoldedLines}), and
   * pieces a formula, a program or TeX joins, joined ({@link JoinedPieces}); and a text whose lines
   * break inside a sentence, with those breaks as spaces ({@link WrappedLines}); and a text with
   * markup tags inside its sentences, read without them ({@link InlineTags}).
   */
  static List<RequestSite> withReadings(List<RequestSite> sites) {
    var all = new ArrayList<RequestSite>(sites.size());
    for (var site : sites) {
      all.add(site);
      if (!site.learnOnly() && site.unchangeable() == null) {
        // ADR 32: the Unicode line and paragraph separators and NEL break lines as '\n' does
        var lines = withLineBreaks(site.text());
        var plain = PlainLines.of(lines);
        if (plain != null) {
          all.add(RequestSite.learnOnly(plain, site.cue(), site.message(), site.field()));
        } else {
          // ADR 24: lines broken inside a sentence, joined (the lines without markup are, above)
          var unwrapped = WrappedLines.of(lines);
          if (unwrapped != null) {
            all.add(RequestSite.learnOnly(unwrapped, site.cue(), site.message(), site.field()));
          }
        }
        var spelled = DigitsForLetters.of(site.text());
        if (spelled != null) {
          all.add(RequestSite.learnOnly(spelled, site.cue(), site.message(), site.field()));
        }
        var spaced = CommaSpaced.of(site.text());
        if (spaced != null) {
          all.add(RequestSite.learnOnly(spaced, site.cue(), site.message(), site.field()));
        }
        var whole = NumberAsides.of(site.text());
        if (whole != null) {
          all.add(RequestSite.learnOnly(whole, site.cue(), site.message(), site.field()));
        }
        var unmarked = RecordMarkup.of(site.text());
        if (unmarked != null) {
          all.add(RequestSite.learnOnly(unmarked, site.cue(), site.message(), site.field()));
        }
        var unglued = GluedNumbers.of(site.text());
        if (unglued != null) {
          all.add(RequestSite.learnOnly(unglued, site.cue(), site.message(), site.field()));
        }
        var ungrouped = ThousandsGrouped.of(site.text());
        if (ungrouped != null) {
          all.add(RequestSite.learnOnly(ungrouped, site.cue(), site.message(), site.field()));
        }
        // ADR 22: a diarised transcript speaker by speaker, folded record lines unfolded, pieces
        // joined by code or markup joined.
        for (var reading :
            new String[] {
              SpeakerTurns.of(site.text()),
              FoldedLines.of(site.text()),
              JoinedPieces.of(site.text()),
              // ADR 26: tags inside sentences (HTML, SSML) read without them
              InlineTags.of(site.text()),
              // ADR 30: Markdown, TeX, citation marks and superscripts around or inside values
              WrittenMarks.of(site.text()),
              // ADR 32: a phrase said over and over, once; a PHP-serialized record's pairs
              RepeatedPhrase.of(site.text()),
              SerializedPairs.of(site.text()),
              // ADR 34: lines in capitals as a note is written, MIME's Q words, EDIFACT segments
              CapitalLines.of(site.text()),
              MimeWords.of(site.text()),
              EdifactSegments.of(site.text())
            }) {
          if (reading != null) {
            all.add(RequestSite.learnOnly(reading, site.cue(), site.message(), site.field()));
          }
        }
      }
    }
    return all;
  }

  /** The text with each line or paragraph separator or NEL as {@code '\n'}, one char for one. */
  static String withLineBreaks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return text.replace('\u2028', '\n').replace('\u2029', '\n').replace('\u0085', '\n');
      }
    }
    return text;
  }

  /**
   * The roles of a message a short answer may continue: the caller's and the agent's, and a system
   * or developer message that ends with the start of a value the caller finishes ("the caller's
   * number starts 617 555" | "0142").
   */
  private static final Set<String> BEFORE_ANSWER =
      Set.of("user", "assistant", "system", "developer");

  /** A user message this short may be the rest of the message before it, or an answer to it. */
  static final int SHORT_ANSWER = 80;

  /** How much of the message before a short answer is read with it: its end, the question. */
  static final int CONTEXT = 160;

  /**
   * A short user message is also read after the end of the message before it, to learn from (never
   * masked as one): speech-to-text cuts one utterance into two ("my name is Maria" | "Lopez"), and
   * an answer gets its cue from the question ("What is your member ID?" | "XJH 4471 22"). What is
   * learned is then masked where it recurs, in the short message.
   */
  static void shortAnswers(JsonArray messages, RequestSites sites) {
    for (int i = 1; i < messages.size(); i++) {
      var message = (JsonObject) messages.get(i);
      var before = (JsonObject) messages.get(i - 1);
      if (!(message.get("content") instanceof JsonString answer)
          || !(before.get("content") instanceof JsonString question)
          || !"user".equals(message.string("role"))
          || !BEFORE_ANSWER.contains(before.string("role"))
          || answer.value().isBlank()
          || answer.value().length() > SHORT_ANSWER) {
        continue;
      }
      var context = question.value();
      // An utterance cut into three or more ("my number is 415" | "555" | "0134"): the short user
      // messages before this one are read with it too, back to the message they continue.
      for (int k = i - 2;
          k >= 0 && i - k <= MAX_CUT && context.length() < CONTEXT && isShortUser(messages, k + 1);
          k--) {
        var earlier = (JsonObject) messages.get(k);
        if (!(earlier.get("content") instanceof JsonString text)
            || !Set.of("user", "assistant").contains(earlier.string("role"))) {
          break;
        }
        context = text.value() + " " + context;
      }
      if (context.length() > CONTEXT) {
        int from = context.length() - CONTEXT;
        int space = context.indexOf(' ', from);
        context = context.substring(space < 0 ? from : space + 1);
      }
      var end = context.stripTrailing();
      var readBack = readBack(end);
      if (readBack != null) {
        // "I have 312 555, what are the last four?" | "0187": the agent read back the first part
        sites.add(RequestSite.learnOnly(readBack + " " + answer.value(), i, RequestFields.CONTENT));
      }
      if (end.endsWith("?")) {
        // "What's your member ID?" | "XJH 4471 22": the question's cue, read as a label (without
        // the courtesy words it may end with: "can I get your last name please?")
        context = PlainLines.asLabel(end);
      }
      sites.add(RequestSite.learnOnly(context + " " + answer.value(), i, RequestFields.CONTENT));
      if ("assistant".equals(before.string("role"))) {
        var said = saidBefore(messages, i);
        if (!said.isEmpty()) {
          sites.add(RequestSite.learnOnly(said + " " + answer.value(), i, RequestFields.CONTENT));
        }
      }
    }
  }

  /**
   * What a question says before its question clause ("I have 312 555, what are the last four?": "I
   * have 312 555"), or the whole question when it has no other clause ("Is it 208 555?"), when that
   * holds a digit: the part of a value the agent read back before asking for the rest, which the
   * answer finishes. Null otherwise.
   */
  private static String readBack(String question) {
    if (!question.endsWith("?")) {
      return null;
    }
    int clause = question.length() - 1;
    while (clause > 0 && ",.;:!".indexOf(question.charAt(clause - 1)) < 0) {
      clause--;
    }
    // a question that is all read-back ("Is it 208 555?" | "0139", ADR 28): the question itself
    var before =
        clause <= 1
            ? question.substring(0, question.length() - 1)
            : question.substring(0, clause - 1);
    return before.chars().anyMatch(c -> c >= '0' && c <= '9') ? before : null;
  }

  /**
   * What the caller said before message {@code i}, over the assistant's short prompts between ("my
   * number is 312 555" | "go on" | "0187"; "my number is 312" | "and the next?" | "555" | "and the
   * last four?" | "0187"): one utterance the caller cut while the agent prompted, which reaches the
   * model whole across the requests of the call. The user messages back to the one they continue (a
   * long one, or {@value #MAX_CUT} of them), at most {@value #CONTEXT} chars, or empty.
   */
  private static String saidBefore(JsonArray messages, int i) {
    var said = new StringBuilder();
    int users = 0;
    for (int k = i - 1; k >= 0 && users < MAX_CUT && said.length() < CONTEXT; k--) {
      var earlier = (JsonObject) messages.get(k);
      if (!(earlier.get("content") instanceof JsonString text)) {
        break;
      }
      var role = earlier.string("role");
      if ("assistant".equals(role) && text.value().length() <= SHORT_ANSWER) {
        continue;
      }
      if (!"user".equals(role)) {
        break;
      }
      said.insert(0, text.value() + " ");
      users++;
      if (text.value().length() > SHORT_ANSWER) {
        break;
      }
    }
    var context = said.toString().strip();
    if (context.length() > CONTEXT) {
      int from = context.length() - CONTEXT;
      int space = context.indexOf(' ', from);
      context = context.substring(space < 0 ? from : space + 1);
    }
    return context;
  }

  /** At most this many messages are read as one cut utterance. */
  static final int MAX_CUT = 4;

  private static boolean isShortUser(JsonArray messages, int index) {
    var message = (JsonObject) messages.get(index);
    return "user".equals(message.string("role"))
        && message.get("content") instanceof JsonString text
        && !text.value().isBlank()
        && text.value().length() <= SHORT_ANSWER;
  }
}
