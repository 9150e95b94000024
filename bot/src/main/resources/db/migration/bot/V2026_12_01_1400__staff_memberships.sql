-- Staff belong to shops. An account's roles column now means the roles it holds in every shop (a
-- chain's central team); memberships give roles in one shop. A platform admin manages shops and every
-- shop's staff. Existing admins become platform admins, so that an installation keeps its way in.
alter table staff_accounts add column platform_admin boolean not null default false;
alter table staff_accounts drop constraint staff_accounts_roles_check;
alter table staff_accounts add constraint staff_accounts_roles_check
    check (roles <@ array['AGENT', 'OPS', 'ADMIN']);
update staff_accounts set platform_admin = true where 'ADMIN' = any (roles);

create table staff_memberships (
    username text   not null references staff_accounts on delete cascade,
    shop_id  text   not null check (shop_id ~ '^[A-Za-z0-9_.-]{1,128}$'),
    roles    text[] not null check (cardinality(roles) > 0 and roles <@ array['AGENT', 'OPS', 'ADMIN']),
    primary key (username, shop_id)
);

create index staff_memberships_by_shop on staff_memberships (shop_id);
