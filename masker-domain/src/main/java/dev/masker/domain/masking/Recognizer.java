package dev.masker.domain.masking;

import java.util.List;

/**
 * Finds values of one or more kinds in a text. Implementations are stateless and thread-safe, run
 * in time linear in the text (no backtracking regex on untrusted input), and do not depend on
 * capital letters being present: transcripts are often lower case.
 */
public interface Recognizer {
  /** The pass this recognizer belongs to. */
  Pass pass();

  /** Every value found, in any order; overlaps are allowed and resolved later. */
  List<Detection> find(String text);
}
