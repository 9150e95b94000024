-- A note written with a transfer says where the conversation went (an agent's username or
-- "skill:<skill>"), so that the console shows it in the queue beside the conversation.
alter table escalation_notes add column transfer_to text;
