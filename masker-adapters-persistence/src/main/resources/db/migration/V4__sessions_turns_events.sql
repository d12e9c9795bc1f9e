-- Sessions (one call), their turns (one proxied request each) and their events, written in batches
-- by PostgresTurnLog off the request path (ADR 0005). No column holds text of the conversation, an
-- original value or a token body: text columns hold ids, names chosen by the account, or words of a
-- fixed vocabulary enforced below.

-- The sum of two {"KIND": count} objects, key by key.
create function masker_sum_counts(a jsonb, b jsonb) returns jsonb
    language sql immutable
as $$
    select coalesce(jsonb_object_agg(key, total), '{}'::jsonb)
    from (select key, sum(value::bigint) as total
          from (select * from jsonb_each_text(a) union all select * from jsonb_each_text(b)) counts
          group by key) sums
$$;

-- No foreign key to agents: deleting an agent keeps its sessions, which keep agent_id (SPEC §4).
-- None to accounts either: a row the writer cannot insert would hold back the whole batch.
create table sessions (
    id                 text        primary key check (id ~ '^ses_[0-9A-Z]{26}$'),
    agent_id           text        not null,
    account_id         text        not null,
    agent_name         text        not null,
    -- The platform's call id (not PHI); null for a request that named no session.
    external_id        text,
    started_at         timestamptz not null,
    -- Last activity, or the end reported by the platform.
    ended_at           timestamptz not null,
    -- ok: no failed turn; error: every turn failed and no stream was cut; partial: anything else.
    status             text        not null check (status in ('ok', 'error', 'partial')),
    turn_count         integer     not null check (turn_count > 0),
    -- Turns that failed or whose stream was cut.
    failed_turn_count  integer     not null check (failed_turn_count between 0 and turn_count),
    redaction_count    integer     not null check (redaction_count >= 0),
    redactions_by_kind jsonb       not null,
    upstream_model     text,
    policy_name        text        not null,
    policy_version     integer     not null,
    -- Sums over the turns, in nanoseconds.
    detection_ns       bigint      not null,
    tokenize_ns        bigint      not null,
    upstream_ns        bigint      not null,
    rehydrate_ns       bigint      not null
);
create unique index sessions_external_id_unique on sessions (agent_id, external_id)
    where external_id is not null;

-- Turns are session metadata: they go when their session goes (retention).
create table turns (
    session_id      text        not null references sessions (id) on delete cascade,
    turn            integer     not null check (turn > 0),
    started_at      timestamptz not null,
    ended_at        timestamptz not null,
    outcome         text        not null check (outcome in ('ok', 'failed', 'stream_broken')),
    status          integer     not null,
    redaction_count integer     not null check (redaction_count >= 0),
    detection_ns    bigint      not null,
    tokenize_ns     bigint      not null,
    upstream_ns     bigint      not null,
    rehydrate_ns    bigint      not null,
    primary key (session_id, turn)
);

-- Events are audit records: they outlive the session row (audit.retention_days against
-- MASKER_SESSION_METADATA_RETENTION_DAYS, SPEC §5), so no foreign key to sessions.
create table session_events (
    id            text             primary key check (id ~ '^evt_[0-9A-Z]{26}$'),
    session_id    text             not null check (session_id ~ '^ses_[0-9A-Z]{26}$'),
    account_id    text             not null check (account_id ~ '^acc_[0-9A-Z]{26}$'),
    agent_id      text             not null check (agent_id ~ '^agt_[0-9A-Z]{26}$'),
    kind          text             not null
        constraint session_events_kind_known check (kind in ('redaction', 'rehydration_failed')),
    ts            timestamptz      not null,
    turn          integer          not null check (turn > 0),
    -- Redactions: where the value was (message_index -1 for a top-level field), span in code points.
    message_index integer          check (message_index >= -1),
    field         text             check (field in ('content', 'name', 'tool_arguments', 'user')),
    pass          text             check (pass in ('regex', 'lexicon', 'ner')),
    span_start    integer          check (span_start >= 0),
    span_end      integer          check (span_end >= span_start),
    confidence    double precision check (confidence between 0 and 1),
    action        text             check (action in ('tokenize', 'redact', 'passthrough')),
    -- Both kinds.
    entity_kind   text             not null check (entity_kind ~ '^[A-Z][A-Z_]{0,31}$'),
    token_kind    text             check (token_kind in ('MSKV1', 'MSK1', 'SYN1', 'REDACTED')),
    kid           text             check (kid ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    -- Rehydration failures: why.
    reason        text             check (reason in
        ('malformed', 'not_found', 'key_unavailable', 'unreadable', 'vault_unavailable'))
);
create index session_events_in_order on session_events (session_id, ts, id);
