-- Terms ops mark as required on an entry: the entry answers only a question that holds one of them
-- (运费险 on the shipping-insurance entry, so that "运费多少" is not answered with it).
alter table kb_entry_versions add column required_terms text[] not null default '{}';
