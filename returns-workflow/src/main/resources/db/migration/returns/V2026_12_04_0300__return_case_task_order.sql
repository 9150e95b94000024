-- Tasks due at the same instant run in the order they were scheduled: two exchanges waiting
-- for the last unit in stock are served first come, first served.
alter table return_case_tasks add column scheduled bigint generated always as identity;
