-- The language a staff member reads the staff pages in, chosen in the staff bar and kept with the
-- account so that it follows them to another browser. Null: the browser's language decides.
alter table staff_accounts add column language text check (language in ('zh-Hans', 'zh-Hant', 'en'));
