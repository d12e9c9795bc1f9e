-- Agents can be changed (PATCH /api/v1/agents/{id}). Three things follow.

-- 1. Every version of an agent's policy stays readable, so that a report of an old call shows the
-- policy it ran under. policy_yaml is the agent's own policy as validated YAML, null for a
-- built-in policy (the server ships it). No foreign key to agents: a deleted agent's sessions keep
-- their agent_id and policy_version, and so keep the policy those name.
create table agent_policy_versions (
    agent_id    text        not null,
    account_id  text        not null,
    version     integer     not null check (version >= 1),
    policy_name text        not null,
    policy_yaml text,
    created_at  timestamptz not null,
    primary key (agent_id, version)
);

-- The agents of today have had one policy: their current one, since they were last changed.
insert into agent_policy_versions (agent_id, account_id, version, policy_name, policy_yaml, created_at)
select id, account_id, policy_version, policy_name, policy_yaml, updated_at from agents;

-- 2. Events of the account rather than of one call (agent_created, agent_updated, agent_deleted)
-- live in session_events too, without a session and a turn, so that the per-account audit chain
-- covers both in one order (docs/adr/0042-account-events-beside-session-events.md). actor_id is
-- the user who acted; changed_fields names what an update changed, from a closed vocabulary:
-- never a value.
alter table session_events
    alter column session_id drop not null,
    alter column turn drop not null,
    add column actor_id text
        constraint session_events_actor_id_check check (
            length(actor_id) = 30 and starts_with(actor_id, 'usr_')
            and translate(substr(actor_id, 5), '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = ''),
    add column changed_fields text[]
        constraint session_events_changed_fields_check check (
            changed_fields <@ array['name', 'upstream', 'tokenization', 'policy', 'vapi_assistant',
                                    'require_proxy_key']::text[]
            and cardinality(changed_fields) between 1 and 6),
    drop constraint session_events_kind_known,
    add constraint session_events_kind_known
        check (kind in ('redaction', 'rehydration_failed', 'model_pass_skipped',
                        'agent_created', 'agent_updated', 'agent_deleted')),
    drop constraint session_events_entity_kind_given,
    add constraint session_events_entity_kind_given
        check (entity_kind is not null
               or kind in ('model_pass_skipped', 'agent_created', 'agent_updated', 'agent_deleted')),
    -- An event of a call has its session and turn; an event of the account has neither, but has
    -- the user who acted, and an update says what it changed.
    add constraint session_events_scope check (
        case when kind in ('agent_created', 'agent_updated', 'agent_deleted')
             then session_id is null and turn is null and actor_id is not null
                  and (changed_fields is not null) = (kind = 'agent_updated')
             else session_id is not null and turn is not null and actor_id is null
                  and changed_fields is null
        end);

-- 3. An agent's stats (GET /api/v1/agents/{id}) rank the turns of its last 24 hours. A session
-- that had a turn in that window ended (its last activity) in it, so this index finds the
-- candidate sessions by one range scan; their turns are then read by the turns primary key.
create index sessions_by_agent_ended on sessions (agent_id, ended_at);
