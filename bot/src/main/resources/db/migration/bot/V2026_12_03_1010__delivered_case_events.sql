-- Which reactions to which version of a case were delivered (issue 19): the registry delivers an event
-- at least once, and a reaction claims its row here in the transaction that does its work, so a
-- redelivery finds the row and does nothing. A case's version changes with every move, so the version
-- and the reaction name one delivery. No personal data; rows go after kefu.events.keep-delivered.
create table delivered_case_events (
    case_id      uuid        not null,
    case_version bigint      not null,
    reaction     text        not null,
    delivered_at timestamptz not null,
    primary key (case_id, case_version, reaction)
);
create index delivered_case_events_by_time on delivered_case_events (delivered_at);
