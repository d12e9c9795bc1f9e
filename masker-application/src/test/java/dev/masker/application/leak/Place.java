package dev.masker.application.leak;

/** Where in a Chat Completions request a planted value recurs. */
public enum Place {
  USER_CONTENT,
  SYSTEM_CONTENT,
  DEVELOPER_CONTENT,
  ASSISTANT_CONTENT,
  TEXT_PART,
  MESSAGE_NAME,
  TOOL_ARGUMENT_STRING,
  TOOL_ARGUMENT_NUMBER,
  TOOL_RESULT_JSON,
  TOOL_RESULT_TEXT,
  USER_FIELD,
  STOP,
  TOOL_DESCRIPTION,
  PREDICTION
}
