package dev.masker.adapters.rest.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.masker.adapters.rest.error.ApiError;
import dev.masker.application.port.in.UpdateAgentUseCase;
import dev.masker.domain.agent.AgentName;
import dev.masker.domain.agent.Upstream;
import dev.masker.domain.masking.policy.Tokenization;
import java.util.Set;

/**
 * Reads the body of {@code PATCH /api/v1/agents/{id}} (a JSON object, read as a tree so that a
 * field sent as {@code null} differs from one left out) into the command it asks for. A field left
 * out keeps its setting; {@code vapi_assistant: null} drops the template; any other field sent as
 * {@code null}, of the wrong JSON type, or not a field of an agent one may change, is a 422 naming
 * the field.
 */
final class AgentChanges {
  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "upstream",
          "tokenization",
          "policy_name",
          "policy_yaml",
          "require_proxy_key",
          "vapi_assistant");

  private AgentChanges() {}

  /** The fields of a PATCH body, each null when left out. */
  private record Body(
      JsonNode name,
      JsonNode upstream,
      JsonNode tokenization,
      JsonNode policyName,
      JsonNode policyYaml,
      JsonNode requireProxyKey,
      JsonNode vapiAssistant) {}

  static UpdateAgentUseCase.Command of(JsonNode tree) {
    if (tree == null || !tree.isObject()) {
      throw ApiError.validation("body", "must be a JSON object");
    }
    var names = tree.fieldNames();
    while (names.hasNext()) {
      var field = names.next();
      if (!FIELDS.contains(field)) {
        var shown = field.matches("[a-z_]{1,40}") ? field : "body";
        throw ApiError.validation(shown, "is not a field of an agent that can be changed");
      }
    }
    var body =
        new Body(
            tree.get("name"),
            tree.get("upstream"),
            tree.get("tokenization"),
            tree.get("policy_name"),
            tree.get("policy_yaml"),
            tree.get("require_proxy_key"),
            tree.get("vapi_assistant"));
    var command = UpdateAgentUseCase.Command.none();
    if (body.name() != null) {
      command = command.withName(new AgentName(text("name", body.name())));
    }
    if (body.upstream() != null) {
      command = command.withUpstream(Upstream.parse(text("upstream", body.upstream())));
    }
    if (body.tokenization() != null) {
      command =
          command.withTokenization(
              Tokenization.fromWireName(text("tokenization", body.tokenization())));
    }
    if (body.policyName() != null && body.policyYaml() != null) {
      throw ApiError.validation("policy_yaml", "cannot be combined with policy_name");
    }
    if (body.policyName() != null) {
      command = command.withPolicyName(text("policy_name", body.policyName()));
    }
    if (body.policyYaml() != null) {
      command = command.withPolicyYaml(text("policy_yaml", body.policyYaml()));
    }
    if (body.requireProxyKey() != null) {
      if (!body.requireProxyKey().isBoolean()) {
        throw ApiError.validation("require_proxy_key", "must be true or false");
      }
      command = command.withRequireProxyKey(body.requireProxyKey().booleanValue());
    }
    if (body.vapiAssistant() != null) {
      if (body.vapiAssistant().isNull()) {
        command = command.withoutVapiAssistant();
      } else if (body.vapiAssistant().isObject()) {
        command = command.withVapiAssistant(body.vapiAssistant().toString());
      } else {
        throw ApiError.validation("vapi_assistant", "must be a JSON object or null");
      }
    }
    return command;
  }

  private static String text(String field, JsonNode value) {
    if (value.isNull()) {
      throw ApiError.validation(field, "cannot be null; leave it out to keep the current value");
    }
    if (!value.isTextual()) {
      throw ApiError.validation(field, "must be a string");
    }
    return value.textValue();
  }
}
