-- Where a regression question came from (demo, ops, or an answer an agent or ops marked wrong) and,
-- for a case that is known to fail until its entry is fixed, why: the ops page lists those apart
-- instead of as new breakage.
alter table kb_regression_cases add column source text not null default 'ops';
alter table kb_regression_cases add column known_failure text;
-- A marked answer: the question, what the bot answered with, and who marked it.
alter table kb_regression_cases add column answered_entry text;
