-- Where a multi-turn flow (a return being filled in) stands in each conversation.
create table dialogue_states (
    conversation_id uuid        primary key references conversations on delete cascade,
    state           jsonb       not null,
    updated_at      timestamptz not null default now()
);
