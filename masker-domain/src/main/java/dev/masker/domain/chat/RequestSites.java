package dev.masker.domain.chat;

import dev.masker.domain.json.Json;
import dev.masker.domain.json.JsonArray;
import dev.masker.domain.json.JsonNumber;
import dev.masker.domain.json.JsonObject;
import dev.masker.domain.json.JsonParser;
import dev.masker.domain.json.JsonString;
import dev.masker.domain.json.JsonSyntaxException;
import dev.masker.domain.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The strings of a request to mask, as {@link RequestFields} reads them: plain text, JSON data
 * value by value (keys and numbers included), and names that must stay as they are; plus what to
 * run once they are masked (writing back the JSON documents held in strings, renaming keys).
 */
final class RequestSites {
  private final List<RequestSite> sites = new ArrayList<>();
  private final List<Runnable> commits = new ArrayList<>();

  List<RequestSite> sites() {
    return List.copyOf(sites);
  }

  List<Runnable> commits() {
    return List.copyOf(commits);
  }

  /** Runs {@code commit} once every site is masked. */
  void commit(Runnable commit) {
    commits.add(commit);
  }

  void add(RequestSite site) {
    sites.add(site);
  }

  /**
   * A string that may hold a JSON object or array (tool-call arguments, tool results): its string
   * and number values are sites, each with its key as the cue, and the document is written back
   * compactly once they are masked; anything else is one text site.
   */
  void embedded(Json value, int index, String field, Consumer<Json> put) {
    var text = ((JsonString) value).value();
    if (!embeddedDocument(text, null, index, field, put)) {
      sites.add(new RequestSite(text, null, index, field, put));
    }
  }

  /**
   * When {@code text} is a JSON object or array: its values as sites (read with their keys as cues)
   * and the document written back compactly once they are masked; false otherwise.
   */
  private boolean embeddedDocument(
      String text, String cue, int index, String field, Consumer<Json> put) {
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    if (first < text.length() && (text.charAt(first) == '{' || text.charAt(first) == '[')) {
      Json parsed = null;
      try {
        parsed = JsonParser.parseWhole(text);
      } catch (JsonSyntaxException notJson) {
        // masked as text below
      }
      if (parsed != null) {
        // The document itself is replaced when its keys are masked: written back as it ends up.
        var document = new Json[] {parsed};
        values(parsed, cue, index, field, replaced -> document[0] = replaced);
        commits.add(() -> put.accept(new JsonString(JsonWriter.write(document[0]))));
        return true;
      }
    }
    return false;
  }

  /**
   * An array read as the text its items make in order, only to learn from: the turns of a
   * transcript ({@code [{"text": "my number is 415"}, {"text": "555 0134"}]}) or its words one per
   * item ({@code [{"word": "415"}, {"word": "555"}, …]}, {@code ["my", "name", "is", …]}) say a
   * value none of them says alone. The strings directly in the array, and the strings each object
   * item holds under one key, are joined by spaces, one text per key found in two items or more.
   */
  private void sequence(JsonArray array, int index, String field) {
    if (array.size() < 2) {
      return;
    }
    var texts = new LinkedHashMap<String, StringBuilder>();
    var counts = new java.util.HashMap<String, Integer>();
    for (var item : array) {
      if (item instanceof JsonString text) {
        append(texts, counts, "", text.value());
      } else if (item instanceof JsonObject object) {
        for (var entry : object.entries()) {
          if (entry.getValue() instanceof JsonString text) {
            append(texts, counts, entry.getKey(), text.value());
          }
        }
      }
    }
    for (var entry : texts.entrySet()) {
      if (counts.get(entry.getKey()) >= 2) {
        sites.add(RequestSite.learnOnly(entry.getValue().toString(), index, field));
      }
    }
  }

  private static void append(
      Map<String, StringBuilder> texts, Map<String, Integer> counts, String key, String text) {
    var joined = texts.computeIfAbsent(key, k -> new StringBuilder());
    if (joined.length() > 0) {
      joined.append(' ');
    }
    joined.append(text);
    counts.merge(key, 1, Integer::sum);
  }

