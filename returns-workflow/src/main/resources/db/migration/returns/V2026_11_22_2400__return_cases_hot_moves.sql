-- A move changes a case's state, version, times and progress. With no index on any of them
-- (and room left on each page), PostgreSQL updates the row in place (a HOT update) instead of
-- adding an entry to every index. The work lists by state read the table instead; an ops page
-- over the cases of one shop is not worth an index that every transition pays for.
drop index return_cases_by_state;
alter table return_cases set (fillfactor = 70);
