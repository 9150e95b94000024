-- The knowledge base per shop (issue 16). Every table gets the shop it belongs to; an entry's key
-- becomes (shop_id, id), so that two shops can both have "return-policy".
--
-- Rows from before belong to the demo shop: 'demo-shop' is kefu.demo.shop-id's default and the
-- only shop an installation had (a migration cannot read properties). An installation whose one
-- shop has another id moves its knowledge base with the statements in docs/operations.md ("The
-- knowledge base per shop"). The defaults are dropped at the end: from now on every row names its
-- shop, and a write that forgets it fails instead of landing in the demo shop.
alter table kb_entries add column shop_id text not null default 'demo-shop'
    check (shop_id ~ '^[A-Za-z0-9_.-]{1,128}$');
alter table kb_entry_versions add column shop_id text not null default 'demo-shop';
alter table kb_embeddings add column shop_id text not null default 'demo-shop';
alter table kb_changes add column shop_id text not null default 'demo-shop';
alter table kb_synonym_groups add column shop_id text not null default 'demo-shop';
alter table kb_gaps add column shop_id text not null default 'demo-shop';
alter table kb_regression_cases add column shop_id text not null default 'demo-shop';

-- Keys with the shop first; on update cascade so that moving a shop's entries is one statement.
alter table kb_embeddings drop constraint kb_embeddings_entry_id_version_fkey;
alter table kb_embeddings drop constraint kb_embeddings_pkey;
alter table kb_entry_versions drop constraint kb_entry_versions_entry_id_fkey;
alter table kb_entry_versions drop constraint kb_entry_versions_pkey;
alter table kb_entries drop constraint kb_entries_pkey;
alter table kb_entries add primary key (shop_id, id);
alter table kb_entry_versions add primary key (shop_id, entry_id, version);
alter table kb_entry_versions add foreign key (shop_id, entry_id) references kb_entries (shop_id, id)
    on update cascade;
alter table kb_embeddings add primary key (shop_id, entry_id, version, model);
alter table kb_embeddings add foreign key (shop_id, entry_id, version)
    references kb_entry_versions (shop_id, entry_id, version) on update cascade;

-- Each shop's index catches up from its own part of the feed.
drop index kb_changes_by_entry;
create index kb_changes_by_entry on kb_changes (shop_id, entry_id, seq);
create index kb_changes_by_shop on kb_changes (shop_id, seq);

create index kb_synonym_groups_by_shop on kb_synonym_groups (shop_id, id);

drop index kb_gaps_open;
create index kb_gaps_open on kb_gaps (shop_id, asked_at desc) where resolved_at is null;

-- The same question can be a test in two shops, with each shop's own expected entry.
alter table kb_regression_cases drop constraint kb_regression_cases_question_key;
alter table kb_regression_cases add constraint kb_regression_cases_shop_question_key unique (shop_id, question);

alter table kb_entries alter column shop_id drop default;
alter table kb_entry_versions alter column shop_id drop default;
alter table kb_embeddings alter column shop_id drop default;
alter table kb_changes alter column shop_id drop default;
alter table kb_synonym_groups alter column shop_id drop default;
alter table kb_gaps alter column shop_id drop default;
alter table kb_regression_cases alter column shop_id drop default;
