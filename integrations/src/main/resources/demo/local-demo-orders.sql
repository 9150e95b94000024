-- Demo orders for the demo shoppers of the demo shop, loaded at start in demo mode. Idempotent.
-- Dates are relative to the first load so that the 7-day return window means something.
insert into local_orders (shop_id, order_id, shopper_id, status, placed_at, paid_at, delivered_at, currency) values
    ('demo-shop', 'KF20261001', 'xiaomei', 'DELIVERED', now() - interval '6 days', now() - interval '6 days', now() - interval '3 days', 'CNY'),
    ('demo-shop', 'KF20261002', 'xiaomei', 'SHIPPED',   now() - interval '2 days', now() - interval '2 days', null, 'CNY'),
    ('demo-shop', 'KF20261003', 'xiaomei', 'DELIVERED', now() - interval '20 days', now() - interval '20 days', now() - interval '16 days', 'CNY'),
    ('demo-shop', 'KF20262001', 'ahkit',   'DELIVERED', now() - interval '4 days', now() - interval '4 days', now() - interval '1 day', 'CNY'),
    ('demo-shop', 'KF20262002', 'ahkit',   'PAID',      now() - interval '1 day',  now() - interval '1 day',  null, 'CNY'),
    ('demo-shop', 'KF20263001', 'emma',    'DELIVERED', now() - interval '5 days', now() - interval '5 days', now() - interval '2 days', 'CNY'),
    ('demo-shop', 'KF20263002', 'emma',    'SHIPPED',   now() - interval '3 days', now() - interval '3 days', null, 'CNY')
on conflict do nothing;

insert into local_order_lines (shop_id, order_id, line_number, sku, title, category, unit_price, quantity) values
    ('demo-shop', 'KF20261001', 1, 'DRS-0231-M-BLU', '法式碎花连衣裙 蓝色 M', 'apparel', 299.00, 1),
    ('demo-shop', 'KF20261001', 2, 'SCK-0007-F-WHT', '纯棉短袜 白色 三双装', 'underwear', 39.90, 2),
    ('demo-shop', 'KF20261002', 1, 'LIP-0112-ROSE', '丝绒哑光口红 玫瑰豆沙', 'cosmetics', 159.00, 1),
    ('demo-shop', 'KF20261003', 1, 'CTN-0450-L-GRY', '羊毛混纺大衣 灰色 L', 'apparel', 899.00, 1),
    ('demo-shop', 'KF20262001', 1, 'SWT-0088-S-PNK', '寬鬆針織毛衣 粉色 S', 'apparel', 259.00, 1),
    ('demo-shop', 'KF20262001', 2, 'SRM-0301-50ML', '保濕精華液 50ml', 'cosmetics', 329.00, 1),
    ('demo-shop', 'KF20262002', 1, 'TWL-0012-BEG', '純棉浴巾 米色', 'home', 89.00, 2),
    ('demo-shop', 'KF20263001', 1, 'JNS-0560-28-IND', 'High-rise straight jeans, indigo, W28', 'apparel', 359.00, 1),
    ('demo-shop', 'KF20263002', 1, 'CDL-0020-LAV', 'Lavender soy candle, 200 g', 'home', 79.00, 3)
on conflict do nothing;

insert into local_shoppers (shop_id, shopper_id, tier) values
    ('demo-shop', 'xiaomei', 'REGULAR'),
    ('demo-shop', 'ahkit',   'REGULAR'),
    ('demo-shop', 'emma',    'VIP')
on conflict do nothing;

-- Variants the demo shoppers can exchange to (sizes and colours of what they bought).
insert into local_stock (shop_id, sku, available, variant_zh, variant_en) values
    ('demo-shop', 'DRS-0231-S-BLU', 12, '尺码 S · 蓝色', 'Size S · Blue'),
    ('demo-shop', 'DRS-0231-L-BLU', 0, '尺码 L · 蓝色', 'Size L · Blue'),
    ('demo-shop', 'DRS-0231-M-PNK', 5, '尺码 M · 粉色', 'Size M · Pink'),
    ('demo-shop', 'SWT-0088-M-PNK', 8, '尺码 M · 粉色', 'Size M · Pink'),
    ('demo-shop', 'SWT-0088-S-GRY', 0, '尺码 S · 灰色', 'Size S · Grey'),
    ('demo-shop', 'JNS-0560-29-IND', 6, '尺码 29 · 靛蓝', 'Size 29 · Indigo'),
    ('demo-shop', 'JNS-0560-27-IND', 3, '尺码 27 · 靛蓝', 'Size 27 · Indigo'),
    ('demo-shop', 'CTN-0450-M-GRY', 2, '尺码 M · 灰色', 'Size M · Grey')
on conflict (shop_id, sku) do update set variant_zh = excluded.variant_zh, variant_en = excluded.variant_en;

insert into local_parcels (shop_id, order_id, carrier, tracking_number, last_event, last_event_at, estimated_delivery) values
    ('demo-shop', 'KF20261002', '顺丰速运', 'SF1400286511', '快件已到达【杭州转运中心】', now() - interval '5 hours', now() + interval '1 day'),
    ('demo-shop', 'KF20263002', 'SF Express', 'SF1400293377', 'Arrived at the Shanghai hub', now() - interval '3 hours', now() + interval '2 days')
on conflict do nothing;

-- The second demo shop, a Hong Kong home-goods shop, with shoppers of its own: staff of one demo shop
-- see nothing of the other's.
insert into local_orders (shop_id, order_id, shopper_id, status, placed_at, paid_at, delivered_at, currency) values
    ('home-shop', 'HK20265001', 'kayan', 'DELIVERED', now() - interval '5 days', now() - interval '5 days', now() - interval '2 days', 'HKD'),
    ('home-shop', 'HK20265002', 'kayan', 'SHIPPED',   now() - interval '1 day',  now() - interval '1 day',  null, 'HKD'),
    ('home-shop', 'HK20266001', 'oliver', 'DELIVERED', now() - interval '9 days', now() - interval '9 days', now() - interval '6 days', 'HKD')
on conflict do nothing;

insert into local_order_lines (shop_id, order_id, line_number, sku, title, category, unit_price, quantity) values
    ('home-shop', 'HK20265001', 1, 'PLW-0301-WHT', '記憶棉枕頭 白色', 'home', 268.00, 2),
    ('home-shop', 'HK20265001', 2, 'MUG-0019-BLU', '手繪陶瓷杯 藍色', 'home', 88.00, 1),
    ('home-shop', 'HK20265002', 1, 'LMP-0077-OAK', '橡木檯燈', 'home', 499.00, 1),
    ('home-shop', 'HK20266001', 1, 'THR-0102-GRN', 'Cotton throw blanket, sage green', 'home', 329.00, 1)
on conflict do nothing;

insert into local_shoppers (shop_id, shopper_id, tier) values
    ('home-shop', 'kayan',  'REGULAR'),
    ('home-shop', 'oliver', 'GOLD')
on conflict do nothing;

-- The demo products' listing photos: drawn in code by the local adapter (LocalListingPhotos) for
-- this reserved host, which never resolves, so the demo reads no network for them.
update local_order_lines set listing_image_url = 'https://listing-photos.kefu.invalid/' || shop_id || '/' || sku || '.png'
where listing_image_url is null;
