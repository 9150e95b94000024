-- Where the shop's listing photo of each line's product is (issue 22), as the order system gives it.
alter table local_order_lines add column listing_image_url text;
