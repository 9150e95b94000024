-- Photos shoppers send (return evidence), stored before they are acknowledged.
create table attachments (
    id              uuid        primary key,
    conversation_id uuid        not null references conversations (id),
    content_type    text        not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes      int         not null check (size_bytes between 1 and 5242880),
    sha256          text        not null,
    data            bytea       not null,
    created_at      timestamptz not null default now()
);

create index attachments_by_conversation on attachments (conversation_id);

alter table messages add column attachment_ids uuid[] not null default '{}';
