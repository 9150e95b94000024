-- The rules' decision behind a history line (the rules that fired, with their names, and the
-- reason in every language), so that staff read it in their own language; the line's reason
-- keeps the Simplified text it always had. Null for other lines and for lines written before.
alter table return_case_history add column decision jsonb;
