-- Each shop's own settings: the current version, and every version with who saved it, when and why.
create table shop_settings (
    shop_id    text        primary key check (shop_id ~ '^[A-Za-z0-9_.-]{1,128}$'),
    version    int         not null check (version > 0),
    settings   jsonb       not null,
    updated_by text        not null,
    updated_at timestamptz not null default now()
);

create table shop_settings_versions (
    shop_id    text        not null references shop_settings on delete cascade,
    version    int         not null,
    settings   jsonb       not null,
    author     text        not null,
    note       text,
    created_at timestamptz not null default now(),
    primary key (shop_id, version)
);

-- Write-only: values go in through the API and out only to the code that uses them (channel
-- credentials); no API answers them, no export carries them, no log prints them.
create table shop_secrets (
    shop_id    text        not null references shop_settings on delete cascade,
    name       text        not null check (name ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    value      text        not null,
    updated_by text        not null,
    updated_at timestamptz not null default now(),
    primary key (shop_id, name)
);
