-- Which shop an audited export or erasure concerns, so that each shop's ops see their own.
alter table privacy_audit add column shop_id text;
