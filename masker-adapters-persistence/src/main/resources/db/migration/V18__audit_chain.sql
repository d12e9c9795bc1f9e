-- The per-account audit chain of SPEC §8 (docs/audit.md, docs/adr/0047-audit-chain.md). Every row of
-- session_events gets its place in its account's chain (seq, from 1, no gaps) and its chain hash,
-- hash_n = HMAC-SHA256(audit key, hash_{n-1} || canonical JSON of the event), in the transaction
-- that inserts it. The key is the server's, never the database's: the hashes are computed there.

-- Rows written before this migration have neither: the server chains them at its next start, in
-- the order (ts, id), before it verifies anything. Rows written from now on are chained before
-- their transaction commits.
alter table session_events
    add column seq        bigint check (seq >= 1),
    add column chain_hash bytea  check (length(chain_hash) = 32),
    add constraint session_events_chained check ((seq is null) = (chain_hash is null));

-- The chain in order, one account at a time; and the few rows a transaction has still to chain.
create unique index session_events_chain on session_events (account_id, seq) where seq is not null;
create index session_events_unchained on session_events (account_id, ts, id) where seq is null;

-- The head of each account's chain: its last sequence number and hash. Appending locks this row
-- (accounts in the order of their ids), so that appends of several servers to one account queue
-- up here instead of forking the chain.
create table audit_chain_heads (
    account_id text   primary key,
    seq        bigint not null check (seq >= 0),
    chain_hash bytea  not null check (length(chain_hash) = 32)
);

-- What retention leaves where it deleted chained events: the run first_seq..last_seq of the
-- account's chain is gone, the last of it had the chain hash last_hash; seal is the HMAC of the
-- checkpoint's canonical JSON with the audit key, so that a deletion cannot be passed off as one.
create table audit_retention_checkpoints (
    account_id text        not null,
    first_seq  bigint      not null check (first_seq >= 1),
    last_seq   bigint      not null check (last_seq >= first_seq),
    last_hash  bytea       not null check (length(last_hash) = 32),
    seal       bytea       not null check (length(seal) = 32),
    created_at timestamptz not null,
    primary key (account_id, first_seq)
);

-- Where each account's chain was last verified whole (at start): the next start goes on from here.
create table audit_verified_checkpoints (
    account_id  text        primary key,
    seq         bigint      not null check (seq >= 0),
    chain_hash  bytea       not null check (length(chain_hash) = 32),
    seal        bytea       not null check (length(seal) = 32),
    verified_at timestamptz not null
);

-- Chained rows are append-only. The one update allowed is chaining a row (setting seq and
-- chain_hash of a row that has neither, nothing else); the one delete allowed is retention's, which
-- says so with the transaction-local setting masker.audit_retention = 'on' and leaves a retention
-- checkpoint in the same transaction. A guard against mistakes in code, not against someone who
-- can change the schema: the chain is what catches those.
create function masker_audit_append_only() returns trigger
    language plpgsql
as $$
begin
    if current_setting('masker.audit_retention', true) = 'on' then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'UPDATE' and old.seq is null and old.chain_hash is null
            and (to_jsonb(new) - 'seq' - 'chain_hash') = (to_jsonb(old) - 'seq' - 'chain_hash') then
        return new;
    end if;
    raise exception 'session_events is append-only: only retention deletes audit events'
        using errcode = '42501';
end
$$;

create trigger session_events_append_only
    before update or delete on session_events
    for each row execute function masker_audit_append_only();

create function masker_audit_no_truncate() returns trigger
    language plpgsql
as $$
begin
    raise exception 'session_events is append-only: it cannot be truncated' using errcode = '42501';
end
$$;

create trigger session_events_no_truncate
    before truncate on session_events
    for each statement execute function masker_audit_no_truncate();
