package dev.masker.domain.chat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A value said a piece a message (ADR 36): a caller reading a number digit by digit, or a name
 * letter by letter, while the platform ends an utterance at each pause ("my number is" | "5" | "4"
 * | … | "6"), with or without the agent's back-channel between ("mm-hm"). The known-value search
 * masks a value whole, and a digit or a letter is no value; the short-answer reading joins four
 * messages at most. A run of {@value #MIN_PIECES} pieces or more (user messages of {@value #PIECE}
 * chars at most, the assistant's short messages between skipped) is read after the message before
 * it, to learn from, and masked as one text as a message's text parts are: the value's token goes
 * in the message where it starts, the messages it swallowed are left empty.
 */
final class PieceByPiece {
  private PieceByPiece() {}

  /** A user message this short may be one piece of a value said piece by piece. */
  static final int PIECE = 12;

  static final int MIN_PIECES = 3;

  /** At most this many pieces are joined: a phone with its country code, an e-mail spelled. */
  static final int MAX_PIECES = 40;

  static void read(JsonArray messages, RequestSites sites) {
    int i = 0;
    while (i < messages.size()) {
      if (!isPiece(messages, i)) {
        i++;
        continue;
      }
      var run = new ArrayList<JsonObject>();
      int k = i;
      int last = i;
      while (k < messages.size() && run.size() < MAX_PIECES) {
        if (isPiece(messages, k)) {
          run.add((JsonObject) messages.get(k));
          last = k;
        } else if (!isBackChannel(messages, k)) {
          break;
        }
        k++;
      }
      if (run.size() >= MIN_PIECES) {
        learn(messages, i, run, sites);
        sites.joined(run, "content", i, RequestFields.CONTENT);
      }
      i = last + 1;
    }
  }

  /**
   * An array whose items are all pieces, {@value #MIN_PIECES} or more ({@code ["5", "4", "1", …]},
   * {@code [7, 2, 0, 4, …]}, {@code [{"d": "5"}, {"d": "4"}, …]}, objects of one member under one
   * key, arrays of one item {@code [["541"], ["555"], …]}): its pieces masked as one text, with the
   * array's key as the cue, joined by a space and a noncharacter as word items are ({@link
   * WordItems}), and split back: the item where a value starts holds its token, the items it
   * swallowed are left empty.
   */
  static void items(JsonArray array, String cue, int index, String field, RequestSites sites) {
    if (array.size() < MIN_PIECES || array.size() > MAX_PIECES) {
      return;
    }
    String key = null;
    var texts = new ArrayList<String>(array.size());
    var puts = new ArrayList<Consumer<Json>>(array.size());
    for (int i = 0; i < array.size(); i++) {
      var item = array.get(i);
      int at = i;
      if (item instanceof JsonObject object && object.size() == 1) {
        var member = object.entries().iterator().next();
        if (key != null && !key.equals(member.getKey()) || i > 0 && key == null) {
          return;
        }
        key = member.getKey();
        item = member.getValue();
        puts.add(member::setValue);
      } else if (item instanceof JsonArray inner && inner.size() == 1 && key == null) {
        // [["541"], ["555"], ["0173"]]: a piece in an array of its own (ADR 53)
        item = inner.get(0);
        puts.add(piece -> inner.set(0, piece));
      } else if (key != null) {
        return;
      } else {
        puts.add(piece -> array.set(at, piece));
      }
      var text =
          item instanceof JsonString string
              ? string.value()
              : item instanceof JsonNumber number ? number.text() : null;
      if (text == null || !isPiece(text)) {
        return;
      }
      texts.add(text);
    }
    add(texts, puts, key == null ? cue : ChatRequest.cue(key), index, field, sites);
  }

  /**
   * An object whose keys count its members from 0 ({@code {"0": "D", "1": "r", …}}, what
   * JavaScript's {@code Object.assign({}, "Drelmorrow")} or a map of positions writes): read as the
   * array of its values (ADR 38). Only the first key is looked at in an object of another shape.
   */
  static void indexed(JsonObject object, String cue, int index, String field, RequestSites sites) {
    if (object.size() < MIN_PIECES || object.size() > MAX_PIECES || !object.has("0")) {
      return;
    }
    var texts = new ArrayList<String>(object.size());
    var puts = new ArrayList<Consumer<Json>>(object.size());
    int i = 0;
    for (var member : object.entries()) {
      var item = member.getValue();
      var text =
          item instanceof JsonString string
              ? string.value()
              : item instanceof JsonNumber number ? number.text() : null;
      if (!member.getKey().equals(Integer.toString(i++)) || text == null || !isPiece(text)) {
        return;
      }
      texts.add(text);
      puts.add(member::setValue);
    }
    add(texts, puts, cue, index, field, sites);
  }

  /** The pieces masked as one text, with {@code cue}, and split back over their items. */
  private static void add(
      List<String> texts,
      List<Consumer<Json>> puts,
      String cue,
      int index,
      String field,
      RequestSites sites) {
    var joined = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        joined.append(' ').appendCodePoint(FIRST_JOIN + (i - 1) % JOINS);
      }
      joined.append(texts.get(i));
    }
    sites.add(
        new RequestSite(
            joined.toString(),
            cue,
            index,
            field,
            masked -> split(((JsonString) masked).value(), texts, puts)));
  }

  private static final int FIRST_JOIN = 0xFDD0;
  private static final int JOINS = 32;

  /** The masked pieces back into their items, each without the space its join added. */
  private static void split(String masked, List<String> texts, List<Consumer<Json>> puts) {
    int current = 0;
    var piece = new StringBuilder();
    for (int i = 0; i < masked.length(); ) {
      int cp = masked.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= FIRST_JOIN && cp < FIRST_JOIN + JOINS) {
        int join = current + 1 + Math.floorMod(cp - FIRST_JOIN - current, JOINS);
        if (join < texts.size()) {
          put(texts, puts, current, piece);
          for (int skipped = current + 1; skipped < join; skipped++) {
            puts.get(skipped).accept(new JsonString(""));
          }
          current = join;
          piece.setLength(0);
        }
        continue;
      }
      piece.appendCodePoint(cp);
    }
    put(texts, puts, current, piece);
    for (int skipped = current + 1; skipped < texts.size(); skipped++) {
      puts.get(skipped).accept(new JsonString(""));
    }
  }

  private static void put(
      List<String> texts, List<Consumer<Json>> puts, int at, StringBuilder piece) {
    var text = piece.toString().strip();
    if (!text.equals(texts.get(at))) {
      puts.get(at).accept(new JsonString(text));
    }
  }

  /** The pieces read after the end of the message before them, which holds their cue. */
  private static void learn(
      JsonArray messages, int first, List<JsonObject> run, RequestSites sites) {
    var said = new StringBuilder();
    if (first > 0
        && ((JsonObject) messages.get(first - 1)).get("content") instanceof JsonString before) {
      var cue = before.value().strip();
      int from = Math.max(0, cue.length() - LearningReadings.CONTEXT);
      said.append(cue.endsWith("?") ? PlainLines.asLabel(cue) : cue.substring(from)).append(' ');
    }
    for (var piece : run) {
      said.append(((JsonString) piece.get("content")).value().strip()).append(' ');
    }
    sites.add(RequestSite.learnOnly(said.toString().strip(), first, RequestFields.CONTENT));
  }

  /**
   * A user message of {@value #PIECE} chars at most whose words are each digits, one letter, or a
   * digit's word ("5", "oh", "k", "0186", "five six"): a piece of a value, never an answer such as
   * "yes" or "small".
   */
  private static boolean isPiece(JsonArray messages, int index) {
    var message = (JsonObject) messages.get(index);
    return message.get("content") instanceof JsonString text
        && "user".equals(message.string("role"))
        && isPiece(text.value());
  }

  private static boolean isPiece(String value) {
    if (value.length() > PIECE) {
      return false;
    }
    boolean any = false;
    int i = 0;
    while (i < value.length()) {
      if (!Character.isLetterOrDigit(value.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      boolean digits = true;
      while (end < value.length() && Character.isLetterOrDigit(value.charAt(end))) {
        digits &= Character.isDigit(value.charAt(end));
        end++;
      }
      var word = value.substring(i, end).toLowerCase(Locale.ROOT);
      if (!digits && end - i > 1 && !DIGIT_WORDS.contains(word)) {
        return false;
      }
      any = true;
      i = end;
    }
    return any;
  }

  private static final Set<String> DIGIT_WORDS =
      Set.of(
          "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "double", "triple", "dash");

  private static boolean isBackChannel(JsonArray messages, int index) {
    var message = (JsonObject) messages.get(index);
    return "assistant".equals(message.string("role"))
        && message.get("content") instanceof JsonString text
        && text.value().length() <= LearningReadings.SHORT_ANSWER;
  }
}
