package dev.masker.domain.masking.known;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A known number said again one digit off, as a speech-to-text engine mishears a digit or a caller
 * swaps two ("52930472" or "52930417" after "MRN 52930471"), or read out backwards ("7810555213"
 * after "312 555 0187"). A model reads seven of eight digits of a record number as well as all
 * eight; the exact search cannot find it.
 *
 * <p>A run of digits in the text (groups and separators folded away, {@link CompactText}) is such a
 * recurrence when it has as many digits as a known number of an identifying kind of {@value
 * #MIN_DIGITS} digits or more and differs from it by one digit, by two neighbours swapped, or is it
 * reversed. Dates and ages are left out: a birth date one day off is another date. The run must be
 * whole: a longer number holding a near miss is another number. The look-up is by length, so the
 * search stays linear in the text. A recurrence keeps the digits it was said with as its value, so
 * the model's answer gets back what the caller said.
 */
final class MisheardNumbers {
  static final int MIN_DIGITS = 7;

  static final MisheardNumbers EMPTY = new MisheardNumbers(Map.of());

  private static final Set<EntityKind> NOT_NUMBERS =
      EnumSet.of(EntityKind.DATE, EntityKind.DOB, EntityKind.AGE);

  /** The known numbers by how many digits they have. */
  private final Map<Integer, List<ValueForms.Form>> byLength;

  private MisheardNumbers(Map<Integer, List<ValueForms.Form>> byLength) {
    this.byLength = byLength;
  }

  static MisheardNumbers of(List<ValueForms.Form> all) {
    var byLength = new HashMap<Integer, List<ValueForms.Form>>();
    for (var form : all) {
      if (form.isDigits()
          && form.text().length() >= MIN_DIGITS
          && !NOT_NUMBERS.contains(form.kind())) {
        byLength.computeIfAbsent(form.text().length(), length -> new ArrayList<>()).add(form);
      }
    }
    return byLength.isEmpty() ? EMPTY : new MisheardNumbers(Map.copyOf(byLength));
  }

  /**
   * Adds every run of digits of {@code compact} that is a known number misheard to {@code found}.
   */
  void find(CompactText compact, List<Detection> found) {
    if (byLength.isEmpty()) {
      return;
    }
    int n = compact.size();
    int i = 0;
    while (i < n) {
      if (!isDigit(compact.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < n && isDigit(compact.charAt(end + 1))) {
        end++;
      }
      var forms = byLength.get(end - i + 1);
      if (forms != null) {
        var run = new String(chars(compact, i, end + 1));
        for (var form : forms) {
          ScanSteps.record(run.length());
          if (isMisheard(run, form.text())) {
            found.add(form.spoken(compact.originalStart(i), compact.originalEnd(end), run));
            break;
          }
        }
      }
      i = end + 1;
    }
    ScanSteps.record(n);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static char[] chars(CompactText compact, int from, int to) {
    var out = new char[to - from];
    for (int k = from; k < to; k++) {
      out[k - from] = compact.charAt(k);
    }
    return out;
  }

  /** One digit changed, two neighbours swapped, or the number backwards (not the number itself). */
  static boolean isMisheard(String run, String known) {
    if (run.equals(known)) {
      return false;
    }
    if (new StringBuilder(known).reverse().toString().equals(run)) {
      return true;
    }
    int first = -1;
    int differences = 0;
    for (int k = 0; k < run.length(); k++) {
      if (run.charAt(k) != known.charAt(k)) {
        if (differences++ == 0) {
          first = k;
        }
        if (differences > 2) {
          return false;
        }
      }
    }
    return differences == 1
        || (differences == 2
            && first + 1 < run.length()
            && run.charAt(first) == known.charAt(first + 1)
            && run.charAt(first + 1) == known.charAt(first));
  }
}
