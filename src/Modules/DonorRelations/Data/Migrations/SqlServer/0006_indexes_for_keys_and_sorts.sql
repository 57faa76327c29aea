-- Indexes a SQL Server DBA asked for: under each foreign key (a delete of the parent checks it), and for each sort a list offers.
CREATE INDEX ix_pledges_appeal ON donor_relations.pledges (appeal_id);
CREATE INDEX ix_agreement_lines_appeal_line ON donor_relations.agreement_lines (appeal_line_id);
CREATE INDEX ix_flows_appeal_line ON donor_relations.flows (appeal_line_id);
CREATE INDEX ix_flows_flow_date ON donor_relations.flows (flow_date, id);
