-- The shop's own listing photos, as a perceptual hash per product and URL (issue 22), so that a
-- shopper who sends one back as evidence is found without reading the photo again for every case.
-- A photo that could not be read is kept without a hash for a while, so that a host that is down
-- is not asked on every case. And which of a case's photos were the listing photo: a fact staff see.
create table listing_photo_hashes (
    shop_id     text        not null,
    sku         text        not null,
    url         text        not null,
    phash       text,
    phash_inner text,
    fetched_at  timestamptz not null,
    primary key (shop_id, sku, url)
);

alter table return_case_photos add column listing_photo boolean not null default false;
