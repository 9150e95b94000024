-- Which alerts are firing, shared by every node: only the node whose update flips a state sends the
-- news, so an alert goes out once when it starts and once when it recovers.
create table alert_states (
    key        text        primary key,
    firing     boolean     not null,
    detail     text        not null,
    changed_at timestamptz not null default now()
);
