package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds IPv4 addresses said aloud: "one nine two dot one six eight dot oh dot one", "ten dot zero
 * dot zero dot five", "one ninety two dot one sixty eight dot one dot forty four". Four parts of 0
 * to 255 joined by the word "dot" (a written "." counts too when at least one "dot" is said). A
 * part is digits said one by one, a number below one hundred, or both ("one sixty eight"); "oh" is
 * 0; a part with a leading zero ("oh one") is no part. The canonical form is the dotted address
 * ({@code 192.168.0.1}). Written addresses belong to the written-format recognizer; IPv6 is not
 * read aloud in practice and is not covered.
 */
public final class SpokenIpAddressRecognizer implements Recognizer {
  private static final int MAX_PIECES_PER_PART = 3;

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    var out = new ArrayList<Detection>();
    find(SpokenTokens.of(text), out);
    return out;
  }

  void find(List<SpokenToken> tokens, List<Detection> out) {
    int n = tokens.size();
    var part = new StringBuilder(4);
    var address = new StringBuilder(16);
    int i = 0;
    while (i < n) {
      if (i > 0 && continuesSomething(tokens.get(i - 1))) {
        // "two six seven dot …", "… four dot five dot six": no address starts inside a number
        i++;
        continue;
      }
      address.setLength(0);
      int k = i;
      int parts = 0;
      boolean spokenDot = false;
      boolean word = false;
      while (parts < 4) {
        part.setLength(0);
        int next = readPart(tokens, k, part);
        if (next < 0) {
          break;
        }
        for (int p = k; p < next; p++) {
          word |= tokens.get(p).isWord();
        }
        address.append(part);
        parts++;
        k = next;
        if (parts < 4) {
          if (k + 1 < n && (tokens.get(k).is("dot") || tokens.get(k).is("."))) {
            spokenDot |= tokens.get(k).is("dot");
            address.append('.');
            k++;
          } else {
            break;
          }
        }
      }
      if (parts == 4 && spokenDot && word && !followedByDotNumber(tokens, k)) {
        out.add(
            new Detection(
                EntityKind.IP_ADDRESS,
                tokens.get(i).start(),
                tokens.get(k - 1).end(),
                0.9,
                Pass.REGEX,
                address.toString()));
        i = k;
      } else {
        i++;
      }
    }
  }

  private static boolean continuesSomething(SpokenToken before) {
    return NumberWords.isNumberToken(before)
        || before.is("oh")
        || before.is("o")
        || before.is("dot")
        || before.is(".");
  }

  /** "… dot five dot six": a fifth part makes it something else, a version or a list. */
  private static boolean followedByDotNumber(List<SpokenToken> tokens, int k) {
    return k + 1 < tokens.size()
        && (tokens.get(k).is("dot") || tokens.get(k).is("."))
        && NumberWords.isNumberToken(tokens.get(k + 1));
  }

  /** One part of 0..255 at {@code from}; appends its digits, returns the index after it or -1. */
  private static int readPart(List<SpokenToken> tokens, int from, StringBuilder part) {
    int n = tokens.size();
    int k = from;
    int pieces = 0;
    while (k < n && pieces < MAX_PIECES_PER_PART && part.length() < 4) {
      var t = tokens.get(k);
      if (t.isNumber()) {
        part.append(t.text());
        k++;
      } else if (t.is("oh") || t.is("zero") || t.is("o")) {
        part.append('0');
        k++;
      } else {
        long small = NumberWords.belowHundred(tokens, k);
        if (small < 0) {
          break;
        }
        part.append(NumberWords.value(small));
        k = NumberWords.next(small);
      }
      pieces++;
    }
    if (pieces == 0 || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
      return -1;
    }
    return Integer.parseInt(part, 0, part.length(), 10) <= 255 ? k : -1;
  }
}
