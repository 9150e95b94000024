-- Queue, anger and containment alerts became per shop ("angry-surge:demo-shop"); the
-- shop-less keys would never be evaluated again, so they go.
delete from alert_states where key in ('queue-wait', 'angry-surge', 'containment-low');
