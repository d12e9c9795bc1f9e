-- API tokens (Authorization: Bearer mk_…), known only by the SHA-256 of their secret. A token acts
-- as its user: it goes when the user goes. Revoking a token deletes its row.
create table api_tokens (
    id            text primary key,
    account_id    text        not null references accounts (id),
    user_id       text        not null references users (id) on delete cascade,
    name          text        not null,
    -- The scopes' wire names, separated by single spaces.
    scopes        text        not null,
    secret_digest text        not null,
    created_at    timestamptz not null,
    expires_at    timestamptz,
    last_used_at  timestamptz
);
create unique index api_tokens_by_digest on api_tokens (secret_digest);
create index api_tokens_newest_first on api_tokens (account_id, created_at desc, id desc);
create index api_tokens_of_user on api_tokens (user_id, created_at desc, id desc);
