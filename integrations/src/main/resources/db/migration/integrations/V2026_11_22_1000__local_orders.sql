-- Orders of the local orders adapter: the embedded default's stand-in for a shop's order system.
create table local_orders (
    shop_id      text        not null,
    order_id     text        not null,
    shopper_id   text        not null,
    status       text        not null check (status in ('PENDING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    placed_at    timestamptz not null,
    paid_at      timestamptz,
    delivered_at timestamptz,
    currency     char(3)     not null default 'CNY',
    primary key (shop_id, order_id)
);

create index local_orders_by_shopper on local_orders (shop_id, shopper_id, placed_at desc);

create table local_order_lines (
    shop_id     text          not null,
    order_id    text          not null,
    line_number int           not null check (line_number > 0),
    sku         text          not null,
    title       text          not null,
    category    text          not null,
    unit_price  numeric(12, 2) not null check (unit_price >= 0),
    quantity    int           not null check (quantity > 0),
    primary key (shop_id, order_id, line_number),
    foreign key (shop_id, order_id) references local_orders (shop_id, order_id) on delete cascade
);
