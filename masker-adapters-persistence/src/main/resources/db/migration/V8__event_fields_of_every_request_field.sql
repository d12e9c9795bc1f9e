-- Every field of a request now has a rule (docs/request-fields.md), and masked values can sit in
-- three more places than the four V4 knew: tool and response-format definitions ('tools'), other
-- top-level parameters such as stop sequences and masked extra fields ('parameters'), and the ids
-- that pair tool calls with their results ('tool_call_id'). The column stays a closed set of words:
-- no free text can land in it.

alter table session_events
    drop constraint session_events_field_check,
    add constraint session_events_field_check check (
        field in ('content', 'name', 'tool_arguments', 'user', 'tools', 'parameters', 'tool_call_id'));
