-- Token buckets shared by the server's replicas (ADR 0044): the request budgets of each account and
-- group (proxy:acc_..., api:acc_...) and the sign-in limits (sign-in-pair:..., sign-in-address:...,
-- named by keyed hashes: never an address or an email in clear). A bucket without a row is full.
-- tokens is what the bucket held at refilled_at; full_at is when it is full again, after which its
-- row means nothing and is deleted.
create table rate_limit_buckets (
    bucket      text             primary key,
    tokens      double precision not null,
    refilled_at timestamptz      not null,
    full_at     timestamptz      not null
);

create index rate_limit_buckets_full_at on rate_limit_buckets (full_at);

-- Takes up to p_wanted whole tokens of a bucket of p_burst refilled at p_per_second, in one round
-- trip: the row is locked, refilled from the database's clock (one clock for every replica), taken
-- from and written back. Answers the tokens given and those left.
create function take_rate_limit_tokens(
    p_bucket text, p_burst double precision, p_per_second double precision, p_wanted integer)
returns table (granted integer, remaining double precision)
language plpgsql as $$
declare
    held     double precision;
    since    timestamptz;
    now_at   timestamptz;
    given    integer;
begin
    loop
        select b.tokens, b.refilled_at into held, since
          from rate_limit_buckets b where b.bucket = p_bucket for update;
        exit when found;
        insert into rate_limit_buckets (bucket, tokens, refilled_at, full_at)
        values (p_bucket, p_burst, clock_timestamp(), clock_timestamp())
        on conflict (bucket) do nothing;
    end loop;
    now_at := greatest(since, clock_timestamp());
    held := least(p_burst, held + extract(epoch from (now_at - since)) * p_per_second);
    given := least(greatest(p_wanted, 0), floor(held))::integer;
    held := held - given;
    update rate_limit_buckets b
       set tokens = held,
           refilled_at = now_at,
           full_at = now_at + make_interval(secs => (p_burst - held) / p_per_second)
     where b.bucket = p_bucket;
    return query select given, held;
end;
$$;
