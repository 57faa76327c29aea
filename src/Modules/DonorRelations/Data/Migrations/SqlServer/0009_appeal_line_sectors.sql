-- The OECD DAC 5-digit sector (CRS purpose code) of each appeal line, for IATI exports; none: 15190, facilitation of
-- orderly, safe, regular and responsible migration and mobility.
ALTER TABLE donor_relations.appeal_lines ADD sector NCHAR(5) NULL;
