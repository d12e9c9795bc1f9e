package dev.masker.domain.masking.policy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The settings sections of a policy: {@code audit}, {@code known_values}, {@code ner}, and the
 * request rules {@code content_parts} and {@code extra_fields}. Each absent setting takes its
 * default.
 */
final class SettingsReader {
  private static final Set<String> AUDIT_KEYS =
      Set.of("log_events", "log_payloads", "retention_days");
  private static final Set<String> KNOWN_VALUE_KEYS = Set.of("name_parts", "last_four_digits");
  private static final Set<String> NER_KEYS = Set.of("on_unavailable");

  /** Request fields the proxy has a rule for: an extra-field entry cannot override them. */
  private static final Set<String> RESERVED_FIELDS = Set.of("model", "messages", "stream", "user");

  private final PolicyProblems problems;
  private final YamlValues values;

  SettingsReader(PolicyProblems problems, YamlValues values) {
    this.problems = problems;
    this.values = values;
  }

  AuditSettings audit(Node node) {
    if (!(node instanceof MappingNode)) {
      problems.add("audit", node, "must be a mapping of audit settings");
      return null;
    }
    var keys = values.keys((MappingNode) node, "audit", AUDIT_KEYS);
    int before = problems.count();
    var d = AuditSettings.DEFAULT;
    Boolean logEvents = values.flag(keys, "log_events", "audit", d.logEvents());
    Boolean logPayloads = values.flag(keys, "log_payloads", "audit", d.logPayloads());
    Integer retention =
        keys.containsKey("retention_days")
            ? values.integer(keys.get("retention_days"), "audit.retention_days", 1)
            : Integer.valueOf(d.retentionDays());
    if (problems.count() != before
        || logEvents == null
        || logPayloads == null
        || retention == null) {
      return null;
    }
    return new AuditSettings(logEvents, logPayloads, retention);
  }

  KnownValueSettings knownValues(Node node) {
    if (!(node instanceof MappingNode)) {
      problems.add("known_values", node, "must be a mapping of known-value settings");
      return null;
    }
    var keys = values.keys((MappingNode) node, "known_values", KNOWN_VALUE_KEYS);
    int before = problems.count();
    var d = KnownValueSettings.DEFAULT;
    Boolean nameParts = values.flag(keys, "name_parts", "known_values", d.nameParts());
    Boolean lastFour = values.flag(keys, "last_four_digits", "known_values", d.lastFourDigits());
    if (problems.count() != before || nameParts == null || lastFour == null) {
      return null;
    }
    return new KnownValueSettings(nameParts, lastFour);
  }

  NerSettings ner(Node node) {
    if (!(node instanceof MappingNode)) {
      problems.add("ner", node, "must be a mapping of ner settings");
      return null;
    }
    var keys = values.keys((MappingNode) node, "ner", NER_KEYS);
    int before = problems.count();
    var onUnavailable = NerSettings.DEFAULT.onUnavailable();
    var given = keys.get("on_unavailable");
    if (given != null) {
      String value = values.text(given, "ner.on_unavailable");
      if (value == null) {
        return null;
      }
      var parsed = NerSettings.OnUnavailable.fromWireName(value);
      if (parsed.isEmpty()) {
        problems.add("ner.on_unavailable", given, "must be refuse or regex_only");
        return null;
      }
      onUnavailable = parsed.get();
    }
    if (problems.count() != before) {
      return null;
    }
    return new NerSettings(onUnavailable);
  }

  /** The content part types let through; a wrong entry is reported and left out. */
  Set<String> contentParts(Node node) {
    if (!(node instanceof SequenceNode)) {
      problems.add("content_parts", node, "must be a list of content part types");
      return null;
    }
    var parts = new HashSet<String>();
    var items = ((SequenceNode) node).getValue();
    for (int i = 0; i < items.size(); i++) {
      String field = "content_parts[" + i + "]";
      String part = values.text(items.get(i), field);
      if (part == null) {
        continue;
      }
      if (!RequestRules.PASSABLE_PARTS.contains(part)) {
        problems.add(field, items.get(i), "must be one of image_url, file, input_audio");
      } else {
        parts.add(part);
      }
    }
    return parts;
  }

  /** What to do with each extra request field; a wrong entry is reported and left out. */
  Map<String, RequestRules.ExtraField> extraFields(Node node) {
    if (!(node instanceof MappingNode)) {
      problems.add("extra_fields", node, "must be a mapping of field name to mask or strip");
      return null;
    }
    var keys = values.keys((MappingNode) node, "extra_fields", null);
    var fields = new LinkedHashMap<String, RequestRules.ExtraField>();
    if (keys.size() > PolicyParser.MAX_LIST_ENTRIES) {
      problems.add(
          "extra_fields", node, "must hold at most " + PolicyParser.MAX_LIST_ENTRIES + " fields");
      return null;
    }
    for (var entry : keys.entrySet()) {
      String field = YamlValues.child("extra_fields", entry.getKey());
      if (!entry.getKey().matches("[A-Za-z0-9_.\\-]{1,64}")) {
        problems.add(field, entry.getValue(), "must name a field of [A-Za-z0-9_.-], 1 to 64 chars");
        continue;
      }
      if (RESERVED_FIELDS.contains(entry.getKey())) {
        problems.add(field, entry.getValue(), "is a field Masker already has a rule for");
        continue;
      }
      String action = values.text(entry.getValue(), field);
      if ("mask".equals(action)) {
        fields.put(entry.getKey(), RequestRules.ExtraField.MASK);
      } else if ("strip".equals(action)) {
        fields.put(entry.getKey(), RequestRules.ExtraField.STRIP);
      } else if (action != null) {
        problems.add(field, entry.getValue(), "must be mask or strip");
      }
    }
    return fields;
  }
}
