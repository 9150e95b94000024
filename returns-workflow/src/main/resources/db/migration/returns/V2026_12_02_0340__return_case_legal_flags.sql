-- Legal clocks that ran out, or came close, on a case (SAMR 七日无理由退货暂行办法 Art. 13 and 31):
-- one row per case, clock and stage, so that an alert or an escalation goes out once.
create table return_case_legal_flags (
    case_id    uuid        not null references return_cases on delete cascade,
    clock      text        not null,
    passed     boolean     not null,
    due_at     timestamptz not null,
    flagged_at timestamptz not null,
    primary key (case_id, clock, passed)
);
