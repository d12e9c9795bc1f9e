-- A turn whose texts were masked by the built-in passes alone because the model-based ner pass
-- could not answer and the policy says regex_only (docs/ner.md): the turn row says why, and the
-- turn gets a session event 'model_pass_skipped' whose count is how many texts went without the
-- model. Closed vocabularies only: no text, no model output can land in these columns.

alter table turns
    add column model_pass_skipped text
        constraint turns_model_pass_skipped_check
        check (model_pass_skipped in ('timeout', 'unreachable', 'status', 'malformed'));

-- The new event names no entity kind; the two older kinds still must.
alter table session_events
    drop constraint session_events_kind_known,
    add constraint session_events_kind_known
        check (kind in ('redaction', 'rehydration_failed', 'model_pass_skipped')),
    alter column entity_kind drop not null,
    add constraint session_events_entity_kind_given
        check (entity_kind is not null or kind = 'model_pass_skipped'),
    drop constraint session_events_reason_check,
    add constraint session_events_reason_check check (reason in
        ('malformed', 'not_found', 'key_unavailable', 'unreadable', 'vault_unavailable',
         'timeout', 'unreachable', 'status'));
