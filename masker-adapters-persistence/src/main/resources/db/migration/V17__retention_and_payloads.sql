-- Retention (docs/adr/0045-retention.md) deletes, in bounded batches, the oldest rows first: the
-- indexes below let each batch find them without reading the whole table.

-- Sessions by last activity: MASKER_SESSION_METADATA_RETENTION_DAYS counts from ended_at.
create index sessions_by_ended on sessions (ended_at);

-- Events by agent and time: each agent's policy says how long its events are kept.
create index session_events_by_agent_ts on session_events (agent_id, ts);

-- Vault rows by age: the rows of calls whose session was never stored go after the same limit.
create index token_vault_by_created on token_vault (created_at);

-- Payloads of turns whose policy says audit.log_payloads: true (SPEC §5): what the caller sent, what
-- went upstream and what the caller got. PHI by definition, so never in clear: each column is sealed
-- with AES-256-GCM under a key derived from the policy's kid key, a random nonce per value, and the
-- session, the turn and the column as associated data (the kid is inside the sealed bytes). A
-- column is null when the turn had nothing to keep there (no answer, or masking refused).
-- They go with their turn, and after MASKER_PAYLOAD_RETENTION_DAYS.
create table turn_payloads (
    session_id  text        not null,
    turn        integer     not null,
    created_at  timestamptz not null,
    kid         text        not null check (kid ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    request     bytea       not null,
    masked      bytea,
    response    bytea,
    primary key (session_id, turn),
    foreign key (session_id, turn) references turns (session_id, turn) on delete cascade
);
create index turn_payloads_by_created on turn_payloads (created_at);
