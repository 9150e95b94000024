-- Every message of a conversation, stored (with its per-conversation sequence number) before it is
-- acknowledged or answered.
alter table conversations add column last_seq bigint not null default 0;

create table messages (
    conversation_id   uuid        not null references conversations (id),
    seq               bigint      not null check (seq > 0),
    id                uuid        not null unique,
    sender            text        not null check (sender in ('SHOPPER', 'BOT', 'AGENT', 'SYSTEM')),
    body              text        not null check (length(body) between 1 and 5000),
    -- The client's own id for a shopper message: a resend with the same id is the same message.
    client_message_id text,
    -- What the bot answered with (the knowledge-base entry), and why (the turn's intent).
    entry_id          text,
    intent            text,
    -- Quick replies offered with a bot message: [{"label": ..., "value": ...}].
    quick_replies     jsonb,
    created_at        timestamptz not null default now(),
    primary key (conversation_id, seq),
    unique (conversation_id, client_message_id)
);

-- Rate limiting counts a shopper's recent messages across conversations.
create index messages_by_time on messages (created_at) where sender = 'SHOPPER';
