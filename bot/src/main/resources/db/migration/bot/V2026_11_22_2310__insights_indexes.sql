-- The insights dashboard: closed escalations by conversation (containment), bot answers by time (top
-- entries) and rating asks by time (CSAT response rate), without reading every message.
create index escalations_by_conversation on escalations (conversation_id);
create index messages_answers_by_time on messages (created_at) where entry_id is not null;
create index messages_rating_asks_by_time on messages (created_at) where intent = 'CSAT_ASK';
