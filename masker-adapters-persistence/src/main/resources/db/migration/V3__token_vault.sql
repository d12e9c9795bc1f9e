-- The token vault: originals sealed with AES-256-GCM by the engine before they arrive here, so no
-- value is ever stored in clear. A scope is one conversation; dropping its rows is erasure.
create table token_vault (
    scope      text        not null,
    token      text        not null,
    sealed     bytea       not null,
    created_at timestamptz not null default now(),
    primary key (scope, token)
);
