-- A tapped quick reply is stored as both: the body keeps the value behind the button (what the
-- dialogue reads), the label what the shopper saw on it (what the widget, the console and exports
-- show). Null for typed messages.
alter table messages add column label text check (label is null or length(label) between 1 and 200);
