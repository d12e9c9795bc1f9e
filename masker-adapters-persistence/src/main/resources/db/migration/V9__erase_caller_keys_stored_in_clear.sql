-- Before this version the proxy stored the caller's own session key (a Vapi call id, a Bolna
-- phone number, a Masker-Session-Id header) as sessions.external_id and inside the vault's scope
-- ('agt_…/<key>'). It now keeps only a keyed hash ('xid_' and 32 base32 letters). What was stored
-- in clear is erased here: the sessions keep their records without an external id, and the vault
-- rows of those calls are dropped, which makes their tokens permanently opaque (the vault's
-- erasure). A call in progress during the upgrade starts a new session at its next turn.

update sessions
    set external_id = null
    where external_id is not null
      and not (length(external_id) = 36 and starts_with(external_id, 'xid_')
               and translate(substr(external_id, 5), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', '') = '');

delete from token_vault
    where not (split_part(scope, '/', 2) like 'ses\_%'
               or (length(split_part(scope, '/', 2)) = 36 and starts_with(split_part(scope, '/', 2), 'xid_')));

-- From now on the column holds nothing else.
alter table sessions
    add constraint sessions_external_id_check check (
        external_id is null
        or (length(external_id) = 36 and starts_with(external_id, 'xid_')
            and translate(substr(external_id, 5), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', '') = ''));
