-- The Vapi webhook (SPEC §7) opens a call's session with a call_started event, before the proxy has
-- seen a turn of it, and closes it with a call_ended event (docs/adr/0050-vapi-webhook.md). Both
-- are events of the call's session that belong to no turn, and hold nothing the platform said about
-- the caller: no column below can.

-- 1. A session opened by the webhook has no turn yet.
alter table sessions
    drop constraint sessions_turn_count_check,
    add constraint sessions_turn_count_check check (turn_count >= 0);

-- 2. The two new kinds: a session, no turn, no entity kind, no actor.
alter table session_events
    drop constraint session_events_kind_known,
    add constraint session_events_kind_known
        check (kind in ('redaction', 'rehydration_failed', 'model_pass_skipped',
                        'agent_created', 'agent_updated', 'agent_deleted',
                        'call_started', 'call_ended')),
    drop constraint session_events_entity_kind_given,
    add constraint session_events_entity_kind_given
        check (entity_kind is not null
               or kind in ('model_pass_skipped', 'agent_created', 'agent_updated', 'agent_deleted',
                           'call_started', 'call_ended')),
    drop constraint session_events_scope,
    add constraint session_events_scope check (
        case when kind in ('agent_created', 'agent_updated', 'agent_deleted')
             then session_id is null and turn is null and actor_id is not null
                  and (changed_fields is not null) = (kind = 'agent_updated')
             when kind in ('call_started', 'call_ended')
             then session_id is not null and turn is null and actor_id is null
                  and changed_fields is null and entity_kind is null
             else session_id is not null and turn is not null and actor_id is null
                  and changed_fields is null
        end);
