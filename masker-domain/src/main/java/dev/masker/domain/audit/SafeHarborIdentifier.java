package dev.masker.domain.audit;

import dev.masker.domain.masking.EntityKind;
import java.util.Arrays;
import java.util.List;

/**
 * The eighteen identifiers of the HIPAA Safe Harbor method (45 CFR 164.514(b)(2)(i), A to R), each
 * with the key a report names it by and the entity kinds that cover it (by {@link
 * EntityKind#safeHarbor()}). P (biometrics) and Q (photographs) never occur in text: no kind covers
 * them.
 */
public enum SafeHarborIdentifier {
  A("A_names", "Names"),
  B("B_geography", "Geographic subdivisions smaller than a state"),
  C("C_dates", "Dates (except year) and ages over 89"),
  D("D_telephone", "Telephone numbers"),
  E("E_fax", "Fax numbers"),
  F("F_email", "Email addresses"),
  G("G_ssn", "Social security numbers"),
  H("H_mrn", "Medical record numbers"),
  I("I_health_plan", "Health plan beneficiary numbers"),
  J("J_account", "Account numbers"),
  K("K_license", "Certificate and licence numbers"),
  L("L_vehicle", "Vehicle identifiers and serial numbers"),
  M("M_device", "Device identifiers and serial numbers"),
  N("N_url", "Web URLs"),
  O("O_ip", "IP addresses"),
  P("P_biometric", "Biometric identifiers"),
  Q("Q_photo", "Full-face photographs and comparable images"),
  R("R_other", "Any other unique identifying number, characteristic or code");

  private final String key;
  private final String title;

  SafeHarborIdentifier(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /** The member name in a report's {@code safe_harbor_coverage}, e.g. {@code A_names}. */
  public String key() {
    return key;
  }

  /** The identifier as the rule words it, for people. */
  public String title() {
    return title;
  }

  /** The kinds that cover this identifier, in the order of {@link EntityKind}; none for P and Q. */
  public List<EntityKind> kinds() {
    var letter = name().charAt(0);
    return Arrays.stream(EntityKind.values()).filter(kind -> kind.safeHarbor() == letter).toList();
  }
}
