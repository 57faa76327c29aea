-- A flow keeps the day of each stage it went through (pledged, committed, paid); flow_date stays the day of its current stage.
-- Flows recorded before this script only know the day of their current stage.
ALTER TABLE donor_relations.flows ADD pledged_on DATE NULL, committed_on DATE NULL, paid_on DATE NULL;
GO
UPDATE donor_relations.flows SET pledged_on = flow_date WHERE status = 'pledge';
UPDATE donor_relations.flows SET committed_on = flow_date WHERE status = 'commitment';
UPDATE donor_relations.flows SET paid_on = flow_date WHERE status = 'paid';
