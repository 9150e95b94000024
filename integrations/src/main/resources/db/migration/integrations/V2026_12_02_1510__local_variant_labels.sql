-- How the local catalogue names a variant to shoppers ("尺码 M · 蓝色" / "Size M · Blue"), so that
-- the chat never has to show a SKU. Optional: a line whose title names its variant needs none.
alter table local_order_lines add column variant_zh text, add column variant_en text;
alter table local_stock add column variant_zh text, add column variant_en text;
