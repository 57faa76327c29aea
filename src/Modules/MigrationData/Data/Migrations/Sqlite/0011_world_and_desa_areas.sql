-- The aggregates people ask for first: M49 World (001), whose members are every country and area, above the continents;
-- UN DESA's Channel Islands (830: Guernsey and Jersey), which its International Migrant Stock reports as one area.
INSERT INTO regions (scheme, code, name_en, name_fr, name_es, parent_code) VALUES ('m49', '001', 'World', 'Monde', 'Mundo', NULL);
INSERT INTO region_members (scheme, region_code, alpha3) SELECT 'm49', '001', alpha3 FROM countries;
UPDATE regions SET parent_code = '001' WHERE scheme = 'm49' AND code IN ('002', '009', '019', '142', '150');
INSERT INTO regions (scheme, code, name_en, name_fr, name_es, parent_code)
VALUES ('m49', '830', 'Channel Islands', 'Îles Anglo-Normandes', 'Islas del Canal', '154');
INSERT INTO region_members (scheme, region_code, alpha3) VALUES ('m49', '830', 'GGY');
INSERT INTO region_members (scheme, region_code, alpha3) VALUES ('m49', '830', 'JEY');

-- Areas with no permanent population (UN DESA publishes no figure for them): a region's coverage does not count them missing.
ALTER TABLE countries ADD COLUMN inhabited INTEGER NOT NULL DEFAULT 1;
UPDATE countries SET inhabited = 0 WHERE alpha3 IN ('ATA', 'ATF', 'BVT', 'HMD', 'IOT', 'SGS', 'UMI');

-- Codes other publishers use for an area, read as ours: the World Bank and UN statistics write Kosovo XKX.
CREATE TABLE area_aliases (
    code   TEXT NOT NULL CONSTRAINT pk_area_aliases PRIMARY KEY,
    area   TEXT NOT NULL,
    source TEXT NOT NULL
);
INSERT INTO area_aliases (code, area, source) VALUES ('XKX', 'XKK', 'World Bank; UN statistics');