  /**
   * Every string and number in a JSON value, each with its key (or the key of the array holding it)
   * as the cue. Keys, booleans and nulls are kept.
   */
  void values(Json value, String cue, int index, String field, Consumer<Json> put) {
    if (value instanceof JsonString text) {
      // A value that is a JSON document itself ({"payload": "{\"family\": …}"}) is read inside.
      if (!text.value().isEmpty() && !embeddedDocument(text.value(), cue, index, field, put)) {
        sites.add(new RequestSite(text.value(), cue, index, field, put));
        CellCodes.read(text.value(), cue, index, field, this);
      }
    } else if (value instanceof JsonNumber number) {
      // A number can be a phone number or an SSN; masked, it goes back as a string token.
      sites.add(new RequestSite(number.text(), cue, index, field, put));
      CellCodes.read(number.text(), cue, index, field, this);
      var whole = WholeNumbers.of(number.text());
      if (whole != null) {
        sites.add(RequestSite.learnOnly(whole, cue, index, field));
      }
    } else if (value instanceof JsonObject object) {
      // Keys are data too ({"Maria Lopez": {...}}): each is masked as text, and the object is
      // rebuilt with the masked keys, in order, once its values are masked.
      var renamed = new LinkedHashMap<String, String>();
      var groups = DigitGroupMembers.of(object);
      if (groups != null) {
        sites.add(RequestSite.learnOnly(groups, index, field));
      }
      var label = label(object);
      var rowsKey = rowsKey(object);
      var columns = rowsKey == null ? null : columns(object, rowsKey);
      for (var entry : object.entries()) {
        var named = label != null && VALUE_KEYS.contains(entry.getKey());
        if (columns != null && entry.getKey().equals(rowsKey)) {
          rows(entry.getValue(), columns, index, field);
        } else {
          values(
              entry.getValue(),
              named ? label : KeyCues.cue(object, entry.getKey()),
              index,
              field,
              entry::setValue);
        }
        var key = entry.getKey();
        if (!key.isEmpty()) {
          sites.add(
              new RequestSite(
                  key,
                  null,
                  index,
                  field,
                  masked -> renamed.put(key, ((JsonString) masked).value())));
          CellCodes.read(key, null, index, field, this);
        }
      }
      PieceByPiece.indexed(object, cue, index, field, this); // ADR 38: {"0": "D", "1": "r", …}
      commits.add(
          () -> {
            if (!renamed.isEmpty()) {
              put.accept(withKeys(object, renamed));
            }
          });
    } else if (value instanceof JsonArray array) {
      pairs(array, index, field);
      sequence(array, index, field);
      var header = header(array);
      for (int i = 0; i < array.size(); i++) {
        int at = i;
        if (header != null && i > 0) {
          row((JsonArray) array.get(i), header, index, field);
        } else {
          values(array.get(i), cue, index, field, masked -> array.set(at, masked));
        }
      }
      // The word items of a speech-to-text result, masked joined once each word is (ADR 22): the
      // joined masking is written last, over the words.
      sites.addAll(WordItems.sites(array, index, field));
      PieceByPiece.items(array, cue, index, field, this); // ADR 36: ["5", "4", "1", …]
    }
  }

  /**
   * An array of label and value pairs ({@code [["last name", "Halvorsen"], ["mrn", 40071882]]}),
   * which also looks like a table whose header is its first pair: each value is also read, only to
   * learn from, with its label as the cue; what is learned is then masked where it is.
   */
  private void pairs(JsonArray array, int index, String field) {
    for (var item : array) {
      if (!(item instanceof JsonArray pair)
          || pair.size() != 2
          || !(pair.get(0) instanceof JsonString label)
          || label.value().isBlank()
          || label.value().length() > MAX_LABEL
          || !(pair.get(1) instanceof JsonString || pair.get(1) instanceof JsonNumber)) {
        return;
      }
    }
    for (var item : array) {
      var pair = (JsonArray) item;
      var value =
          pair.get(1) instanceof JsonString text ? text.value() : ((JsonNumber) pair.get(1)).text();
      if (!value.isEmpty()) {
        sites.add(
            new RequestSite(
                value,
                ChatRequest.cue(((JsonString) pair.get(0)).value()),
                index,
                field,
                learned -> {},
                null,
                true));
      }
    }
  }

  /** Keys of a member whose value another member names ({"system": "phone", "value": …}). */
  private static final Set<String> VALUE_KEYS = Set.of("value", "val", "v", "data");

  /** Keys of a member that names what the value member holds. */
  private static final List<String> LABEL_KEYS =
      List.of("label", "name", "field", "key", "k", "system", "type", "code", "title");

