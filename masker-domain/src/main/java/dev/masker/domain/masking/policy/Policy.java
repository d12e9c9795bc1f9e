package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A masking policy (SPEC §9): which kinds are detected by which passes, how sure a detection must
 * be, what is done with it, the tenant's own patterns, allow and deny lists, audit settings, and
 * the YAML it was read from. Immutable and thread-safe. Every {@link EntityKind} has a rule.
 */
public final class Policy {
  private static final Pattern KID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 100;

  private final String name;
  private final int version;
  private final String description;
  private final String kid;
  private final Tokenization tokenization;
  private final List<Pass> passes;
  private final Map<EntityKind, EntityRule> rules;
  private final List<CustomPattern> customPatterns;
  private final AllowList allowList;
  private final List<DenyEntry> denyList;
  private final AuditSettings audit;
  private final KnownValueSettings knownValues;
  private final RequestRules requestRules;
  private final NerSettings ner;
  private final String yaml;

  private Policy(
      String name,
      int version,
      String description,
      String kid,
      Tokenization tokenization,
      List<Pass> passes,
      Map<EntityKind, EntityRule> rules,
      List<CustomPattern> customPatterns,
      AllowList allowList,
      List<DenyEntry> denyList,
      AuditSettings audit,
      KnownValueSettings knownValues,
      RequestRules requestRules,
      NerSettings ner,
      String yaml) {
    this.name = name;
    this.version = version;
    this.description = description;
    this.kid = kid;
    this.tokenization = tokenization;
    this.passes = passes;
    this.rules = rules;
    this.customPatterns = customPatterns;
    this.allowList = allowList;
    this.denyList = denyList;
    this.audit = audit;
    this.knownValues = knownValues;
    this.requestRules = requestRules;
    this.ner = ner;
    this.yaml = yaml;
  }

  /**
   * A policy from its parts, with the default {@link KnownValueSettings}, {@link RequestRules} and
   * {@link NerSettings}; kinds {@code rules} does not mention get {@link EntityRule#DEFAULT}.
   *
   * @throws InvalidValue when a part breaks a rule of SPEC §9
   */
  public static Policy of(
      String name,
      int version,
      String description,
      String kid,
      Tokenization tokenization,
      List<Pass> passes,
      Map<EntityKind, EntityRule> rules,
      List<CustomPattern> customPatterns,
      Collection<String> allowList,
      List<DenyEntry> denyList,
      AuditSettings audit,
      String yaml) {
    return of(
        name,
        version,
        description,
        kid,
        tokenization,
        passes,
        rules,
        customPatterns,
        allowList,
        denyList,
        audit,
        KnownValueSettings.DEFAULT,
        RequestRules.DEFAULT,
        NerSettings.DEFAULT,
        yaml);
  }

