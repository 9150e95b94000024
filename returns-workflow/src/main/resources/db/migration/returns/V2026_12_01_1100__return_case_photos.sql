-- The photos each case cites as evidence, so that a photo given again (on another case, by the same
-- shopper or another) is a fact the rules see.
create table return_case_photos (
    case_id  uuid not null references return_cases on delete cascade,
    shop_id  text not null,
    photo_id uuid not null,
    primary key (case_id, photo_id)
);

create index return_case_photos_by_photo on return_case_photos (shop_id, photo_id);
