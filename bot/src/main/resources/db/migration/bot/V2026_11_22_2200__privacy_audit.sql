-- Every export, erasure and retention run, for accountability (PIPL, GDPR). The shopper is kept as a
-- SHA-256 of "shop:shopper", never in clear: the record proves what was done without keeping who.
create table privacy_audit (
    id           bigserial   primary key,
    action       text        not null check (action in ('EXPORT', 'ERASURE', 'RETENTION')),
    shopper_hash text,
    actor        text        not null,
    details      jsonb       not null,
    at           timestamptz not null default now()
);

create index privacy_audit_by_time on privacy_audit (at desc);
