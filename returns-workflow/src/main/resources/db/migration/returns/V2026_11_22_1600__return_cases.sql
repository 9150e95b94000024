-- Return and exchange cases: current state and extended state, with an optimistic-lock version.
create table return_cases (
    case_id              uuid          primary key,
    shop_id              text          not null,
    shopper_id           text          not null,
    kind                 text          not null check (kind in ('RETURN', 'EXCHANGE')),
    order_id             text          not null,
    line_number          int           not null check (line_number > 0),
    quantity             int           not null check (quantity > 0),
    amount               numeric(12, 2) not null check (amount >= 0),
    request_key          text          not null,
    state                text          not null,
    version              bigint        not null,
    pickup_tracking      text,
    replacement_tracking text,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    request              jsonb         not null,
    item                 jsonb         not null,
    progress             jsonb         not null,
    unique (shop_id, request_key)
);

create index return_cases_by_shopper on return_cases (shop_id, shopper_id, created_at desc);
create index return_cases_by_line on return_cases (shop_id, order_id, line_number);
create index return_cases_by_state on return_cases (state, updated_at);
create unique index return_cases_by_pickup_tracking on return_cases (pickup_tracking) where pickup_tracking is not null;
create unique index return_cases_by_replacement_tracking on return_cases (replacement_tracking)
    where replacement_tracking is not null;

-- Append-only: every event with who or what did it, when, why, and the states before and after.
create table return_case_history (
    case_id           uuid        not null references return_cases on delete cascade,
    seq               int         not null,
    at                timestamptz not null,
    actor_type        text        not null,
    actor_name        text        not null,
    event             text,
    from_state        text,
    to_state          text        not null,
    reason            text,
    external_event_id text,
    primary key (case_id, seq)
);

-- The same carrier or payment event delivered again finds its first delivery here.
create unique index return_case_history_external_events on return_case_history (case_id, external_event_id)
    where external_event_id is not null;

-- Deadlines and pending side effects of each case's current state: they survive restarts.
create table return_case_tasks (
    case_id    uuid        not null references return_cases on delete cascade,
    kind       text        not null,
    due_at     timestamptz not null,
    attempts   int         not null default 0,
    last_error text,
    primary key (case_id, kind)
);

create index return_case_tasks_due on return_case_tasks (due_at);

-- Versioned auto-approval rule sets per shop; the highest version is the one in force.
create table approval_rule_sets (
    shop_id    text        not null,
    version    int         not null check (version > 0),
    rules      jsonb       not null,
    author     text        not null,
    note       text,
    created_at timestamptz not null,
    primary key (shop_id, version)
);
