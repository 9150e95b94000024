-- Every decision the rules (or the system) took on a case without a person, with what they
-- looked at (PIPL Art. 24): the shop's record for its impact assessment, exportable by its ops.
-- Deleted with the case at the end of the retention period.
create table automated_decisions (
    id            bigserial   primary key,
    shop_id       text        not null,
    case_id       uuid        not null references return_cases on delete cascade,
    decided_at    timestamptz not null,
    outcome       text        not null,
    rules_version int         not null,
    fired_rules   text        not null,
    legal_profile text        not null,
    reason_zh     text        not null,
    reason_en     text        not null,
    inputs        jsonb       not null
);

create index automated_decisions_by_shop on automated_decisions (shop_id, decided_at);
