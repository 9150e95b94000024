-- The rate limit counts one shopper's recent messages: found through their (few) conversations,
-- not by scanning every shopper's recent messages as the index by time alone made it do.
create index messages_by_conversation_time on messages (conversation_id, created_at) where sender = 'SHOPPER';
drop index messages_by_time;
