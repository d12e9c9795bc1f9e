package dev.masker.domain.masking.eval;

/**
 * A corpus file whose markup is wrong; the message names the file and the line, and never quotes
 * the labelled value.
 */
public final class CorpusFormatError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CorpusFormatError(String source, int lineNumber, String problem) {
    super(source + ":" + lineNumber + ": " + problem);
  }
}
