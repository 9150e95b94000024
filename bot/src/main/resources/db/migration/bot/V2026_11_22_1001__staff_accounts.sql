-- Support agents, ops staff and admins who log in to the console and ops pages.
create table staff_accounts (
    username      text        primary key check (username ~ '^[a-z0-9._-]{3,64}$'),
    password_hash text        not null,
    roles         text[]      not null check (cardinality(roles) > 0 and roles <@ array['AGENT', 'OPS', 'ADMIN']),
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now()
);
