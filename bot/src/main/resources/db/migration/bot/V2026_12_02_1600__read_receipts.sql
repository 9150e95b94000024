-- Read receipts: the last sequence number each side has read; they only ever grow.
alter table conversations add column shopper_read_seq bigint not null default 0;
alter table conversations add column agent_read_seq bigint not null default 0;
