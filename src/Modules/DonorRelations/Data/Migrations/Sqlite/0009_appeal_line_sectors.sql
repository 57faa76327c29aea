-- The OECD DAC 5-digit sector (CRS purpose code) of each appeal line, for IATI exports; none: 15190, facilitation of
-- orderly, safe, regular and responsible migration and mobility.
ALTER TABLE appeal_lines ADD COLUMN sector TEXT NULL;
