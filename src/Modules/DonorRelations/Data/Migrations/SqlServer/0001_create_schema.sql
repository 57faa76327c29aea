-- Donor Relations: donors and their priorities, appeals and their requirement lines, pledges with instalments,
-- contribution agreements with the lines they fund and their amendments, funding flows (FTS model), reporting requirements.
-- Money is exact: DECIMAL on SQL Server, text on SQLite (read and written as decimal by the data layer).
CREATE TABLE donor_relations.donors (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    code NVARCHAR(40) NOT NULL,
    name NVARCHAR(300) NOT NULL,
    type NVARCHAR(40) NOT NULL,
    country NCHAR(2) NULL,
    iati_ref NVARCHAR(100) NULL,
    fts_id NVARCHAR(40) NULL,
    focal_points NVARCHAR(MAX) NOT NULL,
    reporting_template NVARCHAR(40) NOT NULL,
    status NVARCHAR(40) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(200) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    updated_by NVARCHAR(200) NOT NULL,
    CONSTRAINT ux_donors_code UNIQUE (code)
);
CREATE TABLE donor_relations.donor_priorities (
    donor_id UNIQUEIDENTIFIER NOT NULL REFERENCES donor_relations.donors (id),
    year INT NOT NULL,
    themes NVARCHAR(MAX) NOT NULL,
    regions NVARCHAR(MAX) NOT NULL,
    countries NVARCHAR(MAX) NOT NULL,
    gcm_objectives NVARCHAR(200) NOT NULL,
    modality NVARCHAR(40) NOT NULL,
    envelope_amount DECIMAL(19,4) NULL,
    envelope_currency NCHAR(3) NULL,
    CONSTRAINT pk_donor_priorities PRIMARY KEY (donor_id, year)
);
CREATE TABLE donor_relations.appeals (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    code NVARCHAR(40) NOT NULL,
    type NVARCHAR(40) NOT NULL,
    year INT NOT NULL,
    title_en NVARCHAR(500) NULL,
    title_fr NVARCHAR(500) NULL,
    title_es NVARCHAR(500) NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    currency NCHAR(3) NOT NULL,
    status NVARCHAR(40) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(200) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    updated_by NVARCHAR(200) NOT NULL,
    CONSTRAINT ux_appeals_code UNIQUE (code)
);
CREATE TABLE donor_relations.appeal_lines (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    appeal_id UNIQUEIDENTIFIER NOT NULL REFERENCES donor_relations.appeals (id),
    code NVARCHAR(40) NOT NULL,
    objective NVARCHAR(40) NOT NULL,
    region NVARCHAR(40) NULL,
    country NCHAR(2) NULL,
    original_amount DECIMAL(19,4) NOT NULL,
    revised_amount DECIMAL(19,4) NULL,
    CONSTRAINT ux_appeal_lines_code UNIQUE (appeal_id, code)
);
CREATE TABLE donor_relations.pledges (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    donor_id UNIQUEIDENTIFIER NOT NULL REFERENCES donor_relations.donors (id),
    appeal_id UNIQUEIDENTIFIER NULL REFERENCES donor_relations.appeals (id),
    reference NVARCHAR(60) NOT NULL,
    amount DECIMAL(19,4) NOT NULL,
    currency NCHAR(3) NOT NULL,
    pledged_on DATE NOT NULL,
    earmarking NVARCHAR(40) NOT NULL,
    status NVARCHAR(40) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(200) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    updated_by NVARCHAR(200) NOT NULL,
    CONSTRAINT ux_pledges_reference UNIQUE (reference)
);
CREATE TABLE donor_relations.pledge_instalments (
    pledge_id UNIQUEIDENTIFIER NOT NULL REFERENCES donor_relations.pledges (id),
    number INT NOT NULL,
    due_on DATE NOT NULL,
    amount DECIMAL(19,4) NOT NULL,
    CONSTRAINT pk_pledge_instalments PRIMARY KEY (pledge_id, number)
);
CREATE TABLE donor_relations.agreements (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    donor_id UNIQUEIDENTIFIER NOT NULL REFERENCES donor_relations.donors (id),
    reference NVARCHAR(60) NOT NULL,
    title NVARCHAR(500) NOT NULL,
    amount DECIMAL(19,4) NOT NULL,
    currency NCHAR(3) NOT NULL,
    exchange_rate DECIMAL(19,8) NOT NULL,
    rate_source NVARCHAR(200) NOT NULL,
    rate_date DATE NOT NULL,
    signed_on DATE NULL,
    start_on DATE NOT NULL,
    end_on DATE NOT NULL,
    earmarking NVARCHAR(40) NOT NULL,
    pledge_id UNIQUEIDENTIFIER NULL REFERENCES donor_relations.pledges (id),
    status NVARCHAR(40) NOT NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(200) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    updated_by NVARCHAR(200) NOT NULL,
    CONSTRAINT ux_agreements_reference UNIQUE (reference)
);
CREATE TABLE donor_relations.agreement_lines (
    agreement_id UNIQUEIDENTIFIER NOT NULL REFERENCES donor_relations.agreements (id),
    appeal_line_id UNIQUEIDENTIFIER NOT NULL REFERENCES donor_relations.appeal_lines (id),
    amount DECIMAL(19,4) NOT NULL,
    CONSTRAINT pk_agreement_lines PRIMARY KEY (agreement_id, appeal_line_id)
);
CREATE TABLE donor_relations.agreement_amendments (
    agreement_id UNIQUEIDENTIFIER NOT NULL REFERENCES donor_relations.agreements (id),
    number INT NOT NULL,
    amended_on DATE NOT NULL,
    previous_amount DECIMAL(19,4) NOT NULL,
    new_amount DECIMAL(19,4) NOT NULL,
    previous_end_on DATE NOT NULL,
    new_end_on DATE NOT NULL,
    reason NVARCHAR(1000) NOT NULL,
    CONSTRAINT pk_agreement_amendments PRIMARY KEY (agreement_id, number)
);
CREATE TABLE donor_relations.flows (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    donor_id UNIQUEIDENTIFIER NOT NULL REFERENCES donor_relations.donors (id),
    appeal_id UNIQUEIDENTIFIER NULL REFERENCES donor_relations.appeals (id),
    appeal_line_id UNIQUEIDENTIFIER NULL REFERENCES donor_relations.appeal_lines (id),
    agreement_id UNIQUEIDENTIFIER NULL REFERENCES donor_relations.agreements (id),
    parent_flow_id UNIQUEIDENTIFIER NULL REFERENCES donor_relations.flows (id),
    status NVARCHAR(40) NOT NULL,
    original_amount DECIMAL(19,4) NOT NULL,
    currency NCHAR(3) NOT NULL,
    exchange_rate DECIMAL(19,8) NOT NULL,
    rate_source NVARCHAR(200) NOT NULL,
    rate_date DATE NOT NULL,
    amount_usd DECIMAL(19,2) NOT NULL,
    budget_year INT NOT NULL,
    flow_date DATE NOT NULL,
    new_money BIT NOT NULL,
    earmarking NVARCHAR(40) NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(200) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    updated_by NVARCHAR(200) NOT NULL
);
CREATE TABLE donor_relations.reporting_requirements (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    agreement_id UNIQUEIDENTIFIER NOT NULL REFERENCES donor_relations.agreements (id),
    kind NVARCHAR(40) NOT NULL,
    template NVARCHAR(40) NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    due_on DATE NOT NULL,
    status NVARCHAR(40) NOT NULL,
    submitted_on DATE NULL,
    version INT NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(200) NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    updated_by NVARCHAR(200) NOT NULL
);
CREATE INDEX ix_appeal_lines_appeal ON donor_relations.appeal_lines (appeal_id, code);
CREATE INDEX ix_pledges_donor ON donor_relations.pledges (donor_id, pledged_on);
CREATE INDEX ix_agreements_donor ON donor_relations.agreements (donor_id, start_on);
CREATE INDEX ix_agreements_pledge ON donor_relations.agreements (pledge_id);
CREATE INDEX ix_flows_appeal ON donor_relations.flows (appeal_id, status);
CREATE INDEX ix_flows_donor_year ON donor_relations.flows (donor_id, budget_year);
CREATE INDEX ix_flows_parent ON donor_relations.flows (parent_flow_id);
CREATE INDEX ix_flows_agreement ON donor_relations.flows (agreement_id);
CREATE INDEX ix_reporting_due ON donor_relations.reporting_requirements (status, due_on, id);
CREATE INDEX ix_reporting_agreement ON donor_relations.reporting_requirements (agreement_id, due_on);
