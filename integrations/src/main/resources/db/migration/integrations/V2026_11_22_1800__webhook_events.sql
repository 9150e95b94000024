-- Inbound webhook events already taken, per shop: a redelivered event is recognised and changes nothing.
create table webhook_events (
    shop_id     text        not null,
    event_id    text        not null,
    source      text        not null,
    received_at timestamptz not null,
    primary key (shop_id, event_id)
);
