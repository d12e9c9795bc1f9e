package dev.masker.adapters.rest.proxy;

import dev.masker.domain.json.JsonWriter;

/**
 * The proxy's error body (SPEC §2.2 "proxy errors"): OpenAI clients read {@code message}, {@code
 * type} and {@code param}; Masker tooling reads {@code code} and {@code request_id}.
 */
record ProxyError(int status, String code, String message, String param) {
  static ProxyError of(int status, String code, String message) {
    return new ProxyError(status, code, message, null);
  }

  /** {@code {"error": {...}}} as JSON text. */
  String json(String requestId) {
    var out = new StringBuilder(128 + message.length());
    out.append("{\"error\":{\"message\":");
    JsonWriter.writeString(message, out);
    out.append(",\"type\":\"").append(code).append("\",\"param\":");
    if (param == null) {
      out.append("null");
    } else {
      JsonWriter.writeString(param, out);
    }
    out.append(",\"code\":\"").append(code).append("\",\"request_id\":\"");
    out.append(requestId).append("\"}}");
    return out.toString();
  }
}
