-- Shoppers' satisfaction ratings (CSAT 1-5), one per conversation; the ask itself is a bot message
-- with intent CSAT_ASK, so response rates can be computed from the messages.
create table conversation_ratings (
    conversation_id uuid        primary key references conversations (id),
    score           int         not null check (score between 1 and 5),
    rated_at        timestamptz not null default now()
);
