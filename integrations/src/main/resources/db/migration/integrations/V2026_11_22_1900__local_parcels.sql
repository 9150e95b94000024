-- Tracking of orders on their way to shoppers, for the local logistics adapter.
create table local_parcels (
    shop_id            text        not null,
    order_id           text        not null,
    carrier            text        not null,
    tracking_number    text        not null,
    last_event         text        not null,
    last_event_at      timestamptz not null,
    estimated_delivery timestamptz,
    primary key (shop_id, order_id)
);
