package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IP addresses: IPv4 dotted quads and IPv6 addresses (full, compressed, IPv4-suffixed), each
 * checked by {@link IpAddresses}; a dotted quad that fails the check is still reported right after
 * an IP cue ({@link CueOverValidator}). Canonical form: IPv4 as written, IPv6 in lower case. Times
 * ("10:30:45") and version numbers with fewer than four parts are not addresses.
 */
public final class IpAddressRecognizer implements Recognizer {
  private static final Pattern IPV4 =
      Pattern.compile("(?<![\\w.:])\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\w]|\\.\\d|:[0-9a-f])");
  private static final Pattern IPV6_CANDIDATE =
      Pattern.compile("(?<![\\w:.])[0-9a-f:][0-9a-f:.]{1,44}(?![\\w:])", Pattern.CASE_INSENSITIVE);
  private static final Cue CUE = Cue.of("ip", "ip address", "ipv4", "ip addr", "i.p. address");

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    Anchored v4 =
        Anchored.atDigitWordStarts(
            IPV4,
            text,
            (t, i) ->
                Anchored.digitRunAt(t, i, 1, 3)
                    && Anchored.oneOfAt(t, i + Anchored.digitsAt(t, i, 3), "."));
    while (v4.find()) {
      int start = v4.start();
      // octets over 255 or with leading zeros only right after an IP cue
      double confidence =
          CueOverValidator.confidence(
              IpAddresses.isIpv4(text, start, v4.end()),
              () -> CUE.precedes(text, start, CueOverValidator.WORDS),
              0.9);
      if (confidence != CueOverValidator.NOT_REPORTED) {
        out.add(
            new Detection(
                EntityKind.IP_ADDRESS, start, v4.end(), confidence, Pass.REGEX, v4.group()));
      }
    }
    Anchored v6 = Anchored.atWordStarts(IPV6_CANDIDATE, text, IpAddressRecognizer::mayStartIpv6);
    while (v6.find()) {
      int end = v6.end();
      while (end > v6.start() && text.charAt(end - 1) == '.') {
        end--;
      }
      String candidate = text.substring(v6.start(), end);
      if (colons(candidate) >= 2
          && colons(candidate) < candidate.length() - 1
          && IpAddresses.isIpv6(candidate)) {
        out.add(
            new Detection(
                EntityKind.IP_ADDRESS,
                v6.start(),
                end,
                0.92,
                Pass.REGEX,
                candidate.toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  /** Hex digits or colons here, a colon within the first five chars, not inside a word. */
  private static boolean mayStartIpv6(String text, int i) {
    char c = text.charAt(i);
    if (!(c == ':' || Anchored.isHex(c))) {
      return false;
    }
    if (i > 0) {
      char before = text.charAt(i - 1);
      if (Anchored.isWordChar(before) || before == ':' || before == '.') {
        return false;
      }
    }
    int limit = Math.min(text.length(), i + 5);
    for (int j = i; j < limit; j++) {
      char d = text.charAt(j);
      if (d == ':') {
        return true;
      }
      if (!Anchored.isHex(d)) {
        return false;
      }
    }
    return false;
  }

  private static int colons(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ':') {
        n++;
      }
    }
    return n;
  }
}
