-- Session ids take the prefix the API promises (SPEC §2: 'sess_'), before any of them is shown over
-- HTTP, and the session list gets the indexes that keep a page fast with a million sessions in one
-- account (docs/benchmarks.md, "Session list"; docs/adr/0040-sessions-over-http.md).

-- 1. 'ses_<ULID>' becomes 'sess_<ULID>' everywhere a session id is stored: the same ULID, so every
--    session keeps its identity, its turns and its events.
alter table turns drop constraint turns_session_id_fkey;
alter table sessions drop constraint sessions_id_check;
alter table session_events drop constraint session_events_session_id_check;

update sessions set id = 'sess_' || substr(id, 5) where starts_with(id, 'ses_');
update turns set session_id = 'sess_' || substr(session_id, 5) where starts_with(session_id, 'ses_');
update session_events set session_id = 'sess_' || substr(session_id, 5)
    where starts_with(session_id, 'ses_');

alter table sessions
    add constraint sessions_id_check check (
        length(id) = 31 and starts_with(id, 'sess_')
        and translate(substr(id, 6), '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = '');
alter table session_events
    add constraint session_events_session_id_check check (
        length(session_id) = 31 and starts_with(session_id, 'sess_')
        and translate(substr(session_id, 6), '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = '');
alter table turns
    add constraint turns_session_id_fkey
        foreign key (session_id) references sessions (id) on delete cascade;

-- 2. The vault rows of requests that named no session ('agt_…/ses_<ULID>'). Such a request was a
--    session of its own and is over: nothing ever asks for its tokens again. Its rows cannot be
--    renamed either, because each sealed value is bound to its scope (the AEAD's associated data),
--    so they are erased here, as V9 erased the rows of keys kept in clear.
delete from token_vault
    where length(split_part(scope, '/', 2)) = 30 and starts_with(split_part(scope, '/', 2), 'ses_');

-- 3. The session list (newest first: started_at desc, id desc), always within one account.
--    Every filter but agent and status is checked on the rows this walk finds; status=error and
--    one agent's calls can be rare among a million, so they have a walk of their own.
create index sessions_newest_first on sessions (account_id, started_at desc, id desc);
create index sessions_by_status_newest_first
    on sessions (account_id, status, started_at desc, id desc);
-- Also serves the per-agent counts of the agent list (account_id, agent_id, started_at >= …),
-- which V10's index served without the account.
create index sessions_by_agent_newest_first
    on sessions (account_id, agent_id, started_at desc, id desc);
drop index sessions_by_agent_started;
-- ?external_id= finds one call among all of the account's.
create index sessions_by_external_id on sessions (account_id, external_id)
    where external_id is not null;
