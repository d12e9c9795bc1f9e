-- One event row stands for every value of the same description in one turn (ADR 0005, amended):
-- the redactions of a turn that share message, field, entity kind, pass, action, token kind and key
-- id are one row, and so are its failed rehydrations of the same kind, scheme, key id and reason.
-- count says how many values the row stands for; span and confidence are those of the first.
-- Rows written before this migration stand for one value each.
alter table session_events
    add column count integer not null default 1 constraint session_events_count_check check (count >= 1);
