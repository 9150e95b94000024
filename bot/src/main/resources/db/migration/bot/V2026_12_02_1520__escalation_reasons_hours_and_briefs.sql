-- Issue 18: reasons beyond anger (SAFETY ahead of all at priority 0), per-escalation first-response
-- clocks (a ticket kept while the shop was closed starts its clock at opening time), the structured
-- hand-off brief, and the language model's summary kept beside it rather than pasted above.
alter table escalations drop constraint escalations_priority_check;
alter table escalations add constraint escalations_priority_check check (priority between 0 and 3);

update escalations set reasons = array_replace(reasons, 'PAYMENT_PROBLEM', 'PAYMENT')
where 'PAYMENT_PROBLEM' = any(reasons);

-- When the first-response clock started (the escalation's creation, or the shop's opening time for a
-- request kept while it was closed), and when a person's first answer is due.
alter table escalations add column clock_from timestamptz;
alter table escalations add column respond_by timestamptz;
update escalations set clock_from = created_at,
    respond_by = created_at + case priority when 1 then interval '1 minute' when 2 then interval '3 minutes'
                                            else interval '5 minutes' end;
alter table escalations alter column clock_from set not null;
alter table escalations alter column clock_from set default now();
-- Kefu writes respond_by with every escalation; left null by a row written otherwise (an import), which
-- is then never flagged at risk.
alter table escalations add column kept_while_closed boolean not null default false;

-- What the agent reads first, as data (rendered in the agent's language by the console), and the
-- language model's summary when one is configured.
alter table escalations add column brief jsonb;
alter table escalations add column model_summary text;

drop index escalations_queue;
create index escalations_queue on escalations (priority, clock_from, created_at) where status = 'WAITING';
