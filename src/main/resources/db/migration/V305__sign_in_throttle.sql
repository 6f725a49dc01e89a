-- Sign-in throttling (issue 12). One row per throttled key, shared by every application node:
--   p:{name}|{address}  failures of one user name from one client address; locks that pair (not the account)
--   i:{address}         failures from one client address over all names; exponential back-off
--   a:{name}            failures for one user name over all addresses; exponential back-off that does not apply
--                       to addresses the user has signed in from before (last_success on their p: row)
-- Names are lower-cased as typed, whether the user exists or not, so unknown and real names behave alike.
create table sign_in_throttle (
    throttle_key varchar(200) primary key,
    failures     integer      not null default 0,
    locked_until timestamptz,
    last_success timestamptz,
    updated_at   timestamptz  not null default now()
);
create index sign_in_throttle_updated_idx on sign_in_throttle (updated_at);

-- The lock moved to sign_in_throttle: a lock held on the account itself let strangers lock its owner out.
update app_user set failed_attempts = 0, locked_until = null where failed_attempts <> 0 or locked_until is not null;