  /**
   * What an object's value member is, as words, when a sibling names it: FHIR's {@code {"system":
   * "phone", "value": "4155552671"}}, form data's {@code {"label": "last name", "value": …}},
   * {@code {"type": {"text": "MRN"}, "value": …}}; null when the object has no value member or
   * nothing names it.
   */
  private static String label(JsonObject object) {
    boolean hasValue = false;
    for (var key : VALUE_KEYS) {
      hasValue |= object.has(key);
    }
    if (!hasValue) {
      return null;
    }
    for (var key : LABEL_KEYS) {
      var named = object.get(key);
      if (named instanceof JsonObject coded && coded.get("text") instanceof JsonString text) {
        named = text;
      }
      if (named instanceof JsonString text
          && !text.value().isBlank()
          && text.value().length() <= MAX_LABEL) {
        return ChatRequest.cue(text.value());
      }
    }
    return null;
  }

  private static final int MAX_LABEL = 40;

  /**
   * The header of an array that is a table ({@code [["first", "last"], ["Dagny", "Halvorsen"]]}):
   * its first item, an array of short strings, when every other item is an array; else null.
   */
  private static List<String> header(JsonArray array) {
    if (array.size() < 2 || !(array.get(0) instanceof JsonArray first) || first.size() < 2) {
      return null;
    }
    var names = new ArrayList<String>(first.size());
    for (var cell : first) {
      if (!(cell instanceof JsonString name)
          || name.value().isBlank()
          || name.value().length() > MAX_LABEL) {
        return null;
      }
      names.add(ChatRequest.cue(name.value()));
    }
    for (int i = 1; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonArray)) {
        return null;
      }
    }
    return names;
  }

  /** Keys of a table's column names, and of its rows, in an object that holds both. */
  private static final List<String> COLUMNS_KEYS =
      List.of("columns", "header", "headers", "fields");

  private static final List<String> ROWS_KEYS = List.of("rows", "data", "values", "records");

  /** The key of an object's rows when it also has column names, or null. */
  private static String rowsKey(JsonObject object) {
    for (var key : ROWS_KEYS) {
      if (object.get(key) instanceof JsonArray) {
        return key;
      }
    }
    return null;
  }

  /**
   * The column names of an object that holds a table as {@code {"columns": ["first", "last"],
   * "rows": [["Dagny", "Halvorsen"]]}} (its rows under {@code rowsKey}), or null.
   */
  private static List<String> columns(JsonObject object, String rowsKey) {
    for (var key : COLUMNS_KEYS) {
      if (object.get(key) instanceof JsonArray names) {
        var table = new JsonArray();
        table.add(names);
        for (var row : (JsonArray) object.get(rowsKey)) {
          table.add(row);
        }
        return header(table);
      }
    }
    return null;
  }

  private void rows(Json rows, List<String> header, int index, String field) {
    var table = (JsonArray) rows;
    for (var row : table) {
      row((JsonArray) row, header, index, field);
    }
  }

  /** One row of a table: each cell with its column's name as the cue. */
  private void row(JsonArray row, List<String> header, int index, String field) {
    for (int i = 0; i < row.size(); i++) {
      int at = i;
      values(
          row.get(i),
          i < header.size() ? header.get(i) : null,
          index,
          field,
          masked -> row.set(at, masked));
    }
  }

  /** {@code object} with its keys renamed, in order; a key met twice gets a numbered twin. */
  static JsonObject withKeys(JsonObject object, Map<String, String> renamed) {
    var rebuilt = new JsonObject();
    for (var entry : object.entries()) {
      var key = renamed.getOrDefault(entry.getKey(), entry.getKey());
      var unique = key;
      for (int n = 2; rebuilt.has(unique); n++) {
        unique = key + "#" + n;
      }
      rebuilt.put(unique, entry.getValue());
    }
    return rebuilt;
  }

  void text(Json value, int index, String field, String cue, JsonObject holder, String key) {
    var text = ((JsonString) value).value();
    if (!text.isEmpty()) {
      sites.add(new RequestSite(text, cue, index, field, masked -> holder.put(key, masked)));
    }
  }

  /**
   * The text parts of one message, masked as one text: joined with a Unicode noncharacter (U+FDD0
   * and on, one per join, taken in turn and again from the first after the 32nd) between each two,
   * which detection reads as nothing (or as a space between two digits) and tokens never keep, so
   * that a value split across parts is found however many parts the message has; the masked text is
   * split back at the joins. A join a replacement swallowed leaves the parts it joined empty after
   * the first, which holds the token. Joins come back in order, so a join's noncharacter says which
   * join it is: the first after the last one met that has its noncharacter (a replacement that
   * swallowed 32 joins or more would put the text after it in an earlier part, never in clear).
   */
  void joined(List<JsonObject> parts, int index, String field) {
    joined(parts, "text", index, field);
  }

  /** As {@link #joined(List, int, String)}, for the strings the objects hold under {@code key}. */
  void joined(List<JsonObject> parts, String key, int index, String field) {
    var joined = new StringBuilder();
    var apart = new StringBuilder();
    boolean glued = false;
    for (int i = 0; i < parts.size(); i++) {
      var text = ((JsonString) parts.get(i).get(key)).value();
      if (i > 0) {
        joined.appendCodePoint(FIRST_JOIN + (i - 1) % JOINS);
        glued |=
            apart.length() > 0
                && !text.isEmpty()
                && Character.isLetterOrDigit(apart.charAt(apart.length() - 1))
                && Character.isLetterOrDigit(text.charAt(0));
        apart.append(' ');
      }
      joined.append(text);
      apart.append(text);
    }
    if (glued) {
      // Parts that meet letter to letter or digit to digit ("MRN" | "40071882") read as one word
      // once joined; a model may read them apart, as a label and its value: read so too, to learn.
      sites.add(RequestSite.learnOnly(apart.toString(), index, field));
    }
    sites.add(
        new RequestSite(
            joined.toString(),
            null,
            index,
            field,
            masked -> split(((JsonString) masked).value(), parts, key)));
  }

  /** Noncharacters U+FDD0 to U+FDEF: the joins between parts, taken in turn. */
  private static final int FIRST_JOIN = 0xFDD0;

  private static final int JOINS = 32;

  private static void split(String masked, List<JsonObject> parts, String key) {
    int current = 0;
    var piece = new StringBuilder();
    for (int i = 0; i < masked.length(); ) {
      int cp = masked.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= FIRST_JOIN && cp < FIRST_JOIN + JOINS) {
        // join number j (from 1) is written FIRST_JOIN + (j - 1) % JOINS
        int join = current + 1 + Math.floorMod(cp - FIRST_JOIN - current, JOINS);
        if (join < parts.size()) {
          parts.get(current).put(key, new JsonString(piece.toString()));
          for (int skipped = current + 1; skipped < join; skipped++) {
            parts.get(skipped).put(key, new JsonString(""));
          }
          current = join;
          piece.setLength(0);
        }
        continue;
      }
      piece.appendCodePoint(cp);
    }
    parts.get(current).put(key, new JsonString(piece.toString()));
    for (int skipped = current + 1; skipped < parts.size(); skipped++) {
      parts.get(skipped).put(key, new JsonString(""));
    }
  }

  static Consumer<Json> holder(JsonObject object, String key) {
    return value -> object.put(key, value);
  }

  /**
   * A name the model calls or quotes (a function's, a tool's, a schema's): passed as it is, so it
   * must be a word, and it is refused if it holds a value the policy masks ("lookup_maria_lopez"):
   * masking it would break the call, forwarding it would leak.
   */
  void name(Json value, String path) {
    FieldCheck.expect(
        FieldCheck.isWord(value), path, "must be a name of letters, digits, '_' and '-'");
    sites.add(RequestSite.unchangeable(((JsonString) value).value(), path));
  }

  /**
   * A name in a tool's or response format's JSON Schema (a property name, a pattern): passed as it
   * is, and refused at {@code path} if it holds a value the policy masks.
   */
  void structure(String text, String path) {
    if (!text.isEmpty()) {
      sites.add(RequestSite.unchangeable(text, path));
    }
  }

  /**
   * Every string of a value passed as it is (a tool choice, a custom tool's grammar), each checked
   * like a {@link #structure} at its own path.
   */
  void structures(Json value, String path) {
    if (value instanceof JsonString text) {
      structure(text.value(), path);
    } else if (value instanceof JsonObject object) {
      for (var entry : object.entries()) {
        structures(entry.getValue(), path + "." + entry.getKey());
      }
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        structures(array.get(i), path + "[" + i + "]");
      }
    }
  }

  /** Numbers of this many digits or more that are passed as they are are checked for values. */
  static final int LONG_NUMBER = 6;

  /**
   * A number passed as it is (a seed, a schema's maximum): one of {@link #LONG_NUMBER} digits or
   * more can be the caller's phone number, so it is checked like a {@link #structure}.
   */
  void longNumber(JsonNumber number, String path) {
    int digits = 0;
    for (int i = 0; i < number.text().length(); i++) {
      digits += Character.isDigit(number.text().charAt(i)) ? 1 : 0;
    }
    if (digits >= LONG_NUMBER) {
      structure(number.text(), path);
    }
  }
}
