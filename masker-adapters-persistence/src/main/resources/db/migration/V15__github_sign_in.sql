-- Sign-in with GitHub: a user is recognised by the number GitHub gives the account (the login can
-- change), and each sign-in in progress is known by the SHA-256 of its one-time state.
alter table users add column github_id bigint;
create unique index users_github_id_unique on users (github_id);

create table oauth_states (
    state_digest text primary key,
    return_path  text        not null,
    created_at   timestamptz not null
);
create index oauth_states_by_age on oauth_states (created_at);
