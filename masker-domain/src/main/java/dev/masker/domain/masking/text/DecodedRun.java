package dev.masker.domain.masking.text;

/** A run of base64, base32 or hex in a text: its span and the text it decodes to. */
public record DecodedRun(int start, int end, String decoded) {
  @Override
  public String toString() {
    return "DecodedRun[" + start + ", " + end + "]"; // never the decoded text
  }
}
