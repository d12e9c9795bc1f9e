package dev.masker.domain.masking;

import dev.masker.domain.masking.policy.AuditSettings;
import dev.masker.domain.masking.policy.EntityRule;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.Tokenization;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Which entity kinds each built-in pass really finds, and how sure it is: measured, not declared.
 * {@link #probe()} runs each built-in pass ({@code regex}, {@code lexicon}) alone over one made-up
 * sentence per kind ({@link #SAMPLES}: fictional names, reserved numbers, {@code example.com}) and
 * keeps the confidence of the detection of that kind, if the pass found one. A recognizer that
 * stops finding a kind shows here, and so in every report's Safe Harbor matrix. The {@code ner}
 * pass is not probed: what a model finds depends on the model, not on this engine.
 */
public final class DetectableKinds {
  /**
   * One ordinary sentence per kind, as a caller says it; none is anyone's data. Changing one
   * changes what reports attest: keep each the plainest form of its kind.
   */
  static final Map<EntityKind, String> SAMPLES = samples();

  private final Map<Pass, Map<EntityKind, Double>> found;

  private DetectableKinds(Map<Pass, Map<EntityKind, Double>> found) {
    var copy = new EnumMap<Pass, Map<EntityKind, Double>>(Pass.class);
    found.forEach(
        (pass, kinds) -> {
          var kindCopy = new EnumMap<EntityKind, Double>(EntityKind.class);
          kindCopy.putAll(kinds);
          copy.put(pass, Collections.unmodifiableMap(kindCopy));
        });
    this.found = Collections.unmodifiableMap(copy);
  }

  /** What the engine's built-in passes find, measured once per process. */
  public static DetectableKinds probe() {
    return Probed.KINDS;
  }

  /** A given table of what each pass finds, with the confidence of each kind (for tests). */
  public static DetectableKinds of(Map<Pass, Map<EntityKind, Double>> found) {
    return new DetectableKinds(found);
  }

  /**
   * The confidence with which {@code pass} found the sample of {@code kind}; empty if it did not.
   */
  public OptionalDouble confidence(Pass pass, EntityKind kind) {
    var kinds = found.get(pass);
    if (kinds == null || !kinds.containsKey(kind)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(kinds.get(kind));
  }

  /** Whether {@code pass} found the sample of {@code kind}. */
  public boolean finds(Pass pass, EntityKind kind) {
    return confidence(pass, kind).isPresent();
  }

  private static final class Probed {
    static final DetectableKinds KINDS = measure();

    private static DetectableKinds measure() {
      var found = new EnumMap<Pass, Map<EntityKind, Double>>(Pass.class);
      for (var pass : List.of(Pass.REGEX, Pass.LEXICON)) {
        var detector = Detector.of(probePolicy(pass));
        var kinds = new EnumMap<EntityKind, Double>(EntityKind.class);
        SAMPLES.forEach(
            (kind, sample) ->
                detector.detect(sample).stream()
                    .filter(detection -> detection.kind() == kind)
                    .mapToDouble(Detection::confidence)
                    .max()
                    .ifPresent(confidence -> kinds.put(kind, confidence)));
        found.put(pass, kinds);
      }
      return new DetectableKinds(found);
    }

    /** Only {@code pass}, every kind on at threshold 0: whatever the pass finds is kept. */
    private static Policy probePolicy(Pass pass) {
      var rules = new EnumMap<EntityKind, EntityRule>(EntityKind.class);
      for (var kind : EntityKind.values()) {
        rules.put(kind, new EntityRule(true, true, true, false, 0.0, Action.TOKENIZE));
      }
      return Policy.of(
          "detectable-kinds-probe",
          1,
          "",
          "K_PROBE",
          Tokenization.VAULT_DETERMINISTIC,
          List.of(pass),
          rules,
          List.of(),
          List.of(),
          List.of(),
          AuditSettings.DEFAULT,
          "");
    }
  }

  private static Map<EntityKind, String> samples() {
    var samples = new EnumMap<EntityKind, String>(EntityKind.class);
    samples.put(EntityKind.NAME, "Hello, my name is Maria Lopez.");
    samples.put(EntityKind.ADDRESS, "I live at 1234 Elm Street.");
    samples.put(EntityKind.LOCATION, "I moved here from Springfield, Illinois.");
    samples.put(EntityKind.ZIP, "My zip code is 90210.");
    samples.put(EntityKind.DATE, "The appointment is on March 3, 2024.");
    samples.put(EntityKind.DOB, "My date of birth is 03/03/1982.");
    samples.put(EntityKind.AGE, "I am 93 years old.");
    samples.put(EntityKind.PHONE, "Call me at 415 555 2671.");
    samples.put(EntityKind.FAX, "My fax number is 415 555 2672.");
    samples.put(EntityKind.EMAIL, "Write to maria.lopez@example.com please.");
    samples.put(EntityKind.SSN, "My social security number is 219-09-9999.");
    samples.put(EntityKind.MRN, "My MRN is 4821377.");
    samples.put(EntityKind.HEALTH_PLAN_ID, "My Medicare number is 1EG4-TE5-MK73.");
    samples.put(EntityKind.ACCOUNT, "My account number is 88217730945.");
    samples.put(EntityKind.CREDIT_CARD, "My card is 4111 1111 1111 1111.");
    samples.put(EntityKind.IBAN, "My IBAN is GB82 WEST 1234 5698 7654 32.");
    samples.put(EntityKind.LICENSE, "My driver's license number is D1234567.");
    samples.put(EntityKind.VEHICLE_ID, "The VIN is 1HGCM82633A004352.");
    samples.put(EntityKind.DEVICE_ID, "The pacemaker serial number is PM4821377.");
    samples.put(EntityKind.URL, "See https://www.example.com/patients/42 for it.");
    samples.put(EntityKind.IP_ADDRESS, "It came from 192.168.1.23 last night.");
    samples.put(EntityKind.OTHER_ID, "My passport number is X4821377.");
    return Collections.unmodifiableMap(samples);
  }
}
