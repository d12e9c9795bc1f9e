package dev.masker.domain.masking.eval;

import dev.masker.domain.masking.EntityKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Reads a labelled corpus written in inline markup: one example a line, {@code id<TAB>text}, where
 * each labelled value is written {@code [[KIND|surface text]]}. Blank lines and lines starting with
 * {@code #} are comments. Offsets are computed from the markup, so they cannot drift from the text.
 *
 * <p>Every mistake in the markup (no tab, a duplicate id, an unknown kind, a bracket left open or
 * closed twice, a label nested in a label, an empty label or one with surrounding blanks or
 * trailing punctuation) is a {@link CorpusFormatError} naming the file and line.
 */
public final class LabelledCorpus {

  /** The voice-call turns, as speech-to-text writes them. */
  public static final String VOICE = "voice.tsv";

  /** Ordinary written text: emails, chat, clinical notes. */
  public static final String WRITTEN = "written.tsv";

  private static final String OPEN = "[[";
  private static final String CLOSE = "]]";
  private static final String TRAILING_PUNCTUATION = ",;:!?";

  private LabelledCorpus() {}

  /** Both corpus files, voice first. */
  public static List<Example> all() {
    var examples = new ArrayList<Example>(load(VOICE));
    examples.addAll(load(WRITTEN));
    return List.copyOf(examples);
  }

  /** A corpus file next to this class on the test class path, e.g. {@link #VOICE}. */
  public static List<Example> load(String resourceName) {
    var stream = LabelledCorpus.class.getResourceAsStream(resourceName);
    if (stream == null) {
      throw new IllegalArgumentException("no corpus resource " + resourceName);
    }
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return parse(resourceName, reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + resourceName, e);
    }
  }

  /**
   * {@link #load}, with each U+2028 read as the line break it stands for inside an example (one
   * char: offsets stay), as the generated corpora write records over several lines.
   */
  public static List<Example> loadWithLineBreaks(String resourceName) {
    var examples = new java.util.ArrayList<Example>();
    for (var example : load(resourceName)) {
      examples.add(
          new Example(example.id(), example.text().replace('\u2028', '\n'), example.entities()));
    }
    return examples;
  }

  /** The examples of the lines of a corpus file; {@code source} names it in errors. */
  public static List<Example> parse(String source, List<String> lines) {
    var examples = new ArrayList<Example>();
    var ids = new HashSet<String>();
    for (int i = 0; i < lines.size(); i++) {
      var line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      var example = parseLine(source, i + 1, line);
      if (!ids.add(example.id())) {
        throw new CorpusFormatError(source, i + 1, "duplicate id " + example.id());
      }
      examples.add(example);
    }
    return List.copyOf(examples);
  }

  /** One line, {@code id<TAB>marked-up text}. */
  public static Example parseLine(String source, int lineNumber, String line) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new CorpusFormatError(source, lineNumber, "expected id<TAB>text");
    }
    var id = line.substring(0, tab);
    if (id.isEmpty() || !id.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      throw new CorpusFormatError(source, lineNumber, "the id must be printable ASCII, no blanks");
    }
    var markup = line.substring(tab + 1);
    var text = new StringBuilder(markup.length());
    var entities = new ArrayList<GoldEntity>();
    int i = 0;
    while (i < markup.length()) {
      if (markup.startsWith(CLOSE, i)) {
        throw new CorpusFormatError(
            source, lineNumber, "]] without [[ at column " + column(tab, i));
      }
      if (!markup.startsWith(OPEN, i)) {
        text.append(markup.charAt(i));
        i++;
        continue;
      }
      int bar = markup.indexOf('|', i + OPEN.length());
      int close = markup.indexOf(CLOSE, i + OPEN.length());
      int nested = markup.indexOf(OPEN, i + OPEN.length());
      if (close < 0) {
        throw new CorpusFormatError(source, lineNumber, "[[ not closed, column " + column(tab, i));
      }
      if (nested >= 0 && nested < close) {
        throw new CorpusFormatError(
            source, lineNumber, "[[ inside a label at column " + column(tab, nested));
      }
      if (bar < 0 || bar > close) {
        throw new CorpusFormatError(
            source, lineNumber, "label without KIND| at column " + column(tab, i));
      }
      var kindName = markup.substring(i + OPEN.length(), bar);
      var kind =
          EntityKind.fromName(kindName)
              .filter(k -> k.name().equals(kindName))
              .orElseThrow(
                  () ->
                      new CorpusFormatError(source, lineNumber, "unknown kind '" + kindName + "'"));
      var surface = markup.substring(bar + 1, close);
      checkSurface(source, lineNumber, kind, surface);
      int start = text.length();
      text.append(surface);
      entities.add(new GoldEntity(kind, start, text.length()));
      i = close + CLOSE.length();
    }
    return new Example(id, text.toString(), entities);
  }

  private static void checkSurface(String source, int lineNumber, EntityKind kind, String surface) {
    if (surface.isEmpty()) {
      throw new CorpusFormatError(source, lineNumber, "empty " + kind + " label");
    }
    if (surface.indexOf('|') >= 0) {
      throw new CorpusFormatError(source, lineNumber, "a " + kind + " label holds a second |");
    }
    if (Character.isWhitespace(surface.charAt(0))
        || Character.isWhitespace(surface.charAt(surface.length() - 1))) {
      throw new CorpusFormatError(
          source, lineNumber, "a " + kind + " label starts or ends with a blank");
    }
    if (TRAILING_PUNCTUATION.indexOf(surface.charAt(surface.length() - 1)) >= 0) {
      throw new CorpusFormatError(source, lineNumber, "a " + kind + " label ends with punctuation");
    }
  }

  private static int column(int tab, int indexInMarkup) {
    return tab + 2 + indexInMarkup;
  }
}
