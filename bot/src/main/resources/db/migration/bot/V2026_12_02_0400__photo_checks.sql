-- What the checks at upload found in each photo (issue 22): usable or why not, the measures
-- behind it, the perceptual hash to find the photo again across the shop, and what its
-- metadata says. Erased with the photo.
create table photo_checks (
    attachment_id     uuid        primary key references attachments (id) on delete cascade,
    shop_id           text        not null,
    conversation_id   uuid        not null,
    problems          text[]      not null default '{}',
    width             int         not null,
    height            int         not null,
    sharpness         double precision not null,
    mean_luminance    double precision not null,
    phash             text        not null,
    phash_inner       text        not null,
    near_duplicate_of uuid,
    duplicate_bits    int,
    exif              boolean     not null,
    camera            text,
    software          text,
    captured_at       timestamptz,
    metadata_facts    text[]      not null default '{}',
    checked_at        timestamptz not null default now()
);

create index photo_checks_by_shop on photo_checks (shop_id, checked_at desc);
