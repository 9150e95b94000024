-- A staff session is good only while the account is as it was at login: disabling it, changing its
-- roles or its password raises the version, and every node ends sessions (and console sockets) that
-- carry an older one.
alter table staff_accounts add column credentials_version bigint not null default 1;

-- Failed logins per account and per client address, for throttling across nodes.
create table login_throttle (
    subject           text        primary key,
    failures          int         not null check (failures >= 0),
    window_started_at timestamptz not null,
    last_failure_at   timestamptz not null,
    locked_until      timestamptz
);

-- What happened to staff accounts and logins, for admins: failed logins, locks, unlocks, disabling,
-- role and password changes.
create table staff_audit (
    id             bigserial   primary key,
    at             timestamptz not null default now(),
    actor          text,
    action         text        not null,
    subject        text        not null,
    detail         text,
    client_address text
);

create index staff_audit_by_time on staff_audit (at desc);
