-- The same formats as V4, checked without the regular-expression engine. The turn log writes
-- several session_events rows per proxied turn, and on each row the six regular expressions cost
-- PostgreSQL more than the rest of the insert, indexes included (about 8 µs each on the
-- development machine; docs/benchmarks.md, "Proxy load test"). Length, prefix, ascii() and
-- translate() say the same thing: an id is its prefix and 26 characters of [0-9A-Z]; an entity
-- kind or key id starts with a letter and holds only capitals, digits (kid) and underscores, so no
-- free text can land in these columns.

alter table session_events
    drop constraint session_events_id_check,
    drop constraint session_events_session_id_check,
    drop constraint session_events_account_id_check,
    drop constraint session_events_agent_id_check,
    drop constraint session_events_entity_kind_check,
    drop constraint session_events_kid_check,
    add constraint session_events_id_check check (
        length(id) = 30 and starts_with(id, 'evt_')
        and translate(substr(id, 5), '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = ''),
    add constraint session_events_session_id_check check (
        length(session_id) = 30 and starts_with(session_id, 'ses_')
        and translate(substr(session_id, 5), '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = ''),
    add constraint session_events_account_id_check check (
        length(account_id) = 30 and starts_with(account_id, 'acc_')
        and translate(substr(account_id, 5), '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = ''),
    add constraint session_events_agent_id_check check (
        length(agent_id) = 30 and starts_with(agent_id, 'agt_')
        and translate(substr(agent_id, 5), '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = ''),
    add constraint session_events_entity_kind_check check (
        length(entity_kind) between 1 and 32 and ascii(entity_kind) between 65 and 90
        and translate(entity_kind, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_', '') = ''),
    add constraint session_events_kid_check check (
        length(kid) between 1 and 64 and ascii(kid) between 65 and 90
        and translate(kid, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_', '') = '');

alter table sessions
    drop constraint sessions_id_check,
    add constraint sessions_id_check check (
        length(id) = 30 and starts_with(id, 'ses_')
        and translate(substr(id, 5), '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = '');
