-- The message rate limit: one row per shopper, counting messages in the current window. Taking a
-- message increments it in the same statement that stores the message, under the row's lock, so the
-- limit holds for concurrent messages and across nodes (a count followed by an insert did not).
create table shopper_message_rates (
    shop_id           text        not null,
    shopper_id        text        not null,
    window_started_at timestamptz not null,
    sent              int         not null check (sent >= 0),
    primary key (shop_id, shopper_id)
);
