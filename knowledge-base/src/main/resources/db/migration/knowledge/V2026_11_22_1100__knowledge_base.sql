-- Knowledge-base entries: PostgreSQL is the source of truth; the Lucene index is derived from it.

-- One row per entry: which version is the latest and which one (if any) is live.
create table kb_entries (
    id                text        primary key check (id ~ '^[a-z0-9][a-z0-9._-]{0,79}$'),
    latest_version    int         not null check (latest_version > 0),
    published_version int         check (published_version > 0 and published_version <= latest_version),
    archived          boolean     not null default false,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

-- Every change is a new, immutable version: history, diff and revert read from here.
create table kb_entry_versions (
    entry_id         text        not null references kb_entries (id),
    version          int         not null check (version > 0),
    question         text        not null check (length(question) between 1 and 300),
    alternatives     text[]      not null default '{}',
    answer           text        not null check (length(answer) between 1 and 5000),
    language         text        not null check (language in ('zh', 'en')),
    category         text        not null check (length(category) between 1 and 64),
    tags             text[]      not null default '{}',
    scope_categories text[]      not null default '{}',
    scope_skus       text[]      not null default '{}',
    valid_from       timestamptz,
    valid_to         timestamptz,
    author           text        not null,
    change_note      text,
    created_at       timestamptz not null default now(),
    primary key (entry_id, version),
    check (valid_from is null or valid_to is null or valid_from < valid_to)
);

-- The change feed: every publish, archive and synonym change, in order. Each node's index records
-- the last sequence it applied and catches up from here; it doubles as the audit log.
create table kb_changes (
    seq        bigserial   primary key,
    kind       text        not null check (kind in ('ENTRY', 'SYNONYMS')),
    entry_id   text,
    version    int,
    action     text        not null,
    actor      text        not null,
    changed_at timestamptz not null default now()
);

create index kb_changes_by_entry on kb_changes (entry_id, seq);

-- Embeddings are computed once per version and model, never at start.
create table kb_embeddings (
    entry_id  text  not null,
    version   int   not null,
    model     text  not null,
    phrasings text[] not null,
    vectors   bytea not null,
    primary key (entry_id, version, model),
    foreign key (entry_id, version) references kb_entry_versions (entry_id, version)
);

create table kb_synonym_groups (
    id         bigserial   primary key,
    terms      text[]      not null check (cardinality(terms) between 2 and 20),
    author     text        not null,
    updated_at timestamptz not null default now()
);

-- Questions the bot could not answer, or answered with low confidence.
create table kb_gaps (
    id             bigserial   primary key,
    question       text        not null,
    language       text        not null,
    verdict        text        not null,
    confidence     double precision not null,
    best_entry_id  text,
    vector         bytea,
    asked_at       timestamptz not null default now(),
    resolved_at    timestamptz,
    resolved_by    text,
    resolution     text
);

create index kb_gaps_open on kb_gaps (asked_at desc) where resolved_at is null;

-- Ops' regression set: questions with the entry that must answer them (null: must not answer).
create table kb_regression_cases (
    id             bigserial   primary key,
    question       text        not null check (length(question) between 1 and 300),
    expected_entry text,
    author         text        not null,
    created_at     timestamptz not null default now(),
    unique (question)
);