  /**
   * A policy from all its parts; kinds {@code rules} does not mention get {@link
   * EntityRule#DEFAULT}.
   *
   * @throws InvalidValue when a part breaks a rule of SPEC §9
   */
  public static Policy of(
      String name,
      int version,
      String description,
      String kid,
      Tokenization tokenization,
      List<Pass> passes,
      Map<EntityKind, EntityRule> rules,
      List<CustomPattern> customPatterns,
      Collection<String> allowList,
      List<DenyEntry> denyList,
      AuditSettings audit,
      KnownValueSettings knownValues,
      RequestRules requestRules,
      NerSettings ner,
      String yaml) {
    if (name == null || name.isBlank()) {
      throw new InvalidValue("name", "is required");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new InvalidValue("name", "must be at most " + MAX_NAME_LENGTH + " chars");
    }
    if (version < 1) {
      throw new InvalidValue("version", "must be at least 1");
    }
    if (kid == null || !KID.matcher(kid).matches()) {
      throw new InvalidValue("kid", "must match [A-Z][A-Z0-9_]* (at most 64 chars)");
    }
    Objects.requireNonNull(tokenization, "tokenization");
    if (passes == null || passes.isEmpty()) {
      throw new InvalidValue("passes", "must list at least one pass");
    }
    if (EnumSet.copyOf(passes).size() != passes.size()) {
      throw new InvalidValue("passes", "must not list a pass twice");
    }
    var complete = new EnumMap<EntityKind, EntityRule>(EntityKind.class);
    for (var kind : EntityKind.values()) {
      complete.put(kind, EntityRule.DEFAULT);
    }
    complete.putAll(rules);
    if (customPatterns.size() > PolicyParser.MAX_CUSTOM_PATTERNS) {
      throw new InvalidValue(
          "custom_patterns", "must hold at most " + PolicyParser.MAX_CUSTOM_PATTERNS + " patterns");
    }
    return new Policy(
        name.strip(),
        version,
        description == null ? "" : description,
        kid,
        tokenization,
        List.copyOf(passes),
        Collections.unmodifiableMap(complete),
        List.copyOf(customPatterns),
        AllowList.of(allowList),
        List.copyOf(denyList),
        Objects.requireNonNull(audit, "audit"),
        Objects.requireNonNull(knownValues, "knownValues"),
        Objects.requireNonNull(requestRules, "requestRules"),
        Objects.requireNonNull(ner, "ner"),
        yaml == null ? "" : yaml);
  }

  /** The built-in {@code healthcare-default} version 1, read once from its YAML resource. */
  public static Policy healthcareDefault() {
    return HealthcareDefault.POLICY;
  }

  /** Holds the built-in policy: read on first use, by the class loader's lock. */
  private static final class HealthcareDefault {
    static final String RESOURCE = "healthcare-default.yaml";
    static final Policy POLICY = load();

    private static Policy load() {
      String text;
      try (InputStream in = Policy.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the built-in policy resource is missing: " + RESOURCE);
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("the built-in policy cannot be read", e);
      }
      return PolicyParser.parse(text)
          .fold(
              PolicyParser.Parsed::policy,
              invalid -> {
                throw new IllegalStateException(
                    "the built-in policy is invalid: " + invalid.problems());
              });
    }
  }

  public String name() {
    return name;
  }

  public int version() {
    return version;
  }

  /** This policy as an agent refers to it. */
  public PolicyRef ref() {
    return new PolicyRef(name, version);
  }

  public String description() {
    return description;
  }

  /** The key id of its tokens, {@code [A-Z][A-Z0-9_]*}. */
  public String kid() {
    return kid;
  }

  public Tokenization tokenization() {
    return tokenization;
  }

  /** The passes to run, in order, none twice. */
  public List<Pass> passes() {
    return passes;
  }

  /** The rule of that kind; every kind has one. */
  public EntityRule rule(EntityKind kind) {
    return rules.get(Objects.requireNonNull(kind, "kind"));
  }

  /** The rule of every kind, in the order of {@link EntityKind}. */
  public Map<EntityKind, EntityRule> rules() {
    return rules;
  }

  public List<CustomPattern> customPatterns() {
    return customPatterns;
  }

  public AllowList allowList() {
    return allowList;
  }

  /** Whether that detected text is never to be masked (see {@link AllowList#allows(String)}). */
  public boolean allows(String surface) {
    return allowList.allows(surface);
  }

  public List<DenyEntry> denyList() {
    return denyList;
  }

  public AuditSettings audit() {
    return audit;
  }

  /** Which parts of detected values are also masked where they recur alone. */
  public KnownValueSettings knownValues() {
    return knownValues;
  }

  /** The content parts and extra request fields the proxy may let through. */
  public RequestRules requestRules() {
    return requestRules;
  }

  /** How the {@code ner} pass is used: what a turn does when the recognizer cannot answer. */
  public NerSettings ner() {
    return ner;
  }

  /** The YAML the policy was read from, kept for report snapshots; empty if built in code. */
  public String yaml() {
    return yaml;
  }

  @Override
  public String toString() {
    // Never the lists: they may hold personal data.
    return "Policy[" + name + " v" + version + " " + kid + "]";
  }
}
