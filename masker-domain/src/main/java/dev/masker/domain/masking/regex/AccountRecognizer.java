package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Account numbers after a cue ("account number", "acct", "account #", "patient account", "billing
 * account"): 6 to 17 digits, in groups if spoken so ("account number is 0012 3456 789"), after an
 * optional prefix of up to three letters and a dash ("PA-2210087"). Canonical form: the digits,
 * after the prefix in upper case if there is one. Bank routing numbers name a bank, not a person,
 * and are not reported.
 */
public final class AccountRecognizer implements Recognizer {
  private static final CuedValue ACCOUNT =
      new CuedValue(
          EntityKind.ACCOUNT,
          Cue.of(
              "account number",
              "account no",
              "account num",
              "account",
              "acct",
              "acct no",
              "a/c",
              "patient account",
              "bank account",
              "checking account",
              "savings account",
              "billing account"),
          6,
          17,
          true,
          0.85);

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(1);
    ACCOUNT.findIn(text, out);
    return out;
  }
}
