-- Conversations handed to a person: the queue agents work from. A conversation has at most one open
-- escalation (waiting or claimed); while it has one, the bot stays quiet.
create table escalations (
    id                uuid        primary key,
    conversation_id   uuid        not null references conversations (id),
    shop_id           text        not null,
    shopper_id        text        not null,
    status            text        not null check (status in ('WAITING', 'CLAIMED', 'RESOLVED', 'HANDED_BACK')),
    -- 1 is served first (anger, VIP), then 2 (complex cases), then 3 (asked for a person).
    priority          smallint    not null check (priority between 1 and 3),
    reasons           text[]      not null check (cardinality(reasons) > 0),
    language          text        not null,
    -- What an agent should be able to handle: a language, and returns or payments.
    skills            text[]      not null,
    summary           text        not null,
    agent             text        references staff_accounts (username),
    created_at        timestamptz not null default now(),
    claimed_at        timestamptz,
    first_response_at timestamptz,
    closed_at         timestamptz,
    requeues          integer     not null default 0,
    -- Set once when the wait passes the alert point of its priority's first-response target.
    at_risk_at        timestamptz,
    check ((status = 'CLAIMED') = (agent is not null))
);

create unique index escalations_one_open_per_conversation on escalations (conversation_id)
    where status in ('WAITING', 'CLAIMED');
create index escalations_queue on escalations (priority, created_at) where status = 'WAITING';
create index escalations_by_agent on escalations (agent) where status = 'CLAIMED';

-- Agents' notes on an escalation, never shown to the shopper.
create table escalation_notes (
    id            bigserial   primary key,
    escalation_id uuid        not null references escalations (id),
    author        text        not null,
    body          text        not null check (length(body) between 1 and 2000),
    created_at    timestamptz not null default now()
);

-- When each agent was last connected to a console on any node; claimed conversations of an agent
-- gone longer than the grace period go back to the queue.
create table agent_presence (
    username  text        primary key references staff_accounts (username),
    last_seen timestamptz not null
);

-- Routing: the skills an agent has (empty: all) and how many conversations they take at once.
alter table staff_accounts add column skills text[] not null default '{}';
alter table staff_accounts add column capacity integer not null default 5 check (capacity between 1 and 50);
