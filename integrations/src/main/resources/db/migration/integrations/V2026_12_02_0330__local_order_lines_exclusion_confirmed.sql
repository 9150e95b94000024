-- SAMR 七日无理由退货暂行办法 Art. 7 and 20(2): whether the shopper confirmed at purchase that an
-- item is not returnable without a reason. Without it, such an item may not be refused.
alter table local_order_lines add column exclusion_confirmed boolean not null default false;
