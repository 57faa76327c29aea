-- Donor Relations: donors and their priorities, appeals and their requirement lines, pledges with instalments,
-- contribution agreements with the lines they fund and their amendments, funding flows (FTS model), reporting requirements.
-- Money is exact: DECIMAL on SQL Server, text on SQLite (read and written as decimal by the data layer).
CREATE TABLE donors (
    id TEXT NOT NULL PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT NULL,
    iati_ref TEXT NULL,
    fts_id TEXT NULL,
    focal_points TEXT NOT NULL,
    reporting_template TEXT NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    CONSTRAINT ux_donors_code UNIQUE (code)
);
CREATE TABLE donor_priorities (
    donor_id TEXT NOT NULL REFERENCES donors (id),
    year INTEGER NOT NULL,
    themes TEXT NOT NULL,
    regions TEXT NOT NULL,
    countries TEXT NOT NULL,
    gcm_objectives TEXT NOT NULL,
    modality TEXT NOT NULL,
    envelope_amount TEXT NULL,
    envelope_currency TEXT NULL,
    CONSTRAINT pk_donor_priorities PRIMARY KEY (donor_id, year)
);
CREATE TABLE appeals (
    id TEXT NOT NULL PRIMARY KEY,
    code TEXT NOT NULL,
    type TEXT NOT NULL,
    year INTEGER NOT NULL,
    title_en TEXT NULL,
    title_fr TEXT NULL,
    title_es TEXT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    CONSTRAINT ux_appeals_code UNIQUE (code)
);
CREATE TABLE appeal_lines (
    id TEXT NOT NULL PRIMARY KEY,
    appeal_id TEXT NOT NULL REFERENCES appeals (id),
    code TEXT NOT NULL,
    objective TEXT NOT NULL,
    region TEXT NULL,
    country TEXT NULL,
    original_amount TEXT NOT NULL,
    revised_amount TEXT NULL,
    CONSTRAINT ux_appeal_lines_code UNIQUE (appeal_id, code)
);
CREATE TABLE pledges (
    id TEXT NOT NULL PRIMARY KEY,
    donor_id TEXT NOT NULL REFERENCES donors (id),
    appeal_id TEXT NULL REFERENCES appeals (id),
    reference TEXT NOT NULL,
    amount TEXT NOT NULL,
    currency TEXT NOT NULL,
    pledged_on TEXT NOT NULL,
    earmarking TEXT NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    CONSTRAINT ux_pledges_reference UNIQUE (reference)
);
CREATE TABLE pledge_instalments (
    pledge_id TEXT NOT NULL REFERENCES pledges (id),
    number INTEGER NOT NULL,
    due_on TEXT NOT NULL,
    amount TEXT NOT NULL,
    CONSTRAINT pk_pledge_instalments PRIMARY KEY (pledge_id, number)
);
CREATE TABLE agreements (
    id TEXT NOT NULL PRIMARY KEY,
    donor_id TEXT NOT NULL REFERENCES donors (id),
    reference TEXT NOT NULL,
    title TEXT NOT NULL,
    amount TEXT NOT NULL,
    currency TEXT NOT NULL,
    exchange_rate TEXT NOT NULL,
    rate_source TEXT NOT NULL,
    rate_date TEXT NOT NULL,
    signed_on TEXT NULL,
    start_on TEXT NOT NULL,
    end_on TEXT NOT NULL,
    earmarking TEXT NOT NULL,
    pledge_id TEXT NULL REFERENCES pledges (id),
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    CONSTRAINT ux_agreements_reference UNIQUE (reference)
);
CREATE TABLE agreement_lines (
    agreement_id TEXT NOT NULL REFERENCES agreements (id),
    appeal_line_id TEXT NOT NULL REFERENCES appeal_lines (id),
    amount TEXT NOT NULL,
    CONSTRAINT pk_agreement_lines PRIMARY KEY (agreement_id, appeal_line_id)
);
CREATE TABLE agreement_amendments (
    agreement_id TEXT NOT NULL REFERENCES agreements (id),
    number INTEGER NOT NULL,
    amended_on TEXT NOT NULL,
    previous_amount TEXT NOT NULL,
    new_amount TEXT NOT NULL,
    previous_end_on TEXT NOT NULL,
    new_end_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    CONSTRAINT pk_agreement_amendments PRIMARY KEY (agreement_id, number)
);
CREATE TABLE flows (
    id TEXT NOT NULL PRIMARY KEY,
    donor_id TEXT NOT NULL REFERENCES donors (id),
    appeal_id TEXT NULL REFERENCES appeals (id),
    appeal_line_id TEXT NULL REFERENCES appeal_lines (id),
    agreement_id TEXT NULL REFERENCES agreements (id),
    parent_flow_id TEXT NULL REFERENCES flows (id),
    status TEXT NOT NULL,
    original_amount TEXT NOT NULL,
    currency TEXT NOT NULL,
    exchange_rate TEXT NOT NULL,
    rate_source TEXT NOT NULL,
    rate_date TEXT NOT NULL,
    amount_usd TEXT NOT NULL,
    budget_year INTEGER NOT NULL,
    flow_date TEXT NOT NULL,
    new_money INTEGER NOT NULL,
    earmarking TEXT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE TABLE reporting_requirements (
    id TEXT NOT NULL PRIMARY KEY,
    agreement_id TEXT NOT NULL REFERENCES agreements (id),
    kind TEXT NOT NULL,
    template TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_on TEXT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE INDEX ix_appeal_lines_appeal ON appeal_lines (appeal_id, code);
CREATE INDEX ix_pledges_donor ON pledges (donor_id, pledged_on);
CREATE INDEX ix_agreements_donor ON agreements (donor_id, start_on);
CREATE INDEX ix_agreements_pledge ON agreements (pledge_id);
CREATE INDEX ix_flows_appeal ON flows (appeal_id, status);
CREATE INDEX ix_flows_donor_year ON flows (donor_id, budget_year);
CREATE INDEX ix_flows_parent ON flows (parent_flow_id);
CREATE INDEX ix_flows_agreement ON flows (agreement_id);
CREATE INDEX ix_reporting_due ON reporting_requirements (status, due_on, id);
CREATE INDEX ix_reporting_agreement ON reporting_requirements (agreement_id, due_on);
