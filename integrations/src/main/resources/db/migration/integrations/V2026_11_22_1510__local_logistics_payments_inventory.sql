-- The local adapters' stand-ins for a shop's membership, carrier, payment and inventory systems.
create table local_shoppers (
    shop_id    text not null,
    shopper_id text not null,
    tier       text not null,
    primary key (shop_id, shopper_id)
);

create table local_pickups (
    booking_id      text        primary key,
    request_key     text        not null unique,
    shop_id         text        not null,
    shopper_id      text        not null,
    order_id        text        not null,
    sku             text        not null,
    quantity        int         not null check (quantity > 0),
    carrier         text        not null,
    tracking_number text        not null unique,
    window_start    timestamptz not null,
    window_end      timestamptz not null,
    status          text        not null check (status in ('BOOKED', 'CANCELLED', 'PICKED_UP', 'DELIVERED')),
    updated_at      timestamptz not null
);

create index local_pickups_moving on local_pickups (status, updated_at);

create table local_shipments (
    request_key     text        primary key,
    shop_id         text        not null,
    shopper_id      text        not null,
    order_id        text        not null,
    sku             text        not null,
    quantity        int         not null check (quantity > 0),
    carrier         text        not null,
    tracking_number text        not null unique,
    status          text        not null check (status in ('SHIPPED', 'DELIVERED')),
    updated_at      timestamptz not null
);

create table local_refunds (
    refund_id       text          primary key,
    idempotency_key text          not null unique,
    shop_id         text          not null,
    order_id        text          not null,
    amount          numeric(12, 2) not null check (amount > 0),
    currency        char(3)       not null,
    status          text          not null check (status in ('PENDING', 'SETTLED', 'FAILED')),
    created_at      timestamptz   not null
);

create table local_stock (
    shop_id   text not null,
    sku       text not null,
    available int  not null check (available >= 0),
    primary key (shop_id, sku)
);

create table local_stock_reservations (
    shop_id         text        not null,
    reservation_key text        not null,
    sku             text        not null,
    quantity        int         not null check (quantity > 0),
    released        boolean     not null default false,
    created_at      timestamptz not null,
    primary key (shop_id, reservation_key)
);
