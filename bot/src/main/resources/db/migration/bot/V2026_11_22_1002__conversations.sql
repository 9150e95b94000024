-- A shopper's conversation with the shop; messages and their sequence numbers hang off it.
create table conversations (
    id         uuid        primary key,
    shop_id    text        not null,
    shopper_id text        not null,
    channel    text        not null check (channel in ('app', 'web', 'livestream')),
    status     text        not null check (status in ('OPEN', 'CLOSED')),
    created_at timestamptz not null default now()
);

create index conversations_by_shopper on conversations (shop_id, shopper_id, created_at desc);
