-- A flow keeps the day of each stage it went through (pledged, committed, paid); flow_date stays the day of its current stage.
-- Flows recorded before this script only know the day of their current stage.
ALTER TABLE flows ADD COLUMN pledged_on TEXT NULL;
ALTER TABLE flows ADD COLUMN committed_on TEXT NULL;
ALTER TABLE flows ADD COLUMN paid_on TEXT NULL;
UPDATE flows SET pledged_on = flow_date WHERE status = 'pledge';
UPDATE flows SET committed_on = flow_date WHERE status = 'commitment';
UPDATE flows SET paid_on = flow_date WHERE status = 'paid';
