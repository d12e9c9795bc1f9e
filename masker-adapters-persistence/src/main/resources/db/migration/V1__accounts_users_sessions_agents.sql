-- Accounts are tenants: every other row belongs to exactly one.
create table accounts (
    id          text primary key,
    name        text        not null,
    plan        text        not null,
    created_at  timestamptz not null
);

create table users (
    id            text primary key,
    account_id    text        not null references accounts (id),
    email         text,
    name          text,
    github_login  text,
    role          text        not null,
    password_hash text,
    created_at    timestamptz not null,
    last_seen_at  timestamptz
);
create unique index users_email_unique on users (email);
create index users_by_account on users (account_id);

-- Signed-in sessions, known only by the SHA-256 of the cookie value.
create table web_sessions (
    secret_digest text primary key,
    user_id       text        not null references users (id) on delete cascade,
    account_id    text        not null references accounts (id),
    created_at    timestamptz not null,
    extended_at   timestamptz not null
);
create index web_sessions_by_user on web_sessions (user_id);

create table agents (
    id               text primary key,
    account_id       text        not null references accounts (id),
    name             text        not null,
    name_folded      text        not null,
    upstream         text        not null,
    tokenization     text        not null,
    policy_name      text        not null,
    policy_version   integer     not null,
    proxy_key_digest text,
    vapi_assistant   text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create unique index agents_name_unique_per_account on agents (account_id, name_folded);
create index agents_newest_first on agents (account_id, created_at desc, id desc);
