-- What the shop's vision model said about an evidence photo when a decision asked it (issue 22),
-- kept so that staff read it beside the photo: the latest look per photo. Erased with the photo.
create table photo_vision_findings (
    attachment_id  uuid             primary key references attachments (id) on delete cascade,
    shows_product  text             not null,
    problem        text             not null,
    confidence     double precision not null,
    looked_at      timestamptz      not null default now()
);
